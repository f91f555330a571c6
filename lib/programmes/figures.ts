// What a programme or funder reads: the national rows of each partnership that gave it access,
// their cost-benefit totals, and the sums over those partnerships, per finished quarter. Every
// value of a partnership is the one its own coordinator's export shows (one suppression plan per
// partnership and period). A sum is shown only when every part of it is: a sum over a hidden part
// would give that part away to whoever subtracts the others, so it is withheld, never "x".
import pMap from "p-map";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { PROGRAMME_ROLES } from "@/lib/auth/policy";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { ok, type Result } from "@/lib/result";
import { costBenefitTotals } from "@/lib/reports/cost-benefit-overview";
import { nationalRows, type NationalRow } from "@/lib/reports/national-export";
import { isShown, type ReportCell } from "@/lib/reports/suppression";
import { partnershipsOfProgramme } from "./grants";
import { finishedQuarters, parseQuarter, quarterPeriod, type Quarter, trendQuarters } from "./quarters";

type ProgrammeValue = ReportCell | number | null;

export type ProgrammeLine = Pick<
  NationalRow,
  "onderdeel" | "code" | "juridisch_loket_categorie" | "omschrijving" | "eenheid"
> & {
  /** Per partnership, in the order of the figures' `partnerships`. */
  values: ProgrammeValue[];
  /** Over all partnerships; null when a part is not shown, and for a percentage (not a sum). */
  sum: ProgrammeValue;
};

export type Partnership = { id: string; name: string; slug: string; municipality: string; grantedAt: Date };

export type ProgrammeQuarterFigures = { quarter: Quarter; lines: ProgrammeLine[] };

export type ProgrammeFigures = {
  programme: { name: string };
  partnerships: Partnership[];
  /** The finished quarters to choose from, newest first. */
  quarters: Quarter[];
  /** The chosen quarter's lines. */
  chosen: ProgrammeQuarterFigures;
  /** The chosen quarter and the three before it, oldest first: the key lines' sums as a trend. */
  trend: ProgrammeQuarterFigures[];
};

/** The lines that make the key figures and the trend, by section and code. */
export const KEY_LINES = [
  { onderdeel: "contacten", code: "totaal" },
  { onderdeel: "clienten", code: "totaal" },
  { onderdeel: "vragen", code: "totaal" },
  { onderdeel: "uren", code: "CONSULTATION" },
  { onderdeel: "uren", code: "AFTERCARE" },
  { onderdeel: "kosten_baten", code: "netto" },
] as const;

export type KeyLine = (typeof KEY_LINES)[number];

export const isKeyLine = (line: Pick<ProgrammeLine, "onderdeel" | "code">, key: KeyLine) =>
  line.onderdeel === key.onderdeel && line.code === key.code;

/**
 * Below this many cases with benefits the amounts are withheld: one case's amount is one client's.
 * The number of such cases is not shown: it is part of the closed cases, whose total the
 * partnership's own plan may hide, and a lower bound beside a hidden total can pin it.
 */
const COST_BENEFIT_MINIMUM_CASES = 5;

/**
 * Partnerships counted at once. One partnership's figures already send about twenty statements at
 * once, as a coordinator's report does, and they share the server's pool of ten connections with
 * the desks: all of a programme's partnerships at once would keep every desk waiting until the
 * page is done. More at a time would not make the page faster either, once the database's cores
 * are busy.
 */
const PARTNERSHIPS_AT_ONCE = 2;

type PartnershipRows = Omit<NationalRow, "organisatie" | "organisatie_naam" | "gemeente" | "formaat">[];

/** The cost-benefit totals as national-format lines: the counted cases, and the amounts in euros. */
async function costBenefitRows(organisationId: string, quarter: Quarter): Promise<PartnershipRows> {
  const period = quarterPeriod(quarter);
  const totals = await costBenefitTotals(organisationId, period);
  // No case: nothing was spent or gained, which gives nobody away.
  const enough = totals.countedCases === 0 || totals.countedCases >= COST_BENEFIT_MINIMUM_CASES;
  const euros = (cents: number) => (enough ? cents / 100 : null);
  const line = (code: string, omschrijving: string, waarde: ProgrammeValue, eenheid: NationalRow["eenheid"]) => ({
    periode_van: period.from,
    periode_tot_en_met: period.to,
    onderdeel: "kosten_baten" as const,
    code,
    juridisch_loket_categorie: "",
    omschrijving,
    waarde,
    eenheid,
  });
  return [
    line("kosten", "Kosten van de afgesloten zaken met baten", euros(totals.costsCents), "euro"),
    line("baten", "Baten van die zaken", euros(totals.benefitsCents), "euro"),
    line("netto", "Netto resultaat (baten min kosten)", euros(totals.netCents), "euro"),
  ];
}

/** One partnership's lines for a quarter: its national rows, then its cost-benefit totals. */
async function partnershipRows(organisationId: string, quarter: Quarter, now: Date) {
  const [national, costBenefit] = await Promise.all([
    nationalRows(organisationId, quarterPeriod(quarter), now),
    costBenefitRows(organisationId, quarter),
  ]);
  return { organisation: national.organisation, rows: [...national.rows, ...costBenefit] };
}

/** A sum that gives nothing away: every part shown, or nothing. */
function sumOf(values: readonly ProgrammeValue[], unit: NationalRow["eenheid"]): ProgrammeValue {
  if (unit === "procent" || values.length === 0 || !values.every(isShown)) return null;
  const sum = (values as number[]).reduce((total, value) => total + value, 0);
  return unit === "aantal" ? sum : Math.round(sum * 100) / 100;
}

/** One quarter's lines over the given partnerships: each partnership's value, and their sum. */
export async function quarterLines(
  partnerships: readonly Partnership[],
  quarter: Quarter,
  now: Date,
): Promise<ProgrammeQuarterFigures> {
  const perPartnership = await pMap(partnerships, ({ id }) => partnershipRows(id, quarter, now), {
    concurrency: PARTNERSHIPS_AT_ONCE,
  });
  // Lines are matched by section and code, not by position: a breakdown withheld for one
  // partnership may lack rows that another has. A line a partnership lacks is not shown for it.
  const keyOf = (row: { onderdeel: string; code: string }) => `${row.onderdeel}\u0000${row.code}`;
  const template = new Map<string, PartnershipRows[number]>();
  for (const { rows } of perPartnership)
    for (const row of rows) if (!template.has(keyOf(row))) template.set(keyOf(row), row);
  const valuesOf = perPartnership.map(({ rows }) => new Map(rows.map((row) => [keyOf(row), row.waarde])));
  const lines: ProgrammeLine[] = [...template.entries()].map(([key, row]) => {
    const values = valuesOf.map((values) => values.get(key) ?? null);
    return {
      onderdeel: row.onderdeel,
      code: row.code,
      juridisch_loket_categorie: row.juridisch_loket_categorie,
      omschrijving: row.omschrijving,
      eenheid: row.eenheid,
      values,
      sum: sumOf(values, row.eenheid),
    };
  });
  return { quarter, lines };
}

/**
 * The figures of the partnerships that gave the caller's programme access, for a finished quarter
 * (default: the last one), with the trend of the key lines over a year of quarters.
 */
export async function getProgrammeFigures(
  actor: Actor | null,
  input: { quarter?: unknown } = {},
  now = clock.now(),
): Promise<Result<ProgrammeFigures>> {
  const reader = requireRole(actor, PROGRAMME_ROLES);
  const quarter = parseQuarter(input.quarter, now);
  if (!quarter.ok) return quarter;
  const [programme, partnerships] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: reader.organisationId }, select: { name: true } }),
    partnershipsOfProgramme(reader.organisationId),
  ]);
  // One quarter after the other, so that PARTNERSHIPS_AT_ONCE holds for the whole page.
  const trend: ProgrammeQuarterFigures[] = [];
  for (const each of trendQuarters(quarter.value)) trend.push(await quarterLines(partnerships, each, now));
  return ok({
    programme,
    partnerships,
    quarters: finishedQuarters(now),
    chosen: trend[trend.length - 1],
    trend: trend.map(({ quarter: each, lines }) => ({
      quarter: each,
      lines: lines.filter((line) => KEY_LINES.some((key) => isKeyLine(line, key))),
    })),
  });
}
