// The signal report for the municipality, per period: how many dossiers showed each problem with
// each other party (counts under five as "<5"), against the period before, the answers received,
// and examples told without anyone in them, only from dossiers whose client agreed (STORY).
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { SIGNAL_REGISTER_ROLES } from "@/lib/auth/policy";
import { clock } from "@/lib/clock";
import { primaryDomainSelect, type DomainName } from "@/lib/costs/inputs";
import { ageBand, type AgeBand } from "@/lib/costs/story";
import {
  addCalendarDays,
  amsterdamDay,
  amsterdamDayRange,
  amsterdamMonthRange,
  dateColumn,
  dayOfDateColumn,
} from "@/lib/dates";
import { db } from "@/lib/db";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import type { CaseOutcome, SignalStatus, SignalTheme } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import {
  isShown,
  SMALL_NUMBER_THRESHOLD,
  suppressSmall,
  SuppressionPlan,
  type ReportCell,
} from "@/lib/reports/suppression";
import { SIGNAL_THEMES } from "./themes";

export type SignalPeriod = { from: string; to: string };

const SIGNAL_PERIOD_INVALID = "refusals.signals.periodInvalid" satisfies MessageKey;
const MAX_PERIOD_DAYS = 2 * 366;
const EXAMPLES_PER_ROW = 3;

/** The period in the address (?van=&tot=), or the last three calendar months up to today. */
export function signalPeriod(
  query: { van?: string | string[] | null; tot?: string | string[] | null },
  now = clock.now(),
): { period: SignalPeriod; error: MessageKey | null } {
  const fallback = { from: amsterdamDay(amsterdamMonthRange(now, -2).start), to: amsterdamDay(now) };
  const from = typeof query.van === "string" ? query.van.trim() : "";
  const to = typeof query.tot === "string" ? query.tot.trim() : "";
  if (from === "" && to === "") return { period: fallback, error: null };
  const valid =
    /^20\d\d-/.test(from) &&
    isCalendarDay(from) &&
    isCalendarDay(to) &&
    from <= to &&
    addCalendarDays(from, MAX_PERIOD_DAYS) >= to;
  return valid ? { period: { from, to }, error: null } : { period: fallback, error: SIGNAL_PERIOD_INVALID };
}

/** The period just before, of the same number of days: the trend compares like with like. */
export function previousPeriod({ from, to }: SignalPeriod): SignalPeriod {
  const days = Math.round(
    (amsterdamDayRange(to).start.getTime() - amsterdamDayRange(from).start.getTime()) / 86_400_000,
  );
  const end = addCalendarDays(from, -1);
  return { from: addCalendarDays(end, -days), to: end };
}

function instants({ from, to }: SignalPeriod) {
  return { gte: amsterdamDayRange(from).start, lt: amsterdamDayRange(to).end };
}

export type Trend = "up" | "down" | "same" | null;

/** Higher, lower or the same; unknown when both are under five, since that would tell more than "<5". */
export function trendOf(current: number, previous: number, threshold = SMALL_NUMBER_THRESHOLD): Trend {
  if (current < threshold && previous < threshold) return null;
  return current > previous ? "up" : current < previous ? "down" : "same";
}

export type SignalExample = { ageBand: AgeBand | null; domain: DomainName | null; outcome: CaseOutcome | null };

export type SignalReportRow = {
  otherParty: string;
  theme: SignalTheme;
  signals: ReportCell;
  /** Null when withheld: no hiding protected the row's theme (lib/reports/suppression.ts). */
  dossiers: ReportCell | null;
  previous: ReportCell | null;
  trend: Trend;
  examples: SignalExample[];
};

type SignalAnswer = {
  otherParty: string;
  theme: SignalTheme;
  description: string;
  raisedWith: string | null;
  raisedOn: string | null;
  answer: string;
  answeredOn: string;
  status: SignalStatus;
};

export type SignalReport = {
  organisation: { name: string; municipality: string };
  period: SignalPeriod;
  previous: SignalPeriod;
  rows: SignalReportRow[];
  answers: SignalAnswer[];
};

/** Dossiers that showed a signal in the period, by theme: for the national export. */
/** The dossiers of a period per other party and theme: the rows of the report. */
type DossierGroup = { otherParty: string; theme: SignalTheme; dossiers: ReadonlySet<string> };

/**
 * The report's dossier counts and the national export's per theme, suppressed together: a theme's
 * rows add up to its total when no dossier sits under two other parties of that theme, and then a
 * row shown beside the export's total must not give away a "<5" next to it.
 */
export function suppressSignalCounts(groups: readonly DossierGroup[]): {
  rows: (ReportCell | null)[];
  themes: Record<SignalTheme, ReportCell>;
} {
  const plan = new SuppressionPlan();
  const rowKeys = groups.map((group, index) => plan.count(`row.${index}`, group.dossiers.size));
  for (const theme of SIGNAL_THEMES) {
    const inTheme = groups.flatMap((group, index) => (group.theme === theme ? [index] : []));
    const union = new Set(inTheme.flatMap((index) => [...groups[index].dossiers]));
    const total = plan.count(`theme.${theme}`, union.size);
    const sum = inTheme.reduce((all, index) => all + groups[index].dossiers.size, 0);
    // A dossier under two other parties counts once in the total: then the rows say more than it,
    // and only that the total is at most their sum, which pins nothing down a line would.
    if (sum === union.size)
      plan.line(
        inTheme.map((index) => rowKeys[index]),
        total,
      );
  }
  const cells = plan.suppress();
  return {
    rows: rowKeys.map((key) => cells.get(key) ?? null),
    themes: Object.fromEntries(SIGNAL_THEMES.map((theme) => [theme, cells.get(`theme.${theme}`)!])) as Record<
      SignalTheme,
      ReportCell
    >,
  };
}

/** Per theme, the dossiers that showed a systemic problem in the period, suppressed as the report's rows. */
export async function signalDossiersByTheme(
  organisationId: string,
  period: SignalPeriod,
): Promise<Record<SignalTheme, ReportCell>> {
  const signals = await db.signal.findMany({
    where: { organisationId, dossiers: { some: { addedAt: instants(period) } } },
    select: {
      theme: true,
      otherParty: { select: { name: true } },
      dossiers: { where: { addedAt: instants(period) }, select: { caseId: true } },
    },
  });
  const groups = new Map<string, DossierGroup & { dossiers: Set<string> }>();
  for (const signal of signals) {
    const key = `${signal.otherParty.name}\u0000${signal.theme}`;
    const group = groups.get(key) ?? { otherParty: signal.otherParty.name, theme: signal.theme, dossiers: new Set() };
    groups.set(key, group);
    for (const link of signal.dossiers) group.dossiers.add(link.caseId);
  }
  return suppressSignalCounts(sortedGroups([...groups.values()])).themes;
}

/** The report's order: other party by name, then theme; the suppression takes the same order. */
function sortedGroups<Group extends { otherParty: string; theme: SignalTheme }>(groups: Group[]): Group[] {
  return groups.sort(
    (a, b) =>
      a.otherParty.localeCompare(b.otherParty, "nl") || SIGNAL_THEMES.indexOf(a.theme) - SIGNAL_THEMES.indexOf(b.theme),
  );
}

export async function getSignalReport(
  actor: Actor | null,
  period: SignalPeriod,
  now = clock.now(),
): Promise<SignalReport> {
  const coordinator = requireRole(actor, SIGNAL_REGISTER_ROLES);
  const before = previousPeriod(period);
  const spanned = { gte: instants(before).gte, lt: instants(period).lt };
  const signals = await db.signal.findMany({
    where: { ...scopedToOrganisation(coordinator), dossiers: { some: { addedAt: spanned } } },
    select: {
      theme: true,
      otherParty: { select: { name: true } },
      dossiers: {
        where: { addedAt: spanned },
        select: {
          caseId: true,
          addedAt: true,
          case: {
            select: {
              outcome: true,
              anonymisedAt: true,
              legalDomains: primaryDomainSelect,
              client: {
                select: {
                  birthYear: true,
                  anonymisedAt: true,
                  // The organisation too: Consent's index by client leads with it.
                  consents: {
                    where: { ...scopedToOrganisation(coordinator), purpose: "STORY", withdrawnAt: null },
                    select: { id: true },
                  },
                },
              },
            },
          },
        },
      },
    },
  });

  const current = instants(period);
  const year = Number(amsterdamDay(now).slice(0, 4));
  type Group = {
    otherParty: string;
    theme: SignalTheme;
    signals: number;
    now: Set<string>;
    before: Set<string>;
    examples: SignalExample[];
  };
  const groups = new Map<string, Group>();
  for (const signal of signals) {
    const key = `${signal.otherParty.name}\u0000${signal.theme}`;
    const group =
      groups.get(key) ??
      groups
        .set(key, {
          otherParty: signal.otherParty.name,
          theme: signal.theme,
          signals: 0,
          now: new Set(),
          before: new Set(),
          examples: [],
        })
        .get(key)!;
    let inPeriod = false;
    for (const link of signal.dossiers) {
      const isCurrent = link.addedAt >= current.gte && link.addedAt < current.lt;
      if (!isCurrent) {
        group.before.add(link.caseId);
        continue;
      }
      inPeriod = true;
      if (group.now.has(link.caseId)) continue;
      group.now.add(link.caseId);
      const { case: dossier } = link;
      const consented =
        dossier.anonymisedAt === null && dossier.client.anonymisedAt === null && dossier.client.consents.length > 0;
      if (consented && group.examples.length < EXAMPLES_PER_ROW) {
        const domain = dossier.legalDomains[0]?.legalDomain ?? null;
        group.examples.push({
          ageBand: ageBand(dossier.client.birthYear, year),
          domain: domain ? { id: domain.id, nameNl: domain.nameNl, nameEn: domain.nameEn } : null,
          outcome: dossier.outcome,
        });
      }
    }
    if (inPeriod) group.signals += 1;
  }

  const shown = sortedGroups([...groups.values()].filter((group) => group.now.size > 0));
  const dossierCells = suppressSignalCounts(shown.map((group) => ({ ...group, dossiers: group.now }))).rows;
  // The period before is suppressed as its own report would be (the national export of that period
  // shows its theme totals), with every group it had, also those not shown now.
  const earlier = sortedGroups([...groups.values()].filter((group) => group.before.size > 0));
  const earlierCells = suppressSignalCounts(earlier.map((group) => ({ ...group, dossiers: group.before }))).rows;
  const previousOf = (group: (typeof shown)[number]): ReportCell | null => {
    const at = earlier.indexOf(group);
    return at < 0 ? 0 : earlierCells[at];
  };
  const rows = shown.map((group, index) => {
    const dossiers = dossierCells[index];
    const previous = previousOf(group);
    return {
      otherParty: group.otherParty,
      theme: group.theme,
      // At most as many signals as dossiers: shown exactly, they would give a "<5" away.
      signals: suppressSmall(group.signals),
      dossiers,
      previous,
      // "The same" next to a shown number would give a hidden one away: only between shown counts.
      trend: isShown(dossiers) && isShown(previous) ? trendOf(group.now.size, group.before.size) : null,
      // One client's story under a row of two would point at that client.
      examples: group.now.size >= SMALL_NUMBER_THRESHOLD ? group.examples : [],
    };
  });

  const answered = await db.signal.findMany({
    where: {
      ...scopedToOrganisation(coordinator),
      mergedIntoId: null,
      answer: { not: null },
      answeredOn: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
    },
    orderBy: [{ answeredOn: "asc" }],
    select: {
      theme: true,
      description: true,
      raisedWith: true,
      raisedOn: true,
      answer: true,
      answeredOn: true,
      status: true,
      otherParty: { select: { name: true } },
    },
  });
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: coordinator.organisationId },
    select: { name: true, municipality: true },
  });
  return {
    organisation,
    period,
    previous: before,
    rows,
    answers: answered.map((signal) => ({
      otherParty: signal.otherParty.name,
      theme: signal.theme,
      description: signal.description,
      raisedWith: signal.raisedWith,
      raisedOn: signal.raisedOn ? dayOfDateColumn(signal.raisedOn) : null,
      answer: signal.answer ?? "",
      answeredOn: dayOfDateColumn(signal.answeredOn!),
      status: signal.status,
    })),
  };
}
