// "Nothing was written" made checkable: a fingerprint of every table (row count plus an
// order-independent hash of the rows), so an insert, update or delete anywhere shows up.
import { db } from "@/lib/db";

export type Fingerprint = Record<string, string>;

let tables: Promise<{ name: string; scoped: boolean; hasId: boolean }[]> | undefined;

function listTables() {
  tables ??= db.$queryRaw<{ name: string; scoped: boolean; hasId: boolean }[]>`
    SELECT t.table_name AS name,
           EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'organisationId') AS scoped,
           EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id') AS "hasId"
      FROM information_schema.tables t
     WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
     ORDER BY t.table_name`;
  return tables;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table's fingerprint; with `organisationId`, tables that carry one count only that
 * organisation's rows (tables without one, such as a case's shares, always count whole; the
 * Organisation table counts only that organisation's row).
 * Audit entries of refused attempts are left out: writing those down is allowed, even wanted.
 */
export async function fingerprint(organisationId?: string): Promise<Fingerprint> {
  const parts = (await listTables()).map(({ name, scoped }) => {
    const conditions = [
      ...(scoped && organisationId ? [`x."organisationId" = $1`] : []),
      // An organisation's own row is its settings (the retention period): another's is not its data.
      ...(name === "Organisation" && organisationId ? [`x."id" = $1`] : []),
      ...(name === "AuditEvent" ? [`x."action" NOT LIKE '%refused%'`] : []),
    ];
    const where = conditions.length ? ` WHERE ${conditions.join(" AND ")}` : "";
    return `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtextextended(x::text, 0)), 0)::text AS print FROM ${quote(name)} x${where}`;
  });
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(
    parts.join(" UNION ALL "),
    ...(organisationId ? [organisationId] : []),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .sort();
}

/** Ids in `value` (deeply) that are the id of a row of that organisation: a leak in a scoped answer. */
export async function idsOfOrganisation(value: unknown, organisationId: string): Promise<string[]> {
  const strings = new Set<string>();
  const walk = (part: unknown) => {
    if (typeof part === "string") strings.add(part);
    else if (part && typeof part === "object") Object.values(part).forEach(walk);
  };
  walk(value);
  if (strings.size === 0) return [];
  // Tables keyed otherwise (a form's submission key) hold no record an answer could point at.
  const scoped = (await listTables()).filter((table) => table.scoped && table.hasId && table.name !== "AuditEvent");
  const query = scoped
    .map(
      ({ name }) =>
        `SELECT x.id::text AS id FROM ${quote(name)} x WHERE x."organisationId" = $1 AND x.id::text = ANY($2)`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(query, organisationId, [...strings]);
  return rows.map((row) => row.id);
}
