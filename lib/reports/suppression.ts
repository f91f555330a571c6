/** Cells with fewer people than this are not shown exactly, so that no client can be recognised. */
export const SMALL_NUMBER_THRESHOLD = 5;

/** A shown count; "<5" for 1 to 4 people; "x" for a count of five or more hidden to protect a "<5". */
export type ReportCell = number | `<${number}` | "x";

/** The mark of a count hidden only so that a "<5" next to it cannot be worked out (as CBS writes it). */
export const HIDDEN_TO_PROTECT = "x";

/**
 * A count for a report: 1 to threshold-1 becomes "<threshold". Zero stays zero: "nobody" points
 * at no one. A count that adds up with others to a shown total goes through suppressLine instead.
 */
export function suppressSmall(count: number, threshold = SMALL_NUMBER_THRESHOLD): ReportCell {
  assertCount(count);
  return count > 0 && count < threshold ? `<${threshold}` : count;
}

/** Whether a cell shows its count: not "<5", not "x". */
export const isShown = (cell: ReportCell): cell is number => typeof cell === "number";

function assertCount(count: number) {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A count is a whole number of 0 or more, not ${count}.`);
}

type Bounds = { low: number; high: number };

/** What a reader knows of a cell: its count, or the range its mark stands for. */
function boundsOf(cell: ReportCell, threshold: number): Bounds {
  if (typeof cell === "number") return { low: cell, high: cell };
  return cell === HIDDEN_TO_PROTECT ? { low: threshold, high: Infinity } : { low: 1, high: threshold - 1 };
}

/**
 * The counts a reader can work out exactly from a line of cells that adds up to its total (plus
 * an unshown rest of 0 or more when `rest` is set, e.g. questions of a domain without a sub-domain):
 * for each hidden cell, the least and most it can be given the others' ranges. Returns the indexes
 * of the hidden cells (the total as index `cells.length`) that come out as one value.
 */
export function pinnedCells(
  cells: readonly ReportCell[],
  total: ReportCell,
  threshold = SMALL_NUMBER_THRESHOLD,
  rest = false,
): number[] {
  // cells + rest - total = 0: each term's range, the total's negated.
  const terms = [...cells, total].map((cell, index) => {
    const bounds = boundsOf(cell, threshold);
    return index < cells.length ? bounds : { low: -bounds.high, high: -bounds.low };
  });
  if (rest) terms.push({ low: 0, high: Infinity });
  const pinned: number[] = [];
  [...cells, total].forEach((cell, index) => {
    if (typeof cell === "number") return;
    // This term is minus the sum of the others; summed one by one, as an unbounded range minus
    // another unbounded one would not be a number.
    let othersLow = 0;
    let othersHigh = 0;
    terms.forEach((term, other) => {
      if (other === index) return;
      othersLow += term.low;
      othersHigh += term.high;
    });
    const low = Math.max(terms[index].low, -othersHigh);
    const high = Math.min(terms[index].high, -othersLow);
    if (low === high) pinned.push(index);
  });
  return pinned;
}

/** Counts that add up to a total: `cells` and `total` name counts of a table; `rest` as in pinnedCells. */
export type Line<Key> = { cells: readonly Key[]; total: Key; rest?: boolean };

/**
 * Every count of a table suppressed so that none of its lines (a row with its total, a column,
 * a domain and its sub-domains) gives a hidden count away: 1 to threshold-1 becomes "<threshold";
 * while a line would pin a hidden count down (the only one hidden, or all hidden ones at their
 * least or most), its smallest shown count is hidden too, as "x", or failing that its total. A
 * count in two lines (a domain is a cell of all domains and the total of its sub-domains) is
 * hidden in both, so the lines are checked again until none gives anything away.
 */
export function suppressLines<Key>(
  counts: ReadonlyMap<Key, number>,
  lines: readonly Line<Key>[],
  threshold = SMALL_NUMBER_THRESHOLD,
): Map<Key, ReportCell> {
  const cells = new Map<Key, ReportCell>();
  for (const [key, count] of counts) cells.set(key, suppressSmall(count, threshold));
  const cellOf = (key: Key) => {
    const cell = cells.get(key);
    if (cell === undefined) throw new RangeError("A line names a count the table does not have.");
    return cell;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      while (pinnedCells(line.cells.map(cellOf), cellOf(line.total), threshold, line.rest).length > 0) {
        // The smallest shown count, the first of equals: hiding it tells least and costs least.
        const shown = line.cells.filter((key) => {
          const cell = cellOf(key);
          return typeof cell === "number" && cell > 0;
        });
        const smallest = shown.reduce<Key | undefined>(
          (best, key) => (best === undefined || (cellOf(key) as number) < (cellOf(best) as number) ? key : best),
          undefined,
        );
        const hide = smallest ?? (typeof cellOf(line.total) === "number" ? line.total : undefined);
        if (hide === undefined) break;
        cells.set(hide, HIDDEN_TO_PROTECT);
        changed = true;
      }
    }
  }
  return cells;
}

/** One line of counts and its total, suppressed as in suppressLines; the total is their sum unless given. */
export function suppressLine(
  counts: readonly number[],
  options: { total?: number; rest?: boolean; threshold?: number } = {},
): { cells: ReportCell[]; total: ReportCell } {
  const total = options.total ?? counts.reduce((sum, count) => sum + count, 0);
  const keys = counts.map((_, index) => index);
  const suppressed = suppressLines(
    new Map([...counts.map((count, index) => [index, count] as const), [-1, total] as const]),
    [{ cells: keys, total: -1, rest: options.rest }],
    options.threshold,
  );
  return { cells: keys.map((key) => suppressed.get(key)!), total: suppressed.get(-1)! };
}

/**
 * The counts of one report and the lines they add up in, suppressed together, so that a count
 * shown in two tables (all questions, beside the legal domains and beside the months) is the same
 * cell in both.
 */
export class SuppressionPlan {
  private readonly counts = new Map<string, number>();
  private readonly lines: Line<string>[] = [];

  /** Adds a count under a key; the key, for lines. */
  count(key: string, value: number): string {
    if (this.counts.has(key)) throw new RangeError(`The count ${key} is in the plan already.`);
    this.counts.set(key, value);
    return key;
  }

  line(cells: readonly string[], total: string, rest = false) {
    this.lines.push({ cells, total, rest });
  }

  suppress(threshold = SMALL_NUMBER_THRESHOLD): ReadonlyMap<string, ReportCell> {
    return suppressLines(this.counts, this.lines, threshold);
  }
}
