// The objection term of the Algemene wet bestuursrecht (Awb) and the deadlines an advisor keeps next to it.
import { addCalendarDays, formatCalendarDay } from "@/lib/dates";
import { assertCalendarDay } from "./calendar-day";
import { dutchTermHolidays, isWorkingDayForTerms } from "./holidays";

/** Awb art. 6:7. */
const OBJECTION_TERM_WEEKS = 6;

/** Awb art. 6:9 lid 2: a posted objection may arrive up to a week after the term ended. */
const POSTING_GRACE_DAYS = 7;

export type ObjectionTerm = {
  /** The first day of the term. */
  start: string;
  /** The last day of six weeks, before the Algemene termijnenwet moves it. */
  nominalEnd: string;
  /** The last day on which the objection is on time: `nominalEnd`, or the next working day. */
  dueOn: string;
  /** Why `dueOn` is later than `nominalEnd`, in Dutch: each day skipped, e.g. "maandag 6 april 2026 (Tweede Paasdag)". */
  extendedBecause: string[];
};

/** The days from `day` on that a legal term cannot end on, up to the first day it can. */
function nonWorkingDaysFrom(day: string): string[] {
  const skipped: string[] = [];
  for (let current = day; !isWorkingDayForTerms(current); current = addCalendarDays(current, 1)) skipped.push(current);
  return skipped;
}

function describeSkippedDay(day: string): string {
  const label = formatCalendarDay(day, "EEEE d MMMM yyyy", "nl");
  const holiday = dutchTermHolidays(Number(day.slice(0, 4))).get(day);
  return holiday ? `${label} (${holiday})` : label;
}

/**
 * The day a legal term ending on `day` really ends: a term set in a law that ends on a Saturday, Sunday
 * or holiday runs on to the next day that is none of these (Algemene termijnenwet art. 1 lid 1).
 */
export function extendToWorkingDay(day: string): string {
  assertCalendarDay(day);
  return addCalendarDays(day, nonWorkingDaysFrom(day).length);
}

/**
 * The objection term (bezwaartermijn) against a decision sent on `decisionSentOn`.
 *
 * The term starts on the day after the decision was sent (Awb art. 6:8) and lasts six weeks (art. 6:7),
 * so it ends on the same weekday as the sending day, six weeks later: a decision sent on Tuesday
 * 3 March 2026 gives a term from Wednesday 4 March up to and including Tuesday 14 April 2026, not
 * Wednesday 15 April. An end on a Saturday, Sunday or holiday moves to the next working day (Atw art. 1).
 */
export function objectionTermEnd(decisionSentOn: string): ObjectionTerm {
  assertCalendarDay(decisionSentOn);
  const start = addCalendarDays(decisionSentOn, 1);
  // Six weeks that include their first day end on the day before that weekday comes round again.
  const nominalEnd = addCalendarDays(start, OBJECTION_TERM_WEEKS * 7 - 1);
  const skipped = nonWorkingDaysFrom(nominalEnd);
  return {
    start,
    nominalEnd,
    dueOn: addCalendarDays(nominalEnd, skipped.length),
    extendedBecause: skipped.map(describeSkippedDay),
  };
}

/**
 * The last day a posted objection may arrive (Awb art. 6:9 lid 2): a week after `dueOn`, the term's
 * end as moved by the Algemene termijnenwet. That week itself is not moved when it ends on a holiday:
 * should the Atw move it too, the real last day is later, so this one is the safe one to advise.
 */
export function latestReceiptByPost(dueOn: string): string {
  assertCalendarDay(dueOn);
  return addCalendarDays(dueOn, POSTING_GRACE_DAYS);
}

/**
 * Whether an objection was lodged on time (Awb art. 6:9), with `dueOn` from `objectionTermEnd`. It is
 * when the body received it by the end of `dueOn` (lid 1); or, sent by post, when it was posted by the
 * end of `dueOn` and arrived within a week after (lid 2). Leave `postedOn` out for an objection handed
 * in or sent online: then only its arrival counts.
 */
export function isObjectionOnTime({
  dueOn,
  receivedOn,
  postedOn,
}: {
  dueOn: string;
  receivedOn: string;
  postedOn?: string;
}): boolean {
  assertCalendarDay(dueOn);
  assertCalendarDay(receivedOn);
  if (postedOn !== undefined) assertCalendarDay(postedOn);
  if (receivedOn <= dueOn) return true;
  return postedOn !== undefined && postedOn <= dueOn && receivedOn <= latestReceiptByPost(dueOn);
}

/** Awb art. 6:9 in plain Dutch (B1), for the advisor to show or read out to the client. */
export const AWB_POSTING_RULE_EXPLANATION = [
  "Je bezwaar is op tijd als de instantie het uiterlijk op de laatste dag van de termijn heeft ontvangen.",
  "Stuur je het met de post? Dan is het ook op tijd als je het uiterlijk op de laatste dag op de post doet, en de instantie het binnen een week na die laatste dag ontvangt.",
  "Let op de tijd van de laatste lichting van de brievenbus: een brief die later in de bus gaat, krijgt pas de volgende dag een poststempel.",
  "Bewaar een bewijs dat je het op tijd hebt verstuurd, bijvoorbeeld het bonnetje van aangetekende post.",
  "Breng je het bezwaar zelf langs, of stuur je het via internet? Dan telt alleen de dag waarop de instantie het ontvangt.",
].join(" ");

export type FreeDeadlineInput = { from: string; days: number } | { from: string; weeks: number };

export type FreeDeadline = {
  dueOn: string;
  /** `dueOn` when it is a working day, else the last working day before it: when the client must act, act by then. */
  previousWorkingDay: string;
  /** `dueOn` when it is a working day, else the first working day after it: when someone else must act, ask after it then. */
  nextWorkingDay: string;
};

/**
 * A deadline that people agreed or announced, not one a law sets: a payment plan's instalment, a reply
 * UWV promised. The Algemene termijnenwet extends only terms set in a law (art. 1), so `dueOn` is never
 * moved; the working days around it are there for the UI to suggest.
 */
export function freeDeadline(input: FreeDeadlineInput): FreeDeadline {
  assertCalendarDay(input.from);
  const days = "days" in input ? input.days : input.weeks * 7;
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`A deadline lies a whole number of days ahead, not ${days}`);
  const dueOn = addCalendarDays(input.from, days);
  let previousWorkingDay = dueOn;
  while (!isWorkingDayForTerms(previousWorkingDay)) previousWorkingDay = addCalendarDays(previousWorkingDay, -1);
  return { dueOn, previousWorkingDay, nextWorkingDay: extendToWorkingDay(dueOn) };
}
