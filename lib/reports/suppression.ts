/** Cells with fewer people than this are not shown exactly, so that no client can be recognised. */
export const SMALL_NUMBER_THRESHOLD = 5;

export type ReportCell = number | `<${number}`;

/**
 * A count for a report: 1 to threshold-1 becomes "<threshold". Zero stays zero: "nobody" points
 * at no one. Totals are suppressed the same way by the caller when they could give a cell away.
 */
export function suppressSmall(count: number, threshold = SMALL_NUMBER_THRESHOLD): ReportCell {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A count is a whole number of 0 or more, not ${count}.`);
  return count > 0 && count < threshold ? `<${threshold}` : count;
}
