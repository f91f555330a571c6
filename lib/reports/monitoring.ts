// The monitoring figures of one library for a period (issue 6): contacts, clients, legal domains,
// actions, referrals, outcomes, waiting times and the trend per month. Aggregates only.
//
// Suppression rule, the same on the page, in the CSV and in the workbook:
// - every count of people or of what happened to them (contacts, clients, questions, visits,
//   actions, referrals, outcomes, observations) goes through suppressSmall: 1 to 4 shows as "<5";
// - a percentage is computed from the exact counts, but is not shown (null) when its own count is
//   suppressed, because "<5" next to "2.0%" of a known total would give the number away;
// - a waiting time needs at least SMALL_NUMBER_THRESHOLD observations, or it is not shown;
// - categories are sorted by their exact count, but suppressed ones go last in a fixed order, so
//   the order does not tell one "<5" from another.
// Totals stay visible: a funder needs them. Together with the other cells of a table they can pin
// down one suppressed cell exactly; that tells how many, never who, as no table crosses a category
// with anything about the person (no age, no postcode area, no language).
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { CaseActionKind, CaseKind, CaseOutcome, PartnerType, VisitKind } from "@/lib/generated/prisma/enums";
import { ok, type Result } from "@/lib/result";
import {
  countActions,
  countContacts,
  countLegalDomains,
  countOtherLegalDomains,
  countOtherParties,
  countOutcomes,
  countPerMonth,
  countQuestions,
  countReferrals,
  countVisits,
  legalDomainTaxonomy,
  measureWaitingTimes,
  organisationOf,
  type QueryScope,
} from "./monitoring-queries";
import { parseMonitoringPeriod, periodMonths, periodRange, type MonitoringPeriod } from "./monitoring-period";
import { SMALL_NUMBER_THRESHOLD, suppressSmall, type ReportCell } from "./suppression";
import { clock } from "@/lib/clock";
import { OTHER_PARTY_KINDS, type OtherPartyKindCode } from "@/lib/other-parties/kinds";
import { REPORT_ROLES } from "@/lib/auth/policy";

type CountRow<Code extends string> = { code: Code; count: ReportCell; percent: number | null };
export type CountTable<Code extends string> = { rows: CountRow<Code>[]; total: ReportCell };

type OtherPartyFigureCode = OtherPartyKindCode | "TYPED" | "UNKNOWN";
const OTHER_PARTY_FIGURE_CODES: readonly OtherPartyFigureCode[] = [...OTHER_PARTY_KINDS, "TYPED", "UNKNOWN"];

type ContactKind = "VISIT" | "QUICK_CONTACT" | "OUTSIDE_HOURS";
type ClientKind = "RETURNING" | "ONCE";
type VisitOutcome = "WALK_IN" | "APPOINTMENT" | "NO_SHOW" | "CANCELLED";
const VISIT_OUTCOMES: readonly VisitOutcome[] = ["WALK_IN", "APPOINTMENT", "NO_SHOW", "CANCELLED"];

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
  observations: ReportCell;
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
  legalDomains: { top: DomainRow[]; sub: DomainRow[]; others: DomainRow[]; total: ReportCell };
  actions: CountTable<CaseActionKind>;
  /** Dossiers per kind of other party; "TYPED": a name the list lacks, "UNKNOWN": none recorded. */
  otherParties: CountTable<OtherPartyFigureCode>;
  referralsIn: CountTable<PartnerType>;
  referralsOut: CountTable<PartnerType>;
  outcomes: CountTable<CaseOutcome> & {
    solvedWithoutReferral: ReportCell;
    solvedWithoutReferralPercent: number | null;
  };
  waitingTimes: WaitingTimeRow[];
  months: { month: string; contacts: ReportCell; clients: ReportCell; questions: ReportCell }[];
};

/** A share in percent, one decimal, of exact counts; null when the count is suppressed or there is no base. */
export function shareOf(count: number, base: number): number | null {
  if (base <= 0 || typeof suppressSmall(count) !== "number") return null;
  return Math.round((count / base) * 1000) / 10;
}

/** Minutes, whole, or null when there are too few observations to show without pointing at someone. */
export function shownMinutes(minutes: number | null, observations: number): number | null {
  return minutes === null || observations < SMALL_NUMBER_THRESHOLD ? null : Math.round(minutes);
}

/**
 * Rows for every code with a count, largest first, suppressed and equal ones in the codes' order;
 * with keepZero every code in its own order (a short, fixed list such as the kinds of visit).
 */
export function countTable<Code extends string>(
  counts: ReadonlyMap<Code, number>,
  codes: readonly Code[],
  options: { keepZero?: boolean } = {},
): CountTable<Code> {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const visible = (count: number) => (typeof suppressSmall(count) === "number" ? count : 0);
  const rows = codes
    .map((code, order) => ({ code, order, exact: counts.get(code) ?? 0 }))
    .filter((row) => options.keepZero || row.exact > 0)
    .sort((a, b) => (options.keepZero ? a.order - b.order : visible(b.exact) - visible(a.exact) || a.order - b.order))
    .map(({ code, exact }) => ({ code, count: suppressSmall(exact), percent: shareOf(exact, total) }));
  return { rows, total: suppressSmall(total) };
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
  const scope: QueryScope = { organisationId: coordinator.organisationId, ...periodRange(period.value) };

  const [
    organisation,
    contacts,
    perMonth,
    questions,
    domains,
    otherDomains,
    taxonomy,
    visits,
    actions,
    referrals,
    outcomes,
    waits,
    otherParties,
  ] = await Promise.all([
    organisationOf(coordinator.organisationId),
    countContacts(scope),
    countPerMonth(scope),
    countQuestions(scope),
    countLegalDomains(scope),
    countOtherLegalDomains(scope),
    legalDomainTaxonomy(),
    countVisits(scope),
    countActions(scope),
    countReferrals(scope),
    countOutcomes(scope),
    measureWaitingTimes(scope),
    countOtherParties(scope),
  ]);

  const questionTotal = questions.reduce((sum, row) => sum + row.count, 0);
  const visitCounts = new Map<VisitOutcome, number>();
  for (const row of visits) {
    const key: VisitOutcome = row.status === "DONE" ? (row.kind as VisitKind) : (row.status as VisitOutcome);
    visitCounts.set(key, (visitCounts.get(key) ?? 0) + row.count);
  }
  const outcomeTotal = outcomes.find((row) => row.outcome === null) ?? { count: 0, solvedWithoutReferral: 0, known: 0 };
  const referralTable = (direction: "IN" | "OUT") =>
    countTable(
      mapOf<PartnerType>(
        referrals.filter((row) => row.direction === direction).map((row) => ({ code: row.type, count: row.count })),
      ),
      Object.values(PartnerType),
    );
  const monthRows = new Map(perMonth.map((row) => [row.month, row]));

  return ok({
    organisation,
    period: period.value,
    contacts: countTable(
      new Map<ContactKind, number>([
        ["VISIT", contacts.visits],
        ["QUICK_CONTACT", contacts.quickContacts],
        ["OUTSIDE_HOURS", contacts.outsideHours],
      ]),
      ["VISIT", "QUICK_CONTACT", "OUTSIDE_HOURS"],
      { keepZero: true },
    ),
    clients: countTable(
      new Map<ClientKind, number>([
        ["RETURNING", contacts.returningClients],
        ["ONCE", contacts.onceClients],
      ]),
      ["RETURNING", "ONCE"],
      { keepZero: true },
    ),
    questions: countTable(
      mapOf<CaseKind>(questions.map((row) => ({ code: row.kind, count: row.count }))),
      Object.values(CaseKind),
      { keepZero: true },
    ),
    visits: countTable(visitCounts, VISIT_OUTCOMES, { keepZero: true }),
    legalDomains: {
      ...domainRows(domains, taxonomy, questionTotal),
      others: otherDomainRows(otherDomains, taxonomy, questionTotal),
      total: suppressSmall(questionTotal),
    },
    actions: countTable(
      mapOf<CaseActionKind>(actions.map((row) => ({ code: row.kind, count: row.count }))),
      Object.values(CaseActionKind),
    ),
    otherParties: countTable(
      mapOf<OtherPartyFigureCode>(otherParties.map((row) => ({ code: row.kind ?? "UNKNOWN", count: row.count }))),
      OTHER_PARTY_FIGURE_CODES,
    ),
    referralsIn: referralTable("IN"),
    referralsOut: referralTable("OUT"),
    outcomes: {
      ...countTable(
        mapOf<CaseOutcome>(outcomes.map((row) => ({ code: row.outcome, count: row.count }))),
        Object.values(CaseOutcome),
        { keepZero: true },
      ),
      solvedWithoutReferral: suppressSmall(outcomeTotal.solvedWithoutReferral),
      solvedWithoutReferralPercent: shareOf(outcomeTotal.solvedWithoutReferral, outcomeTotal.known),
    },
    waitingTimes: (["ALL", ...Object.values(VisitKind)] as const).map((kind) => {
      const row = waits.find((wait) => (wait.kind ?? "ALL") === kind);
      const observations = row?.observations ?? 0;
      return {
        kind,
        observations: suppressSmall(observations),
        medianMinutes: shownMinutes(row?.median ?? null, observations),
        p90Minutes: shownMinutes(row?.p90 ?? null, observations),
      };
    }),
    months: periodMonths(period.value).map((month) => {
      const row = monthRows.get(month);
      return {
        month,
        contacts: suppressSmall(row?.contacts ?? 0),
        clients: suppressSmall(row?.clients ?? 0),
        questions: suppressSmall(row?.questions ?? 0),
      };
    }),
  });
}

type Taxonomy = Awaited<ReturnType<typeof legalDomainTaxonomy>>;

/** Top-level and sub-level rows, each largest first; sub-level rows stay under their top-level domain. */
function domainRows(
  counts: Awaited<ReturnType<typeof countLegalDomains>>,
  taxonomy: Taxonomy,
  total: number,
): { top: DomainRow[]; sub: DomainRow[] } {
  const byId = new Map(taxonomy.map((domain) => [domain.id, domain]));
  const visible = (count: number) => (typeof suppressSmall(count) === "number" ? count : 0);
  // Ties keep the taxonomy's own order: each top-level domain, then its sub-domains.
  const treeOrder = new Map<string, number>();
  for (const top of taxonomy.filter((domain) => domain.parentId === null)) {
    treeOrder.set(top.id, treeOrder.size);
    for (const child of taxonomy.filter((domain) => domain.parentId === top.id))
      treeOrder.set(child.id, treeOrder.size);
  }
  const orderOf = (id: string | null) =>
    id === null ? Number.MAX_SAFE_INTEGER : (treeOrder.get(id) ?? Number.MAX_SAFE_INTEGER);
  const row = (id: string | null, count: number): DomainRow => {
    const domain = id === null ? undefined : byId.get(id);
    const parent = domain?.parentId ? byId.get(domain.parentId) : undefined;
    return {
      code: domain?.code ?? null,
      nameNl: domain?.nameNl ?? null,
      nameEn: domain?.nameEn ?? null,
      parentCode: parent?.code ?? null,
      hasSubdomains: domain !== undefined && taxonomy.some((other) => other.parentId === domain.id),
      count: suppressSmall(count),
      percent: shareOf(count, total),
    };
  };
  const byCount = <T extends { id: string | null; count: number }>(a: T, b: T) =>
    visible(b.count) - visible(a.count) || orderOf(a.id) - orderOf(b.id);

  const tops = counts
    .filter((count) => count.isTopLevel)
    .map((count) => ({ id: count.topId, count: count.count }))
    .sort(byCount);
  const sub: DomainRow[] = [];
  for (const top of tops) {
    counts
      .filter((count) => !count.isTopLevel && count.topId === top.id)
      .map((count) => ({ id: count.domainId, count: count.count }))
      .sort(byCount)
      .forEach((child) => sub.push(row(child.id, child.count)));
  }
  return { top: tops.map((top) => row(top.id, top.count)), sub };
}

/** The other domains' rows, largest first, ties in the taxonomy's order; the share is of all questions. */
function otherDomainRows(
  counts: Awaited<ReturnType<typeof countOtherLegalDomains>>,
  taxonomy: Taxonomy,
  total: number,
): DomainRow[] {
  const visible = (count: number) => (typeof suppressSmall(count) === "number" ? count : 0);
  return taxonomy
    .filter((domain) => domain.parentId === null)
    .flatMap((domain) => {
      const count = counts.find((row) => row.topId === domain.id)?.count ?? 0;
      return count === 0 ? [] : [{ domain, count }];
    })
    .sort((a, b) => visible(b.count) - visible(a.count))
    .map(({ domain, count }) => ({
      code: domain.code,
      nameNl: domain.nameNl,
      nameEn: domain.nameEn,
      parentCode: null,
      hasSubdomains: false,
      count: suppressSmall(count),
      percent: shareOf(count, total),
    }));
}
