// A programme reads figures per finished calendar quarter, never per period of its own choosing.
// A coordinator may pick any days: they can read the dossiers anyway. A funder outside the
// partnership could, with two overlapping periods (January–March and January–April), take one
// from the other and find April's "<5". Quarters never overlap, and a quarter is only shown once
// it has ended, so its figures change between two looks only where a record of it is corrected
// afterwards (a late time correction): rare, and not a window of the reader's choosing.
import { amsterdamDay } from "@/lib/dates";
import type { MessageKey } from "@/lib/i18n/message-key";
import { ok, refuse, type Result } from "@/lib/result";
import type { MonitoringPeriod } from "@/lib/reports/monitoring-period";

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** The quarters of a trend: the chosen one and the three before it, a year of figures. */
const TREND_QUARTERS = 4;

/** The first quarter Spreekuur can hold figures of: the service began in 2021. */
const FIRST_YEAR = 2021;

const QUARTER_INVALID: MessageKey = "refusals.programmes.quarterInvalid";

/** "2026-Q3": how a quarter is written in the address bar and in file names. */
export function quarterId({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** Its first and last Amsterdam calendar day, both included, as the reports take a period. */
export function quarterPeriod({ year, quarter }: Quarter): MonitoringPeriod {
  const firstMonth = (quarter - 1) * 3;
  const day = (month: number, date: number) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
  return { from: day(firstMonth, 1), to: day(firstMonth + 3, 0) };
}

function quarterBefore({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter["quarter"] };
}

/** The last quarter that has ended on the Amsterdam day of `now`. */
export function lastFinishedQuarter(now: Date): Quarter {
  const [year, month] = amsterdamDay(now).split("-").map(Number);
  const current: Quarter = { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter["quarter"] };
  return quarterBefore(current);
}

/** The finished quarters a programme can choose from, newest first, back to the service's start. */
export function finishedQuarters(now: Date): Quarter[] {
  const quarters: Quarter[] = [];
  for (let quarter = lastFinishedQuarter(now); quarter.year >= FIRST_YEAR; quarter = quarterBefore(quarter))
    quarters.push(quarter);
  return quarters;
}

/** The chosen quarter and the ones before it, oldest first, for a trend; none before 2021. */
export function trendQuarters(last: Quarter, count = TREND_QUARTERS): Quarter[] {
  const quarters = [last];
  while (quarters.length < count && quarterBefore(quarters[0]).year >= FIRST_YEAR)
    quarters.unshift(quarterBefore(quarters[0]));
  return quarters;
}

/**
 * A quarter from the address bar: empty means the last finished one; anything else must be a
 * finished quarter from 2021 on, written "2026-Q3".
 */
export function parseQuarter(value: unknown, now: Date): Result<Quarter> {
  if (value === undefined || value === null || value === "") return ok(lastFinishedQuarter(now));
  const match = typeof value === "string" ? /^(\d{4})-Q([1-4])$/.exec(value.trim()) : null;
  if (!match) return refuse(QUARTER_INVALID);
  const quarter: Quarter = { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
  const last = lastFinishedQuarter(now);
  const finished = quarter.year < last.year || (quarter.year === last.year && quarter.quarter <= last.quarter);
  return quarter.year >= FIRST_YEAR && finished ? ok(quarter) : refuse(QUARTER_INVALID);
}
