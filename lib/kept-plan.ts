import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";

const KEPT_PLAN_MARK = "/* kept plan */ ";

/**
 * A long statement whose plan each connection keeps: it is prepared under a name once, and
 * PostgreSQL plans it for all libraries and periods once it has seen it a few times. The report
 * statements are long (a national format plans for 4–6 ms of its 20–40 ms of SQL), and so is the
 * desk's change check, the most frequent request of all (planned for 1.9 ms, run in 0.45); each
 * is the same for every library (the organisation and the period are parameters), and they are
 * few, so their plans stay few. Prisma's own statements are sent unnamed: their texts vary with
 * the shape of each call, and pg keeps a named statement for the connection's lifetime.
 */
export function keptPlan(strings: TemplateStringsArray, ...values: Parameters<typeof Prisma.join>[0]): Prisma.Sql {
  return Prisma.sql([KEPT_PLAN_MARK + strings[0], ...strings.slice(1)], ...values);
}

/**
 * The name a kept-plan statement is prepared under: from its text, so the same text gets the same
 * name on every connection, and the bench's replay (scripts/bench.ts) can send it as the app does.
 * Any other statement gets "", PostgreSQL's unnamed statement, which pg plans afresh each time.
 */
export function keptPlanName(query: { sql: string }): string {
  if (!query.sql.startsWith(KEPT_PLAN_MARK)) return "";
  return `kept_${createHash("sha256").update(query.sql).digest("hex").slice(0, 32)}`;
}
