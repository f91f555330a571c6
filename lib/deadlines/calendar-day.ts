/**
 * Whether `value` is a real calendar day written yyyy-MM-dd ("2026-02-30" is not). `Date.UTC` would
 * silently roll such a day over into March, and a deadline counted from a rolled-over day is wrong.
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function assertCalendarDay(value: string): void {
  if (!isCalendarDay(value)) throw new RangeError(`Not a calendar day (yyyy-MM-dd): ${value}`);
}
