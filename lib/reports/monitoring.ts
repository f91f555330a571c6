// The monitoring figures of one library for a period (issue 6): contacts, clients, legal domains,
// actions, referrals, outcomes, waiting times and the trend per month. Aggregates only.
//
// Suppression rule, the same on the page, in the CSV and in the workbook:
// - every count of people or of what happened to them (contacts, clients, questions, visits,
//   actions, referrals, outcomes, observations) is suppressed: 1 to 4 shows as "<5";
// - no "<5" can be worked out from a total and the other cells: the counts are suppressed together
//   with the lines they add up in (lib/reports/suppression.ts: the kinds of contact and the months
//   to all contacts, the kinds of question, the legal domains and the months to all questions, the
//   sub-domains within their domain, …), and a count that would give a "<5" away shows as "x";
// - a percentage is computed from the exact counts, but is not shown (null) when its own count or
//   its base is hidden, because "<5" next to "2.0%" of a known total would give the number away;
// - a waiting time needs at least SMALL_NUMBER_THRESHOLD observations, or it is not shown;
// - categories are sorted by their shown count, hidden ones last in a fixed order, so the order
//   does not tell one hidden count from another.
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import {
  BookingChannel,
  CaseActionKind,
  CaseKind,
  CaseOutcome,
  HeardVia,
  JuridischLoketCategory,
  PartnerType,
  VisitKind,
  WaitingListChannel,
} from "@/lib/generated/prisma/enums";
import { ok, type Result } from "@/lib/result";
import {
  countContactsAndClients,
  countQuestions,
  countSmallerFigures,
  countVisitsInPeriod,
  type QueryScope,
} from "./monitoring-queries";
import { legalDomainTaxonomy } from "@/lib/legal-domains/queries";
import { parseMonitoringPeriod, periodMonths, periodRange, type MonitoringPeriod } from "./monitoring-period";
import { isShown, SMALL_NUMBER_THRESHOLD, SuppressionPlan, type ReportCell } from "./suppression";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OTHER_PARTY_KINDS, type OtherPartyKindCode } from "@/lib/other-parties/kinds";
import { REPORT_ROLES } from "@/lib/auth/policy";
import { CLIENT_LANGUAGES, HEARD_VIA } from "@/lib/desk/schema";

/** A plan's cells (SuppressionPlan.suppress): null for a count withheld with its line. */
type PlannedCells = ReadonlyMap<string, ReportCell | null>;

type CountRow<Code extends string> = { code: Code; count: ReportCell; percent: number | null };
/** A table's rows and total; rows withheld as a whole (lib/reports/suppression.ts) are left out, a withheld total is null. */
export type CountTable<Code extends string> = { rows: CountRow<Code>[]; total: ReportCell | null };

type OtherPartyFigureCode = OtherPartyKindCode | "TYPED" | "UNKNOWN";
const OTHER_PARTY_FIGURE_CODES: readonly OtherPartyFigureCode[] = [...OTHER_PARTY_KINDS, "TYPED", "UNKNOWN"];

type ContactKind = "VISIT" | "QUICK_CONTACT" | "OUTSIDE_HOURS";
export const CONTACT_KINDS: readonly ContactKind[] = ["VISIT", "QUICK_CONTACT", "OUTSIDE_HOURS"];
type ClientKind = "RETURNING" | "ONCE";
type ReminderKind = "REMINDED" | "NOT_REMINDED";
const REMINDER_KINDS: readonly ReminderKind[] = ["REMINDED", "NOT_REMINDED"];
type OfferAnswer = "TAKEN" | "DECLINED" | "NO_ANSWER";
const OFFER_ANSWERS: readonly OfferAnswer[] = ["TAKEN", "DECLINED", "NO_ANSWER"];

type ReminderRow = {
  kind: ReminderKind;
  /** Appointments held or missed (not cancelled). */
  appointments: ReportCell | null;
  noShows: ReportCell | null;
  /** No-shows as a share of those appointments, when both are shown. */
  noShowPercent: number | null;
};
export const CLIENT_KINDS: readonly ClientKind[] = ["RETURNING", "ONCE"];
type VisitOutcome = "WALK_IN" | "APPOINTMENT" | "NO_SHOW" | "CANCELLED";
export const VISIT_OUTCOMES: readonly VisitOutcome[] = ["WALK_IN", "APPOINTMENT", "NO_SHOW", "CANCELLED"];

/** Ten-year bands, open at both ends, as the cost-benefit story has them (lib/costs/story.ts). */
const AGE_BANDS = ["0-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80+"] as const;
type AgeBandCode = (typeof AGE_BANDS)[number] | "UNKNOWN";
const AGE_BAND_CODES: readonly AgeBandCode[] = [...AGE_BANDS, "UNKNOWN"];
/** The band countContactsAndClients names by its first year; 10 stands for under 20, 80 for 80 and over. */
const ageBandOf = (decade: string | null): AgeBandCode =>
  decade === null
    ? "UNKNOWN"
    : decade === "10"
      ? "0-19"
      : decade === "80"
        ? "80+"
        : (`${decade}-${Number(decade) + 9}` as AgeBandCode);
type LanguageCode = (typeof CLIENT_LANGUAGES)[number] | "UNKNOWN";
const LANGUAGE_CODES: readonly LanguageCode[] = [...CLIENT_LANGUAGES, "UNKNOWN"];
type ChannelCode = HeardVia | "UNKNOWN";
const CHANNEL_CODES: readonly ChannelCode[] = [...HEARD_VIA, "UNKNOWN"];
/** Postcode areas of fewer clients than this are counted together: alone each would be "<5". */
const OTHER_AREAS = "OTHER";

/**
 * Whom the hour reaches (the guide's question): the finished visits per location, which add up to
 * the contacts that are visits, and the period's different clients per age band, language,
 * postcode area and how they heard of the hour, each adding up to all clients.
 */
type ReachFigures = {
  /** Per location's slug (stable, for machines); its name in `locationNames`. */
  locations: CountTable<string>;
  locationNames: Record<string, string>;
  ageBands: CountTable<AgeBandCode>;
  languages: CountTable<LanguageCode>;
  /** The four digits of the postcode; "OTHER": areas of fewer than five clients each; "UNKNOWN": none given. */
  postcodeAreas: CountTable<string>;
  channels: CountTable<ChannelCode>;
};

export type DomainRow = {
  /** The taxonomy code; null for questions without a legal domain. */
  code: string | null;
  nameNl: string | null;
  nameEn: string | null;
  /** For a sub-level row: the code of its top-level domain. */
  parentCode: string | null;
  /** The domain has sub-domains: questions filed under the domain itself chose none of them. */
  hasSubdomains: boolean;
  count: ReportCell;
  percent: number | null;
};

type WaitingTimeRow = {
  kind: "ALL" | VisitKind;
  observations: ReportCell | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
};

export type MonitoringFigures = {
  organisation: { name: string; slug: string; municipality: string };
  period: MonitoringPeriod;
  /** Finished visits and quick contacts without one; the total is all contacts. */
  contacts: CountTable<ContactKind>;
  /** Clients with more than one contact up to the end of the period, and with just one; the total is all different clients. */
  clients: CountTable<ClientKind>;
  questions: CountTable<CaseKind>;
  visits: CountTable<VisitOutcome>;
  /** `others`: per top-level domain, the questions that also touched it beside their primary domain. */
  legalDomains: { top: DomainRow[]; sub: DomainRow[]; others: DomainRow[]; total: ReportCell | null };
  actions: CountTable<CaseActionKind>;
  /** Dossiers per kind of other party; "TYPED": a name the list lacks, "UNKNOWN": none recorded. */
  otherParties: CountTable<OtherPartyFigureCode>;
  referralsIn: CountTable<PartnerType>;
  referralsOut: CountTable<PartnerType>;
  /** Appointments per way they were booked: at the desk, online, through a partner's link. */
  appointments: CountTable<BookingChannel>;
  /** Held or missed appointments with and without a reminder mail, and how many clients did not come. */
  reminders: ReminderRow[];
  /** Clients put on the waiting list in the period, at the desk and online. */
  waitingList: CountTable<WaitingListChannel>;
  /** Freed half hours offered from the waiting list in the period, per answer of the client. */
  waitingListOffers: CountTable<OfferAnswer>;
  outcomes: CountTable<CaseOutcome> & {
    solvedWithoutReferral: ReportCell | null;
    solvedWithoutReferralPercent: number | null;
  };
  waitingTimes: WaitingTimeRow[];
  reach: ReachFigures;
  months: { month: string; contacts: ReportCell | null; clients: ReportCell | null; questions: ReportCell | null }[];
};

/** A share in percent, one decimal, of exact counts; null when the count or its base is not shown, or there is no base. */
export function shareOf(
  count: number,
  base: number,
  shown = count === 0 || count >= SMALL_NUMBER_THRESHOLD,
): number | null {
  if (base <= 0 || !shown) return null;
  return Math.round((count / base) * 1000) / 10;
}

/** Minutes, whole, or null when there are too few observations to show without pointing at someone. */
export function shownMinutes(minutes: number | null, observations: number): number | null {
  return minutes === null || observations < SMALL_NUMBER_THRESHOLD ? null : Math.round(minutes);
}

/** A count table's counts in a plan: each code's under `prefix.code`, the line to the total under `prefix`. */
function planTable<Code extends string>(
  plan: SuppressionPlan,
  prefix: string,
  counts: ReadonlyMap<Code, number>,
  codes: readonly Code[],
): string {
  const total = plan.count(
    prefix,
    codes.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0),
  );
  plan.line(
    codes.map((code) => plan.count(`${prefix}.${code}`, counts.get(code) ?? 0)),
    total,
  );
  return total;
}

/**
 * Another split of a total that is in the plan already, each code's count under `prefix.code`:
 * withheld as a whole rather than hide the total (SuppressionPlan.split), so that a split into
 * many small groups never costs the report its number of clients.
 */
function planSplit<Code extends string>(
  plan: SuppressionPlan,
  prefix: string,
  counts: ReadonlyMap<Code, number>,
  codes: readonly Code[],
  total: string,
) {
  plan.split(
    codes.map((code) => plan.count(`${prefix}.${code}`, counts.get(code) ?? 0)),
    total,
  );
}

/**
 * The rows of a planned count table: every code with a count, largest shown first, hidden and equal
 * ones in the codes' order; with keepZero every code in its own order (a short, fixed list). The
 * total is the plan's `prefix`, or `totalKey` for a split of another table's total.
 */
function tableOf<Code extends string>(
  cells: PlannedCells,
  prefix: string,
  counts: ReadonlyMap<Code, number>,
  codes: readonly Code[],
  options: { keepZero?: boolean; totalKey?: string } = {},
): CountTable<Code> {
  const total = codes.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0);
  const totalCell = cells.get(options.totalKey ?? prefix) ?? null;
  const shownValue = (code: Code) => {
    const cell = cells.get(`${prefix}.${code}`);
    return isShown(cell) ? cell : 0;
  };
  const rows = codes
    .flatMap((code, order) => {
      const cell = cells.get(`${prefix}.${code}`);
      return cell == null ? [] : [{ code, order, exact: counts.get(code) ?? 0, cell }];
    })
    .filter((row) => options.keepZero || row.exact > 0)
    .sort((a, b) =>
      options.keepZero ? a.order - b.order : shownValue(b.code) - shownValue(a.code) || a.order - b.order,
    )
    .map(({ code, exact, cell }) => ({
      code,
      count: cell,
      // Of a hidden total, a share would give the total away; none of anything gives nothing away.
      percent: shareOf(exact, total, isShown(cell) && (exact === 0 || isShown(totalCell))),
    }));
  return { rows, total: totalCell };
}

/** A count table of its own, suppressed with its total (the rows as in the monitoring figures). */
export function countTable<Code extends string>(
  counts: ReadonlyMap<Code, number>,
  codes: readonly Code[],
  options: { keepZero?: boolean } = {},
): CountTable<Code> {
  const plan = new SuppressionPlan();
  planTable(plan, "table", counts, codes);
  return tableOf(plan.suppress(), "table", counts, codes, options);
}

function mapOf<Code extends string>(rows: readonly { code: string | null; count: number }[]): Map<Code, number> {
  return new Map(
    rows.filter((row): row is { code: Code; count: number } => row.code !== null).map((row) => [row.code, row.count]),
  );
}

/**
 * The figures of the caller's library for a period of Amsterdam calendar days (default: the last
 * twelve months). Only a coordinator may see them; the period is checked like a form field.
 */
export async function getMonitoringFigures(
  actor: Actor | null,
  input: { from?: unknown; to?: unknown } = {},
  now = clock.now(),
): Promise<Result<MonitoringFigures>> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const period = parseMonitoringPeriod(input, now);
  if (!period.ok) return period;
  return ok((await figuresWithCells(coordinator.organisationId, period.value)).figures);
}

/**
 * The four statements of the figures, read in one snapshot (one repeatable-read transaction).
 * Their counts meet in the suppression's lines: the walk-ins and appointments among the visits are
 * the visits among the contacts, the dossiers among the questions are the dossiers of the other
 * counts. Read each on a connection of its own, a visit finished or a dossier opened between two
 * of them left a line that did not add up, and the suppression cannot protect a count in a line
 * that does not add up (a reviewer showed a "<5" worked out that way).
 */
async function countsInOneSnapshot(scope: QueryScope, year: number) {
  return db.$transaction(
    async (tx) =>
      [
        await countContactsAndClients(scope, year, tx),
        await countQuestions(scope, tx),
        await countVisitsInPeriod(scope, tx),
        await countSmallerFigures(scope, tx),
      ] as const,
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}

/**
 * The figures and their suppressed cells by key, for a caller that authorised already: the national
 * export takes its counts from the same cells (the Juridisch Loket categories are in the plan for
 * it), so that a count shown in both documents is hidden in both; and the taxonomy the figures
 * were named with, so that the export names its rows the same without reading it again.
 */
export async function figuresWithCells(
  organisationId: string,
  period: MonitoringPeriod,
): Promise<{ figures: MonitoringFigures; cells: PlannedCells; taxonomy: Taxonomy }> {
  const scope: QueryScope = { organisationId, ...periodRange(period) };
  const [counts, taxonomy] = await Promise.all([
    countsInOneSnapshot(scope, Number(period.to.slice(0, 4))),
    legalDomainTaxonomy(),
  ]);
  const [
    { totals: contacts, months: contactMonths, reach },
    questionRows,
    { outcomes: visits, waits, locations: perLocation },
    {
      organisation,
      otherLegalDomains: otherDomains,
      actions,
      referrals,
      outcomes,
      otherParties,
      appointments,
      waitingList,
    },
  ] = counts;
  const questionsBy = (grouping: (typeof questionRows)[number]["grouping"]) =>
    questionRows.filter((row) => row.grouping === grouping);
  const questions = questionsBy("kind");
  const domains: DomainCount[] = [...questionsBy("top"), ...questionsBy("domain")].map((row) => ({
    topId: row.topId,
    domainId: row.grouping === "top" ? null : row.domainId,
    isTopLevel: row.grouping === "top",
    count: row.count,
  }));
  const categories = questionsBy("category");

  const visitCounts = new Map<VisitOutcome, number>();
  for (const row of visits) {
    const key: VisitOutcome = row.status === "DONE" ? (row.kind as VisitKind) : (row.status as VisitOutcome);
    visitCounts.set(key, (visitCounts.get(key) ?? 0) + row.count);
  }
  const channelBookings = mapOf<BookingChannel>(
    appointments.channels.map((row) => ({ code: row.channel, count: row.count })),
  );
  const reminderRow = (kind: ReminderKind) =>
    appointments.reminders.find((row) => row.reminded === (kind === "REMINDED")) ?? { appointments: 0, noShows: 0 };
  const remindedAppointments = new Map(REMINDER_KINDS.map((kind) => [kind, reminderRow(kind).appointments]));
  const remindedNoShows = new Map(REMINDER_KINDS.map((kind) => [kind, reminderRow(kind).noShows]));
  const waitingListEntries = mapOf<WaitingListChannel>(
    waitingList.entries.map((row) => ({ code: row.channel, count: row.count })),
  );
  const offerAnswers = mapOf<OfferAnswer>(waitingList.offers.map((row) => ({ code: row.answer, count: row.count })));
  const outcomeTotal = outcomes.find((row) => row.outcome === null) ?? { count: 0, solvedWithoutReferral: 0, known: 0 };
  const referralCounts = (direction: "IN" | "OUT") =>
    mapOf<PartnerType>(
      referrals.filter((row) => row.direction === direction).map((row) => ({ code: row.type, count: row.count })),
    );
  const monthRows = new Map<string, { contacts: number; clients: number; questions: number }>(
    contactMonths.map((row) => [row.month, { ...row, questions: 0 }]),
  );
  for (const row of questionsBy("month"))
    monthRows.set(row.month!, { contacts: 0, clients: 0, ...monthRows.get(row.month!), questions: row.count });
  const months = periodMonths(period);
  const waitKinds = ["ALL", ...Object.values(VisitKind)] as const;
  const waitOf = (kind: (typeof waitKinds)[number]) => waits.find((wait) => (wait.kind ?? "ALL") === kind);

  const contactCounts = new Map<ContactKind, number>([
    ["VISIT", contacts.visits],
    ["QUICK_CONTACT", contacts.quickContacts],
    ["OUTSIDE_HOURS", contacts.outsideHours],
  ]);
  const clientCounts = new Map<ClientKind, number>([
    ["RETURNING", contacts.returningClients],
    ["ONCE", contacts.onceClients],
  ]);
  const questionCounts = mapOf<CaseKind>(questions.map((row) => ({ code: row.kind, count: row.count })));
  const actionCounts = mapOf<CaseActionKind>(actions.map((row) => ({ code: row.kind, count: row.count })));
  const otherPartyCounts = mapOf<OtherPartyFigureCode>(
    otherParties.map((row) => ({ code: row.kind ?? "UNKNOWN", count: row.count })),
  );
  const outcomeCounts = mapOf<CaseOutcome>(outcomes.map((row) => ({ code: row.outcome, count: row.count })));
  const locationCounts = mapOf<string>(perLocation.map((row) => ({ code: row.slug, count: row.count })));
  const locationSlugs = perLocation.map((row) => row.slug);
  const reachOf = <Code extends string>(
    dimension: (typeof reach)[number]["dimension"],
    codeOf: (value: string | null) => Code,
  ) => {
    const counts = new Map<Code, number>();
    for (const row of reach.filter((row) => row.dimension === dimension)) {
      const code = codeOf(row.value);
      counts.set(code, (counts.get(code) ?? 0) + row.count);
    }
    return counts;
  };
  const ageCounts = reachOf<AgeBandCode>("age", ageBandOf);
  // A language no longer on the desk's list (older data) is "another language".
  const languageCounts = reachOf<LanguageCode>("language", (value) =>
    value === null ? "UNKNOWN" : LANGUAGE_CODES.includes(value as LanguageCode) ? (value as LanguageCode) : "other",
  );
  const areas = reachOf<string>("postcode", (value) => value ?? "UNKNOWN");
  const postcodeCounts = reachOf<string>("postcode", (value) =>
    value === null ? "UNKNOWN" : (areas.get(value) ?? 0) < SMALL_NUMBER_THRESHOLD ? OTHER_AREAS : value,
  );
  const postcodeCodes = [
    ...[...postcodeCounts.keys()].filter((code) => code !== "UNKNOWN" && code !== OTHER_AREAS).sort(),
    OTHER_AREAS,
    "UNKNOWN",
  ];
  const channelCounts = reachOf<ChannelCode>("channel", (value) => (value as HeardVia | null) ?? "UNKNOWN");

  // Every count of the report, with the lines it adds up in, suppressed together.
  const plan = new SuppressionPlan();
  const allContacts = planTable(plan, "contacts", contactCounts, CONTACT_KINDS);
  const allClients = planTable(plan, "clients", clientCounts, CLIENT_KINDS);
  const allQuestions = planTable(plan, "questions", questionCounts, Object.values(CaseKind));
  planTable(plan, "visits", visitCounts, VISIT_OUTCOMES);
  // The visits held, walk-in or appointment, are the contacts that are visits.
  plan.line(["visits.WALK_IN", "visits.APPOINTMENT"], "contacts.VISIT");
  planTable(plan, "actions", actionCounts, Object.values(CaseActionKind));
  // Every dossier opened in the period has one other party, a typed one or none: all of them are
  // the dossiers among the questions.
  plan.line([planTable(plan, "otherParties", otherPartyCounts, OTHER_PARTY_FIGURE_CODES)], "questions.DOSSIER");
  planTable(plan, "referralsIn", referralCounts("IN"), Object.values(PartnerType));
  planTable(plan, "referralsOut", referralCounts("OUT"), Object.values(PartnerType));
  const allAppointments = planTable(plan, "appointments", channelBookings, Object.values(BookingChannel));
  const heldOrMissed = planTable(plan, "reminders.appointments", remindedAppointments, REMINDER_KINDS);
  const missed = planTable(plan, "reminders.noShows", remindedNoShows, REMINDER_KINDS);
  // What the reminder tables add up to in the visits table, so that no sum of shown counts gives a
  // hidden one away: appointments held or missed are the appointments held and the missed ones;
  // missed appointments are some of all no-shows (walk-ins leave too); each group's no-shows are
  // some of its appointments; and held or missed ones are some of all appointments booked.
  plan.line(["visits.APPOINTMENT", missed], heldOrMissed);
  plan.line([missed], "visits.NO_SHOW", true);
  for (const kind of REMINDER_KINDS) plan.line([`reminders.noShows.${kind}`], `reminders.appointments.${kind}`, true);
  plan.line([heldOrMissed], allAppointments, true);
  planTable(plan, "waitingList", waitingListEntries, Object.values(WaitingListChannel));
  planTable(plan, "waitingListOffers", offerAnswers, OFFER_ANSWERS);
  const closed = planTable(plan, "outcomes", outcomeCounts, Object.values(CaseOutcome));
  plan.line([plan.count("solvedWithoutReferral", outcomeTotal.solvedWithoutReferral)], closed, true);
  planDomains(plan, domains, allQuestions);
  for (const row of otherDomains) plan.count(`otherDomain.${row.topId}`, row.count);
  const waitAll = plan.count("wait.ALL", waitOf("ALL")?.observations ?? 0);
  plan.line(
    Object.values(VisitKind).map((kind) => plan.count(`wait.${kind}`, waitOf(kind)?.observations ?? 0)),
    waitAll,
  );
  const monthCount = (month: string, measure: "contacts" | "clients" | "questions") =>
    plan.count(`month.${month}.${measure}`, monthRows.get(month)?.[measure] ?? 0);
  plan.line(
    months.map((month) => monthCount(month, "contacts")),
    allContacts,
  );
  plan.line(
    months.map((month) => monthCount(month, "questions")),
    allQuestions,
  );
  // Different clients per month add up to more than the period's: a client can come in two months.
  for (const month of months) monthCount(month, "clients");
  planCategories(plan, categories, domains, taxonomy, allQuestions);
  planSplit(plan, "reach.location", locationCounts, locationSlugs, "contacts.VISIT");
  planSplit(plan, "reach.age", ageCounts, AGE_BAND_CODES, allClients);
  planSplit(plan, "reach.language", languageCounts, LANGUAGE_CODES, allClients);
  planSplit(plan, "reach.postcode", postcodeCounts, postcodeCodes, allClients);
  planSplit(plan, "reach.channel", channelCounts, CHANNEL_CODES, allClients);
  const cells = plan.suppress();
  // A cell withheld with its line (lib/reports/suppression.ts) reads as not shown.
  const cell = (key: string) => cells.get(key) ?? null;
  const questionTotal = questions.reduce((sum, row) => sum + row.count, 0);

  const figures: MonitoringFigures = {
    organisation,
    period,
    contacts: tableOf(cells, "contacts", contactCounts, CONTACT_KINDS, { keepZero: true }),
    clients: tableOf(cells, "clients", clientCounts, CLIENT_KINDS, { keepZero: true }),
    questions: tableOf(cells, "questions", questionCounts, Object.values(CaseKind), { keepZero: true }),
    visits: tableOf(cells, "visits", visitCounts, VISIT_OUTCOMES, { keepZero: true }),
    legalDomains: {
      ...domainRows(cells, domains, taxonomy, questionTotal),
      others: otherDomainRows(cells, otherDomains, taxonomy, questionTotal),
      total: cell(allQuestions),
    },
    actions: tableOf(cells, "actions", actionCounts, Object.values(CaseActionKind)),
    otherParties: tableOf(cells, "otherParties", otherPartyCounts, OTHER_PARTY_FIGURE_CODES),
    referralsIn: tableOf(cells, "referralsIn", referralCounts("IN"), Object.values(PartnerType)),
    referralsOut: tableOf(cells, "referralsOut", referralCounts("OUT"), Object.values(PartnerType)),
    appointments: tableOf(cells, "appointments", channelBookings, Object.values(BookingChannel), { keepZero: true }),
    reminders: REMINDER_KINDS.map((kind) => {
      const held = cell(`reminders.appointments.${kind}`);
      const missed = cell(`reminders.noShows.${kind}`);
      const { appointments: exactHeld, noShows: exactMissed } = reminderRow(kind);
      return {
        kind,
        appointments: held,
        noShows: missed,
        noShowPercent: shareOf(exactMissed, exactHeld, isShown(held) && isShown(missed)),
      };
    }),
    waitingList: tableOf(cells, "waitingList", waitingListEntries, Object.values(WaitingListChannel), {
      keepZero: true,
    }),
    waitingListOffers: tableOf(cells, "waitingListOffers", offerAnswers, OFFER_ANSWERS, { keepZero: true }),
    outcomes: {
      ...tableOf(cells, "outcomes", outcomeCounts, Object.values(CaseOutcome), { keepZero: true }),
      solvedWithoutReferral: cell("solvedWithoutReferral"),
      solvedWithoutReferralPercent: shareOf(
        outcomeTotal.solvedWithoutReferral,
        outcomeTotal.known,
        isShown(cell("solvedWithoutReferral")),
      ),
    },
    waitingTimes: waitKinds.map((kind) => {
      const row = waitOf(kind);
      const observations = row?.observations ?? 0;
      return {
        kind,
        observations: cell(`wait.${kind}`),
        medianMinutes: shownMinutes(row?.median ?? null, observations),
        p90Minutes: shownMinutes(row?.p90 ?? null, observations),
      };
    }),
    reach: {
      locations: tableOf(cells, "reach.location", locationCounts, locationSlugs, { totalKey: "contacts.VISIT" }),
      locationNames: Object.fromEntries(perLocation.map((row) => [row.slug, row.name])),
      ageBands: tableOf(cells, "reach.age", ageCounts, AGE_BAND_CODES, { keepZero: true, totalKey: allClients }),
      languages: tableOf(cells, "reach.language", languageCounts, LANGUAGE_CODES, { totalKey: allClients }),
      postcodeAreas: tableOf(cells, "reach.postcode", postcodeCounts, postcodeCodes, { totalKey: allClients }),
      channels: tableOf(cells, "reach.channel", channelCounts, CHANNEL_CODES, { keepZero: true, totalKey: allClients }),
    },
    months: months.map((month) => ({
      month,
      contacts: cell(`month.${month}.contacts`),
      clients: cell(`month.${month}.clients`),
      questions: cell(`month.${month}.questions`),
    })),
  };
  return { figures, cells, taxonomy };
}

type Taxonomy = Awaited<ReturnType<typeof legalDomainTaxonomy>>;
/** Questions per top-level domain (`isTopLevel`, `domainId` null) and per domain within it; `topId` null: no domain. */
type DomainCount = { topId: string | null; domainId: string | null; isTopLevel: boolean; count: number };

/** The plan's key of a Juridisch Loket category (null: questions without a domain or category). */
export const categoryKey = (category: JuridischLoketCategory | null) => `category.${category ?? "none"}`;

/**
 * The national export's Juridisch Loket categories: another split of all questions, and each the
 * sum of the domains that belong to it (a question counts under the category of its one domain).
 */
function planCategories(
  plan: SuppressionPlan,
  counts: readonly { category: string | null; count: number }[],
  domains: readonly DomainCount[],
  taxonomy: Awaited<ReturnType<typeof legalDomainTaxonomy>>,
  allQuestions: string,
) {
  const perCategory = new Map(counts.map((row) => [row.category, row.count]));
  const categoryOf = new Map(taxonomy.map((domain) => [domain.id, domain.juridischLoketCategory]));
  const categories = [...Object.values(JuridischLoketCategory), null];
  plan.line(
    categories.map((category) => plan.count(categoryKey(category), perCategory.get(category) ?? 0)),
    allQuestions,
  );
  const below = domains.filter((row) => !row.isTopLevel);
  for (const category of categories)
    plan.line(
      below
        .filter((row) => (row.domainId === null ? null : (categoryOf.get(row.domainId) ?? null)) === category)
        .map((row) => subDomainKey(row.topId, row.domainId)),
      categoryKey(category),
    );
}

/** The plan's keys of a top-level domain (null: questions without one) and of a row below it. */
export const domainKey = (topId: string | null) => `domain.${topId ?? "none"}`;
export const subDomainKey = (topId: string | null, domainId: string | null) => `subDomain.${topId}.${domainId}`;

/**
 * The legal domains' counts in the plan: the top-level ones (and questions without a domain) add up
 * to all questions; a domain's rows below it (its sub-domains, and the domain itself for questions
 * that chose none) add up to the domain.
 */
function planDomains(plan: SuppressionPlan, counts: readonly DomainCount[], allQuestions: string) {
  const tops = counts.filter((count) => count.isTopLevel);
  plan.line(
    tops.map((top) => plan.count(domainKey(top.topId), top.count)),
    allQuestions,
  );
  for (const top of tops) {
    const subs = counts.filter((count) => !count.isTopLevel && count.topId === top.topId);
    plan.line(
      subs.map((sub) => plan.count(subDomainKey(sub.topId, sub.domainId), sub.count)),
      domainKey(top.topId),
    );
  }
}

/** Top-level and sub-level rows, each largest shown first; sub-level rows stay under their top-level domain. */
function domainRows(
  cells: PlannedCells,
  counts: readonly DomainCount[],
  taxonomy: Taxonomy,
  total: number,
): { top: DomainRow[]; sub: DomainRow[] } {
  const byId = new Map(taxonomy.map((domain) => [domain.id, domain]));
  const totalShown = isShown(cells.get("questions"));
  // Ties keep the taxonomy's own order: each top-level domain, then its sub-domains.
  const treeOrder = new Map<string, number>();
  for (const top of taxonomy.filter((domain) => domain.parentId === null)) {
    treeOrder.set(top.id, treeOrder.size);
    for (const child of taxonomy.filter((domain) => domain.parentId === top.id))
      treeOrder.set(child.id, treeOrder.size);
  }
  const orderOf = (id: string | null) =>
    id === null ? Number.MAX_SAFE_INTEGER : (treeOrder.get(id) ?? Number.MAX_SAFE_INTEGER);
  const row = (id: string | null, count: number, cell: ReportCell): DomainRow => {
    const domain = id === null ? undefined : byId.get(id);
    const parent = domain?.parentId ? byId.get(domain.parentId) : undefined;
    return {
      code: domain?.code ?? null,
      nameNl: domain?.nameNl ?? null,
      nameEn: domain?.nameEn ?? null,
      parentCode: parent?.code ?? null,
      hasSubdomains: domain !== undefined && taxonomy.some((other) => other.parentId === domain.id),
      count: cell,
      percent: shareOf(count, total, isShown(cell) && (count === 0 || totalShown)),
    };
  };
  type Counted = { id: string | null; count: number; cell: ReportCell };
  const shownValue = (entry: Counted) => (isShown(entry.cell) ? entry.cell : 0);
  const byCount = (a: Counted, b: Counted) => shownValue(b) - shownValue(a) || orderOf(a.id) - orderOf(b.id);

  const tops = counts
    .filter((count) => count.isTopLevel)
    .flatMap((count) => {
      const cell = cells.get(domainKey(count.topId));
      return cell == null ? [] : [{ id: count.topId, count: count.count, cell }];
    })
    .sort(byCount);
  const sub: DomainRow[] = [];
  for (const top of tops) {
    counts
      .filter((count) => !count.isTopLevel && count.topId === top.id)
      .flatMap((count) => {
        const cell = cells.get(subDomainKey(count.topId, count.domainId));
        return cell == null ? [] : [{ id: count.domainId, count: count.count, cell }];
      })
      .sort(byCount)
      .forEach((child) => sub.push(row(child.id, child.count, child.cell)));
  }
  return { top: tops.map((top) => row(top.id, top.count, top.cell)), sub };
}

/** The other domains' rows, largest shown first, ties in the taxonomy's order; the share is of all questions. */
function otherDomainRows(
  cells: PlannedCells,
  counts: Awaited<ReturnType<typeof countSmallerFigures>>["otherLegalDomains"],
  taxonomy: Taxonomy,
  total: number,
): DomainRow[] {
  const totalShown = isShown(cells.get("questions"));
  return taxonomy
    .filter((domain) => domain.parentId === null)
    .flatMap((domain) => {
      const count = counts.find((row) => row.topId === domain.id)?.count ?? 0;
      return count === 0 ? [] : [{ domain, count, cell: cells.get(`otherDomain.${domain.id}`)! }];
    })
    .sort((a, b) => (isShown(b.cell) ? b.cell : 0) - (isShown(a.cell) ? a.cell : 0))
    .map(({ domain, count, cell }) => ({
      code: domain.code,
      nameNl: domain.nameNl,
      nameEn: domain.nameEn,
      parentCode: null,
      hasSubdomains: false,
      count: cell,
      percent: shareOf(count, total, isShown(cell) && (count === 0 || totalShown)),
    }));
}
