import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { keptPlan, keptPlanName } from "@/lib/kept-plan";

describe("kept plans", () => {
  it("prepares a report statement once per connection under its name, and leaves Prisma's own unnamed", async () => {
    const count = (slug: string) =>
      keptPlan`SELECT COUNT(*)::int AS "count" FROM "Organisation" WHERE "slug" = ${slug}`;
    // One transaction, so every statement runs on the same connection.
    const prepared = await db.$transaction(async (tx) => {
      for (const slug of ["nergens", "ook-nergens", "nog-steeds-nergens", "a", "b", "c", "d"])
        expect(await tx.$queryRaw<{ count: number }[]>(count(slug))).toEqual([{ count: 0 }]);
      await tx.organisation.findFirst({ where: { slug: "nergens" }, select: { id: true } });
      return tx.$queryRaw<{ name: string; statement: string; plans: number }[]>`
        SELECT name, statement, (generic_plans + custom_plans)::int AS plans FROM pg_prepared_statements`;
    });
    expect(prepared).toEqual([{ name: keptPlanName({ sql: count("").text }), statement: count("").text, plans: 7 }]);
    expect(keptPlanName({ sql: count("").text })).toMatch(/^kept_[0-9a-f]{32}$/);
  });
});
