import { amsterdamDay, dayOfDateColumn } from "@/lib/dates";

/**
 * A deadline is overdue from the day after its last day, in Amsterdam: on the last day itself the
 * objection can still be sent. One that is done is never overdue.
 */
export function isOverdue(deadline: { dueOn: Date; completedAt?: Date | null }, now: Date): boolean {
  return !deadline.completedAt && dayOfDateColumn(deadline.dueOn) < amsterdamDay(now);
}
