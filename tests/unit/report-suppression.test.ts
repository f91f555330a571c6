import { describe, expect, it } from "vitest";
import {
  InconsistentCounts,
  recoverableCounts,
  suppressLine,
  suppressLines,
  suppressSmall,
  SuppressionPlan,
  type ReportCell,
} from "@/lib/reports/suppression";
import { suppressSignalCounts } from "@/lib/signals/report";

/**
 * Every value each hidden cell can have, given what a line shows: "<5" is 1 to 4, "x" 5 or more
 * (tried up to a cap), a shown total the sum (with a rest of 0 or more when there is one). An
 * attacker who knows the rule and the total can only narrow a cell down to these.
 */
function possibleValues(cells: ReportCell[], total: ReportCell, rest: boolean, cap = 60): Map<number, Set<number>> {
  const options = cells.map((cell) =>
    typeof cell === "number" ? [cell] : cell === "x" ? Array.from({ length: cap - 4 }, (_, i) => i + 5) : [1, 2, 3, 4],
  );
  const found = new Map<number, Set<number>>();
  cells.forEach((cell, index) => typeof cell !== "number" && found.set(index, new Set()));
  const totalFits = (sum: number) =>
    typeof total === "number"
      ? rest
        ? sum <= total
        : sum === total
      : total === "x"
        ? rest || sum >= 5
        : rest || (sum >= 1 && sum <= 4);
  const walk = (index: number, chosen: number[], sum: number) => {
    if (typeof total === "number" && sum > total) return;
    if (index === cells.length) {
      if (!totalFits(sum)) return;
      chosen.forEach((value, at) => found.get(at)?.add(value));
      return;
    }
    for (const value of options[index]) walk(index + 1, [...chosen, value], sum + value);
  };
  walk(0, [], 0);
  return found;
}

/** A fixed sequence of numbers, so that the lines below are the same on every run. */
function* lines(seed: number, count: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  for (let line = 0; line < count; line++) {
    const length = 1 + (next() % 5);
    // Mostly small counts, where the trouble is, and now and then a larger one.
    yield Array.from({ length }, () => (next() % 4 === 0 ? next() % 30 : next() % 7));
  }
}

describe("suppressing small counts", () => {
  it("shows 1 to 4 as <5 and leaves 0 and 5 or more", () => {
    expect([0, 1, 4, 5, 12].map((count) => suppressSmall(count))).toEqual([0, "<5", "<5", 5, 12]);
    expect(() => suppressSmall(-1)).toThrow(RangeError);
    expect(() => suppressSmall(2.5)).toThrow(RangeError);
  });

  it("hides a second count when one <5 and the total would give it away", () => {
    // 12 - 9 = 3: shown as is, the <5 is no secret.
    expect(
      recoverableCounts(
        new Map<string, ReportCell>([
          ["a", 9],
          ["b", "<5"],
          ["all", 12],
        ]),
        [{ cells: ["a", "b"], total: "all" }],
      ),
    ).toEqual(["b"]);
    expect(suppressLine([9, 3])).toEqual({ cells: ["x", "<5"], total: 12 });
    expect(suppressLine([9, 3, 0, 7])).toEqual({ cells: [9, "<5", 0, "x"], total: 19 });
  });

  it("hides one more when all hidden counts sit at their least or most", () => {
    // Two <5 adding up to 2 are both 1; to 8, both 4.
    expect(suppressLine([1, 1, 10])).toEqual({ cells: ["<5", "<5", "x"], total: 12 });
    expect(suppressLine([4, 4, 10])).toEqual({ cells: ["<5", "<5", "x"], total: 18 });
    // Two <5 adding up to 5 can be 1 + 4, 2 + 3, …: nothing more to hide.
    expect(suppressLine([2, 3, 10])).toEqual({ cells: ["<5", "<5", 10], total: 15 });
  });

  it("hides the total when no shown count is left to hide", () => {
    expect(suppressLine([3, 0])).toEqual({ cells: ["<5", 0], total: "<5" });
    expect(suppressLine([1, 1])).toEqual({ cells: ["<5", "<5"], total: "<5" });
  });

  it("refuses counts that do not add up in a line, rather than show what they would give away", () => {
    // Contacts and visits read apart: a walk-in finished in between made the visits one more.
    const tables = (appointments: number) => {
      const counts = new Map([
        ["contacts.visit", 40],
        ["contacts.quick", 3],
        ["contacts.outside", 12],
        ["contacts", 55],
        ["visits.walkIn", 25],
        ["visits.appointment", appointments],
        ["visits.noShow", 6],
        ["visits.cancelled", 2],
        ["visits", 33 + appointments],
      ]);
      const lines = [
        { cells: ["contacts.visit", "contacts.quick", "contacts.outside"], total: "contacts" },
        { cells: ["visits.walkIn", "visits.appointment", "visits.noShow", "visits.cancelled"], total: "visits" },
        { cells: ["visits.walkIn", "visits.appointment"], total: "contacts.visit" },
      ];
      return suppressLines(counts, lines);
    };
    const cells = tables(15);
    expect([cells.get("contacts.quick"), cells.get("contacts.outside")]).toEqual(["<5", "x"]);
    expect([cells.get("visits.cancelled"), cells.get("visits.noShow")]).toEqual(["<5", "x"]);
    expect(() => tables(16)).toThrow(InconsistentCounts);
  });

  it("refuses a line that names a count twice", () => {
    const counts = new Map([
      ["a", 3],
      ["total", 6],
    ]);
    expect(() => suppressLines(counts, [{ cells: ["a", "a"], total: "total" }])).toThrow(RangeError);
  });

  it("with a rest that is not shown, a <5 is pinned only when the rest cannot hide it", () => {
    // A domain of 7 questions, 6 of them in one sub-domain: the other sub-domain has at most 1.
    expect(suppressLine([6, 1], { total: 7, rest: true })).toEqual({ cells: ["x", "<5"], total: 7 });
    expect(suppressLine([2], { total: 7, rest: true })).toEqual({ cells: ["<5"], total: 7 });
  });

  it("hides across lines that share a count until none gives one away: a domain and its sub-domains", () => {
    // All questions: domain A 6, domain B 9, 15 in all. A's sub-domains: a1 5, a2 1.
    const counts = new Map([
      ["all", 15],
      ["A", 6],
      ["B", 9],
      ["a1", 5],
      ["a2", 1],
    ]);
    const lines = [
      { cells: ["A", "B"], total: "all" },
      { cells: ["a1", "a2"], total: "A", rest: true },
    ];
    const cells = suppressLines(counts, lines);
    // a2 = 6 - 5: a1 goes, then still 1 at most, so A goes, and then B, or A = 15 - 9. With A and B
    // hidden, a1 no longer needs to be: a2 lies anywhere from 1 to 4 of an A from 6 to 10.
    expect(Object.fromEntries(cells)).toEqual({ all: 15, A: "x", B: "x", a1: 5, a2: "<5" });
    expect(recoverableCounts(cells, lines)).toEqual([]);
  });

  it("withholds a split of a kept total rather than hide the total, and hides the total of a plain line", () => {
    // Six clients, each in another age band: six "<5" that can only be 1 each.
    const counts = new Map([
      ["clients", 6],
      ["returning", 0],
      ["once", 6],
      ...[1, 2, 3, 4, 5, 6].map((band) => [`age.${band}`, 1] as const),
    ]);
    const ages = [1, 2, 3, 4, 5, 6].map((band) => `age.${band}`);
    const plain = suppressLines(counts, [
      { cells: ["returning", "once"], total: "clients" },
      { cells: ages, total: "clients" },
    ]);
    expect(plain.get("clients")).toBe("x");
    const plan = new SuppressionPlan();
    for (const [key, count] of counts) plan.count(key, count);
    plan.line(["returning", "once"], "clients");
    plan.split(ages, "clients");
    const kept = plan.suppress();
    expect(kept.get("clients")).toBe(6);
    expect(kept.get("once")).toBe(6);
    expect(ages.map((key) => kept.get(key))).toEqual(ages.map(() => null));
  });

  it("hides a kept total through no line: returning 4 and once-only 4 of 8 clients are withheld instead", () => {
    const plan = new SuppressionPlan();
    plan.line([plan.count("returning", 4), plan.count("once", 4)], plan.count("clients", 8));
    plan.split([plan.count("age.young", 8)], "clients");
    const cells = plan.suppress();
    expect(Object.fromEntries(cells)).toEqual({ clients: 8, returning: null, once: null, "age.young": 8 });
  });

  it("leaves no hidden count that can be worked out, in three hundred lines tried by brute force", () => {
    let hiddenTried = 0;
    let withheld = 0;
    for (const [index, counts] of [...lines(21, 300)].entries()) {
      const rest = index % 3 === 0;
      const total = counts.reduce((sum, count) => sum + count, 0) + (rest ? index % 4 : 0);
      const { cells: all, total: shownTotal } = suppressLine(counts, { total, rest });
      // A withheld breakdown is not shown at all: the reader sees the total only.
      if (all.includes(null)) {
        expect(all.every((cell) => cell === null)).toBe(true);
        withheld++;
        continue;
      }
      const cells = all as ReportCell[];
      cells.forEach((cell, at) => {
        if (typeof cell === "number") expect(cell).toBe(counts[at]);
        else if (cell === "x") expect(counts[at]).toBeGreaterThanOrEqual(5);
        else expect(counts[at]).toBeGreaterThan(0);
      });
      for (const [at, values] of possibleValues(cells, shownTotal, rest)) {
        hiddenTried++;
        expect(values.has(counts[at]), `${counts} → ${cells}; ${at}`).toBe(true);
        expect(
          values.size,
          `${counts} (total ${total}) → ${cells} / ${shownTotal}: cell ${at} is ${[...values]}`,
        ).toBeGreaterThan(1);
      }
    }
    expect(hiddenTried).toBeGreaterThan(150);
    // Few lines are all small counts that add up one way only.
    expect(withheld).toBeLessThan(30);
  });

  it("withholds a breakdown that no hiding protects, and keeps its total", () => {
    // Four rows of one: each is "<5", the total "<5", and still each can only be 1.
    expect(suppressLine([1, 1, 1, 1])).toEqual({ cells: [null, null, null, null], total: "<5" });
    expect(suppressLine([1, 1, 1, 0])).toEqual({ cells: ["<5", "<5", "<5", 0], total: "<5" });
    // Withheld from one line, a count leaves the lines it shares a rest, not a false sum.
    const counts = new Map([
      ["all", 4],
      ["a", 1],
      ["b", 1],
      ["c", 1],
      ["d", 1],
      ["month1", 2],
      ["month2", 2],
    ]);
    const lines = [
      { cells: ["a", "b", "c", "d"], total: "all" },
      { cells: ["month1", "month2"], total: "all" },
    ];
    const cells = suppressLines(counts, lines);
    expect(Object.fromEntries(cells)).toEqual({ all: "<5", month1: "<5", month2: "<5" });
    expect(recoverableCounts(cells, [lines[1]])).toEqual([]);
  });
});

describe("the signal counts, in the report and the national export", () => {
  const dossiers = (count: number, from = 0) => new Set(Array.from({ length: count }, (_, i) => `d${from + i}`));

  it("hides a row that, beside the theme's total in the export, would give a <5 away", () => {
    const { rows, themes } = suppressSignalCounts([
      { otherParty: "CAK", theme: "LETTER_UNCLEAR", dossiers: dossiers(6) },
      { otherParty: "Toeslagen", theme: "LETTER_UNCLEAR", dossiers: dossiers(2, 10) },
      { otherParty: "UWV", theme: "UNREACHABLE", dossiers: dossiers(7, 20) },
    ]);
    expect(rows).toEqual(["x", "<5", 7]);
    expect(themes).toMatchObject({ LETTER_UNCLEAR: 8, UNREACHABLE: 7, WRONG_OR_LATE_DECISION: 0 });
  });

  it("counts a dossier under two other parties once in the theme, and then adds no line", () => {
    const shared = dossiers(6);
    const { rows, themes } = suppressSignalCounts([
      { otherParty: "CAK", theme: "LETTER_UNCLEAR", dossiers: shared },
      { otherParty: "Toeslagen", theme: "LETTER_UNCLEAR", dossiers: new Set(["d0", "d40"]) },
    ]);
    expect(themes.LETTER_UNCLEAR).toBe(7);
    expect(rows).toEqual([6, "<5"]);
  });
});
