/** Cells with fewer people than this are not shown exactly, so that no client can be recognised. */
export const SMALL_NUMBER_THRESHOLD = 5;

/** A shown count; "<5" for 1 to 4 people; "x" for a count of five or more hidden to protect a "<5". */
export type ReportCell = number | `<${number}` | "x";

/** The mark of a count hidden only so that a "<5" next to it cannot be worked out (as CBS writes it). */
const HIDDEN_TO_PROTECT = "x";

/**
 * A count for a report: 1 to threshold-1 becomes "<threshold". Zero stays zero: "nobody" points
 * at no one. A count that adds up with others to a shown total goes through suppressLine instead.
 */
export function suppressSmall(count: number, threshold = SMALL_NUMBER_THRESHOLD): ReportCell {
  assertCount(count);
  return count > 0 && count < threshold ? `<${threshold}` : count;
}

/** Whether a cell shows its count: not "<5", not "x", not withheld. */
export const isShown = (cell: ReportCell | null | undefined): cell is number => typeof cell === "number";

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
 * Counts that add up to a total: `cells` and `total` name counts of a table; with `rest`, the cells
 * need not add up to the total exactly (an unshown rest of 0 or more, e.g. questions of a domain
 * that chose no sub-domain).
 */
export type Line<Key> = {
  cells: readonly Key[];
  total: Key;
  rest?: boolean;
  /**
   * The total is a headline count (all clients of the period) that this line splits once more. It
   * is never hidden as a total, through this line or any other (the number of clients is also the
   * total of returning and once-only clients): where only hiding it would protect a row, that
   * row's breakdown is withheld instead. It can still be hidden as a cell of a line it is part of.
   */
  keepTotal?: boolean;
};

/**
 * What a reader can work out of a table's hidden counts from all its lines together: each hidden
 * count's range, narrowed line by line with the others' ranges (a domain's range from all
 * questions narrows its sub-domains', and back) until nothing narrows any more. Returns the hidden
 * keys that come out as one value.
 */
export function recoverableCounts<Key>(
  cells: ReadonlyMap<Key, ReportCell>,
  lines: readonly Line<Key>[],
  threshold = SMALL_NUMBER_THRESHOLD,
): Key[] {
  return new LineSystem([...cells.keys()], lines).recoverable(cells, threshold);
}

/** A report's counts that should add up in a line do not: its cells cannot be shown safely. */
export class InconsistentCounts extends Error {
  constructor() {
    super("The counts of a report's line do not add up; its small numbers cannot be protected.");
    this.name = "InconsistentCounts";
  }
}

/**
 * A table's lines with its counts numbered, made once and asked after every count hidden: a
 * programme's page asks some hundred thousand times, and numbering the counts and their lines
 * anew each time, lookups by key and a range object per step were most of its time.
 */
class LineSystem<Key> {
  private readonly equations: { terms: number[]; totalAt: number; rest: boolean }[];
  private readonly equationsOf: number[][];

  constructor(
    private readonly keys: readonly Key[],
    lines: readonly Line<Key>[],
  ) {
    const numberOf = new Map(keys.map((key, at) => [key, at]));
    // Each line as terms of a sum that is zero: its cells, an unshown rest, minus its total.
    this.equations = lines.map((line) => {
      const terms = [...line.cells, line.total].map((key) => {
        const at = numberOf.get(key);
        if (at === undefined) throw new RangeError("A line names a count the table does not have.");
        return at;
      });
      // Each term's sum of the others below takes out its own range once.
      if (new Set(terms).size < terms.length) throw new RangeError("A line names a count twice.");
      return { terms, totalAt: terms.length - 1, rest: line.rest ?? false };
    });
    this.equationsOf = keys.map((): number[] => []);
    this.equations.forEach(({ terms }, at) => terms.forEach((term) => this.equationsOf[term].push(at)));
  }

  /** recoverableCounts for cells of this system's counts. */
  recoverable(cells: ReadonlyMap<Key, ReportCell>, threshold: number): Key[] {
    const { keys, equations, equationsOf } = this;
    const lows = new Float64Array(keys.length);
    const highs = new Float64Array(keys.length);
    keys.forEach((key, at) => {
      const cell = cells.get(key);
      if (cell === undefined) throw new RangeError("A line names a count the table does not have.");
      const { low, high } = boundsOf(cell, threshold);
      lows[at] = low;
      highs[at] = high;
    });
    // A line none of whose counts narrowed since it was last asked cannot narrow anything now; one
    // that narrowed a count of its own is asked again, as in a round where every line is asked.
    const stale = new Uint8Array(equations.length).fill(1);
    const signedLow = (term: number, isTotal: boolean) => (isTotal ? -highs[term] : lows[term]);
    const signedHigh = (term: number, isTotal: boolean) => (isTotal ? -lows[term] : highs[term]);
    // The ranges only narrow, and a count is a whole number, so this ends; a cap keeps a slow
    // narrowing from taking too long, and a range still narrowing at the cap counts as worked out.
    let narrowed = true;
    for (let round = 0; narrowed && round < 1000; round++) {
      narrowed = false;
      for (let equation = 0; equation < equations.length; equation++) {
        if (!stale[equation]) continue;
        stale[equation] = 0;
        const { terms, totalAt, rest } = equations[equation];
        // The others of a term are the line's sum without it. The sum is kept up to date as terms
        // narrow, so each term sees the others as they are now (as when it was summed per term),
        // at a cost of one pass per line instead of one per term. Endless ends ("x" has no upper
        // bound, a rest neither) are counted apart, as Infinity minus Infinity is no number.
        let low = 0;
        let high = 0;
        let endlessLows = 0;
        let endlessHighs = rest ? 1 : 0;
        for (let at = 0; at < terms.length; at++) {
          const termLow = signedLow(terms[at], at === totalAt);
          const termHigh = signedHigh(terms[at], at === totalAt);
          if (termLow === -Infinity) endlessLows++;
          else low += termLow;
          if (termHigh === Infinity) endlessHighs++;
          else high += termHigh;
        }
        for (let at = 0; at < terms.length; at++) {
          const term = terms[at];
          const isTotal = at === totalAt;
          const ownLow = signedLow(term, isTotal);
          const ownHigh = signedHigh(term, isTotal);
          const othersLow =
            endlessLows - (ownLow === -Infinity ? 1 : 0) > 0 ? -Infinity : low - (ownLow === -Infinity ? 0 : ownLow);
          const othersHigh =
            endlessHighs - (ownHigh === Infinity ? 1 : 0) > 0 ? Infinity : high - (ownHigh === Infinity ? 0 : ownHigh);
          // term = -(others): its signed range lies within minus the others' range.
          const nextSignedLow = Math.max(ownLow, -othersHigh);
          const nextSignedHigh = Math.min(ownHigh, -othersLow);
          const nextLow = isTotal ? -nextSignedHigh : nextSignedLow;
          const nextHigh = isTotal ? -nextSignedLow : nextSignedHigh;
          if (nextLow > lows[term] || nextHigh < highs[term]) {
            lows[term] = Math.max(nextLow, lows[term]);
            highs[term] = Math.min(nextHigh, highs[term]);
            // Counts that add up keep each range around its count. An empty range means a line
            // does not add up, and then no hiding can be trusted: the ranges run off to endless
            // ends and the answer to "what can be worked out" becomes anything.
            if (lows[term] > highs[term]) throw new InconsistentCounts();
            const newLow = signedLow(term, isTotal);
            const newHigh = signedHigh(term, isTotal);
            // The kept sum: this term's old range out, its new one in (an end may stop being endless).
            if (ownLow === -Infinity) endlessLows--;
            else low -= ownLow;
            if (ownHigh === Infinity) endlessHighs--;
            else high -= ownHigh;
            if (newLow === -Infinity) endlessLows++;
            else low += newLow;
            if (newHigh === Infinity) endlessHighs++;
            else high += newHigh;
            for (const other of equationsOf[term]) stale[other] = 1;
            narrowed = true;
          }
        }
      }
    }
    return keys.filter((key, at) => typeof cells.get(key) !== "number" && (lows[at] === highs[at] || narrowed));
  }
}

/**
 * Every count of a table suppressed so that no hidden count can be worked out from its lines (a
 * row and its total, a column, a domain and its sub-domains), alone or together: 1 to threshold-1
 * becomes "<threshold"; while a hidden count can be worked out, the smallest shown count of a line
 * it is in is hidden too, as "x", or failing that the line's total. A count in two lines (a domain
 * is a cell of all domains and the total of its sub-domains) is the same cell in both.
 *
 * Some lines no hiding protects: four "<5" rows of a "<5" total can only be one each. Their cells
 * are withheld, left out of the answer (the table shows its total without the breakdown), and the
 * rest is suppressed again without them.
 */
export function suppressLines<Key>(
  counts: ReadonlyMap<Key, number>,
  lines: readonly Line<Key>[],
  threshold = SMALL_NUMBER_THRESHOLD,
): Map<Key, ReportCell> {
  for (const line of lines)
    for (const key of [...line.cells, line.total])
      if (!counts.has(key)) throw new RangeError("A line names a count the table does not have.");
  for (;;) {
    const { cells, beyondHelp } = hideUntilSafe(counts, lines, threshold);
    if (beyondHelp.length === 0) return cells;
    // The breakdowns the exposed counts are rows of, one step at a time: a total exposed only by
    // such a breakdown is safe again without it. Failing rows, the breakdowns of exposed totals.
    const asRows = lines.filter((line) => beyondHelp.some((key) => line.cells.includes(key)));
    const breakdowns = asRows.length > 0 ? asRows : lines.filter((line) => beyondHelp.includes(line.total));
    const withheld = new Set(breakdowns.flatMap((line) => line.cells));
    if (withheld.size === 0) throw new Error("A hidden count is exposed by a line without cells.");
    counts = new Map([...counts].filter(([key]) => !withheld.has(key)));
    // A line that loses some cells still holds with a rest of them unknown; one that loses all, or
    // its total (a domain withheld among all domains, the total of its sub-domains), says nothing.
    lines = lines.flatMap((line) => {
      const kept = line.cells.filter((key) => !withheld.has(key));
      if (kept.length === 0 || withheld.has(line.total)) return [];
      return [{ ...line, cells: kept, rest: line.rest || kept.length < line.cells.length }];
    });
  }
}

/** suppressLines's hiding, with the hidden counts it could not protect. */
function hideUntilSafe<Key>(
  counts: ReadonlyMap<Key, number>,
  lines: readonly Line<Key>[],
  threshold: number,
): { cells: Map<Key, ReportCell>; beyondHelp: Key[] } {
  const cells = new Map<Key, ReportCell>();
  for (const [key, count] of counts) cells.set(key, suppressSmall(count, threshold));
  const cellOf = (key: Key) => cells.get(key)!;
  const system = new LineSystem([...counts.keys()], lines);
  const keptTotals = new Set(lines.filter((line) => line.keepTotal).map((line) => line.total));
  // The lines each count is in, by their place in `lines`: a ring below keeps the lines' order.
  const linesWith = new Map<Key, number[]>();
  lines.forEach((line, at) => {
    for (const key of new Set([...line.cells, line.total])) linesWith.set(key, [...(linesWith.get(key) ?? []), at]);
  });
  // A count no more hiding can protect: every count of its lines hidden already.
  const beyondHelp = new Set<Key>();
  const hidden: Key[] = [];
  for (;;) {
    const exposed = system.recoverable(cells, threshold).find((key) => !beyondHelp.has(key));
    if (exposed === undefined) {
      if (beyondHelp.size === 0) showWhatIsSafe(cells, counts, system, threshold, hidden);
      return { cells, beyondHelp: [...beyondHelp] };
    }
    // What to hide, the smallest shown count first of equals (it tells least and costs least): a
    // count of a line the exposed one is in; else of the lines next to those, through a count they
    // share that is hidden already (the dossiers among all questions are also the total of the
    // other parties, whose rows pin it), and so on outwards; a total only when no line reached has
    // a count to hide, so a headline number goes last; never a total a split keeps (Line.keepTotal).
    const rings: Line<Key>[][] = [];
    const reached = new Set<number>();
    for (let through: Key[] = [exposed]; through.length > 0;) {
      const next = new Set(through.flatMap((key) => linesWith.get(key) ?? []).filter((at) => !reached.has(at)));
      const ring = [...next].sort((a, b) => a - b).map((at) => lines[at]);
      next.forEach((at) => reached.add(at));
      rings.push(ring);
      through = ring.flatMap((line) => [...line.cells, line.total]).filter((key) => typeof cellOf(key) !== "number");
    }
    const smallestOf = (keys: Key[]) =>
      keys.reduce<Key | undefined>((best, key) => {
        const cell = cellOf(key);
        if (typeof cell !== "number" || cell === 0) return best;
        return best === undefined || cell < (cellOf(best) as number) ? key : best;
      }, undefined);
    const firstOf = (pick: (ring: Line<Key>[]) => Key | undefined) =>
      rings.reduce<Key | undefined>((found, ring) => found ?? pick(ring), undefined);
    const hide =
      firstOf((ring) => smallestOf(ring.flatMap((line) => line.cells))) ??
      firstOf((ring) => smallestOf(ring.map((line) => line.total).filter((key) => !keptTotals.has(key))));
    if (hide === undefined) beyondHelp.add(exposed);
    else {
      cells.set(hide, HIDDEN_TO_PROTECT);
      hidden.push(hide);
      // Hidden now, it may protect a count that could not be helped before: ask again for all.
      beyondHelp.clear();
    }
  }
}

/**
 * The hiding is greedy: a count hidden early may have become needless once later ones were hidden
 * (a table's row hidden before the other split of its total that pinned it was). Each is shown
 * again, the last hidden first, where that leaves every hidden count safe.
 */
function showWhatIsSafe<Key>(
  cells: Map<Key, ReportCell>,
  counts: ReadonlyMap<Key, number>,
  system: LineSystem<Key>,
  threshold: number,
  hidden: readonly Key[],
) {
  for (const key of [...hidden].reverse()) {
    cells.set(key, counts.get(key)!);
    if (system.recoverable(cells, threshold).length > 0) cells.set(key, HIDDEN_TO_PROTECT);
  }
}

/**
 * One line of counts and its total, suppressed as in suppressLines; the total is their sum unless
 * given. Withheld counts are null.
 */
export function suppressLine(
  counts: readonly number[],
  options: { total?: number; rest?: boolean; threshold?: number } = {},
): { cells: (ReportCell | null)[]; total: ReportCell } {
  const total = options.total ?? counts.reduce((sum, count) => sum + count, 0);
  const keys = counts.map((_, index) => index);
  const suppressed = suppressLines(
    new Map([...counts.map((count, index) => [index, count] as const), [-1, total] as const]),
    [{ cells: keys, total: -1, rest: options.rest }],
    options.threshold,
  );
  return { cells: keys.map((key) => suppressed.get(key) ?? null), total: suppressed.get(-1)! };
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

  /** Another split of a headline total (see Line.keepTotal): withheld before the total is hidden. */
  split(cells: readonly string[], total: string) {
    this.lines.push({ cells, total, keepTotal: true });
  }

  /** Every count's cell; null for one withheld with its line (see suppressLines). */
  suppress(threshold = SMALL_NUMBER_THRESHOLD): ReadonlyMap<string, ReportCell | null> {
    const cells = suppressLines(this.counts, this.lines, threshold);
    return new Map([...this.counts.keys()].map((key) => [key, cells.get(key) ?? null]));
  }
}
