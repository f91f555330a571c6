import { amsterdamDay, amsterdamMoment, dayOfDateColumn } from "@/lib/dates";
import type { getDossier } from "./queries";

type Dossier = NonNullable<Awaited<ReturnType<typeof getDossier>>>;

/** The outgoing and incoming referrals of a dossier, as the referrals query lists them. */
type TimelineReferral = {
  id: string;
  direction: "IN" | "OUT";
  createdAt: Date;
  reason: string | null;
  status: string | null;
  partner: { name: string };
  createdBy: { name: string } | null;
};

export type TimelineEntry = { key: string } & (
  | { kind: "OPENED"; at: Date }
  | { kind: "VISIT"; at: Date; visit: Dossier["visits"][number] }
  | { kind: "CONTACT"; at: Date; contact: Dossier["contacts"][number] }
  | { kind: "NOTE"; at: Date; note: Dossier["notes"][number] }
  | { kind: "ACTION"; at: Date; action: Dossier["actions"][number] }
  | { kind: "DEADLINE"; at: Date; deadline: Dossier["deadlines"][number] }
  | { kind: "REFERRAL"; at: Date; referral: TimelineReferral }
  | { kind: "DOCUMENT"; at: Date; document: Dossier["documents"][number] }
  | { kind: "TIME"; at: Date; entry: Dossier["timeEntries"][number] }
  | { kind: "AFTERCARE"; at: Date; task: Dossier["aftercareTasks"][number] }
  | { kind: "HANDOVER"; at: Date; handover: Dossier["handovers"][number] }
  | { kind: "REOPENED"; at: Date; reopening: Dossier["reopenings"][number] }
  | { kind: "CLOSED"; at: Date; outcome: NonNullable<Dossier["outcome"]> }
);

export type TimelineEntryKind = TimelineEntry["kind"];

/** The filters above the timeline, by the word in the address (`?toon=`). */
export const TIMELINE_FILTERS = {
  alles: null,
  bezoeken: ["VISIT", "CONTACT"],
  notities: ["NOTE"],
  acties: ["ACTION", "AFTERCARE"],
  termijnen: ["DEADLINE"],
  verwijzingen: ["REFERRAL"],
  documenten: ["DOCUMENT"],
  tijd: ["TIME", "ACTION", "CONTACT", "AFTERCARE"],
  verloop: ["OPENED", "HANDOVER", "REOPENED", "CLOSED"],
} as const satisfies Record<string, readonly TimelineEntryKind[] | null>;

export type TimelineFilter = keyof typeof TIMELINE_FILTERS;

/** An unknown or missing `?toon=` shows everything: the address is input, never a 500. */
export function timelineFilterOf(value: string | undefined): TimelineFilter {
  return value !== undefined && Object.hasOwn(TIMELINE_FILTERS, value) ? (value as TimelineFilter) : "alles";
}

/**
 * A day-level record (a contact, time) sorts at the moment it was written when that was on the
 * same day, otherwise at noon of its day: recorded afterwards, it still sits among that day.
 */
function dayMoment(column: Date, createdAt: Date): Date {
  const day = dayOfDateColumn(column);
  return amsterdamDay(createdAt) === day ? createdAt : amsterdamMoment(day, 12 * 60);
}

const ORDER_ON_TIE: readonly TimelineEntryKind[] = [
  "CLOSED",
  "REOPENED",
  "HANDOVER",
  "DOCUMENT",
  "REFERRAL",
  "DEADLINE",
  "ACTION",
  "AFTERCARE",
  "NOTE",
  "TIME",
  "CONTACT",
  "VISIT",
  "OPENED",
];

/**
 * Everything that happened in a dossier, newest first: what the advisor reads before the client
 * sits down. Time written with an action, contact or aftercare task is shown with that entry, and
 * a visit's time is the conversation itself: each only once. Aftercare shows when it was done,
 * or as long as it is open, when it was planned.
 */
export function buildDossierTimeline(
  dossier: Dossier,
  referrals: readonly TimelineReferral[],
  filter: TimelineFilter = "alles",
): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ key: "opened", kind: "OPENED", at: dossier.openedAt }];
  for (const visit of dossier.visits)
    entries.push({
      key: visit.id,
      kind: "VISIT",
      at: visit.startedAt ?? visit.arrivedAt ?? visit.plannedStartsAt ?? visit.createdAt,
      visit,
    });
  for (const contact of dossier.contacts)
    entries.push({ key: contact.id, kind: "CONTACT", at: dayMoment(contact.occurredOn, contact.createdAt), contact });
  for (const note of dossier.notes) entries.push({ key: note.id, kind: "NOTE", at: note.createdAt, note });
  for (const action of dossier.actions)
    entries.push({ key: action.id, kind: "ACTION", at: action.performedAt, action });
  for (const deadline of dossier.deadlines)
    entries.push({ key: deadline.id, kind: "DEADLINE", at: deadline.createdAt, deadline });
  for (const referral of referrals)
    entries.push({ key: referral.id, kind: "REFERRAL", at: referral.createdAt, referral });
  for (const document of dossier.documents)
    entries.push({ key: document.id, kind: "DOCUMENT", at: document.createdAt, document });
  for (const task of dossier.aftercareTasks)
    entries.push({ key: task.id, kind: "AFTERCARE", at: task.completedAt ?? task.createdAt, task });
  // A correction of a contact's time cannot carry the contact's link (one entry per contact).
  const shownElsewhere = (entry: Dossier["timeEntries"][number]) =>
    entry.caseActionId ||
    entry.visitId ||
    entry.aftercareTaskId ||
    entry.dossierContactId ||
    entry.corrects?.dossierContactId;
  for (const entry of dossier.timeEntries)
    if (!shownElsewhere(entry))
      entries.push({ key: entry.id, kind: "TIME", at: dayMoment(entry.workedOn, entry.createdAt), entry });
  for (const handover of dossier.handovers)
    entries.push({ key: handover.id, kind: "HANDOVER", at: handover.handedOverAt, handover });
  for (const reopening of dossier.reopenings) {
    entries.push({ key: `closed-${reopening.id}`, kind: "CLOSED", at: reopening.closedAt, outcome: reopening.outcome });
    entries.push({ key: reopening.id, kind: "REOPENED", at: reopening.reopenedAt, reopening });
  }
  if (dossier.status === "CLOSED" && dossier.closedAt && dossier.outcome)
    entries.push({ key: "closed", kind: "CLOSED", at: dossier.closedAt, outcome: dossier.outcome });

  const shown: readonly TimelineEntryKind[] | null = TIMELINE_FILTERS[filter];
  return entries
    .filter((entry) => shown === null || shown.includes(entry.kind))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || ORDER_ON_TIE.indexOf(a.kind) - ORDER_ON_TIE.indexOf(b.kind));
}

/** The open deadlines, the first due first (overdue ones lead): the summary names the first. */
export function openDeadlines(dossier: Pick<Dossier, "deadlines">) {
  return dossier.deadlines
    .filter((deadline) => !deadline.completedAt)
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
}
