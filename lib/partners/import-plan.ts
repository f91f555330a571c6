// What an import file would do to the social map: every row checked as the partner form checks
// it, then matched to the map. The preview shows the plan; the import makes it again inside its
// transaction, so what is written is checked against the map as it is at that moment.
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { type Message, message, zodMessage } from "@/lib/i18n/message-key";
import { UNSTORABLE_CHARACTER } from "@/lib/use-case";
import {
  IMPORT_COLUMNS,
  type ImportField,
  type ImportRow,
  type ImportTable,
  looseText,
  partnerTypeOf,
  yesOrNo,
} from "./import-format";
import { createPartnerSchema } from "./schema";

type Reader = Pick<Prisma.TransactionClient, "partner" | "legalDomain">;

/** A partner's details as the import sets them; `legalDomainIds` sorted, so two lists compare as text. */
type PartnerValues = {
  name: string;
  type: PartnerType;
  legalDomainIds: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  postcode: string | null;
  openingHours: string | null;
  inLibrary: boolean;
  handoverNotes: string | null;
  active: boolean;
};

type ValueField = keyof PartnerValues;
/** The name and the kind are columns every file has; the other columns may be left out. */
type RowValues = Partial<PartnerValues> & Pick<PartnerValues, "name" | "type">;

const FIELD_OF_COLUMN: Record<ImportField, ValueField> = {
  name: "name",
  type: "type",
  legalDomains: "legalDomainIds",
  phone: "phone",
  email: "email",
  website: "website",
  address: "address",
  postcode: "postcode",
  openingHours: "openingHours",
  inLibrary: "inLibrary",
  handoverNotes: "handoverNotes",
  active: "active",
};
const COLUMN_OF_FIELD = Object.fromEntries(
  Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column as ImportField]),
) as Record<ValueField, ImportField>;

export type ImportProblem = { line: number; column: string; message: Message };

/** A row that adds a partner, changes one (these columns), or finds it as it is. */
type PlannedRow =
  | { line: number; kind: "add"; values: PartnerValues }
  | {
      line: number;
      kind: "change";
      partnerId: string;
      name: string;
      values: Partial<PartnerValues>;
      columns: ImportField[];
    }
  | { line: number; kind: "same"; partnerId: string; name: string };

export type ImportPlan = { ok: true; rows: PlannedRow[] } | { ok: false; problems: ImportProblem[] };

const sameName = (name: string) => name.toLocaleLowerCase("nl");

/** The legal domains by code, Dutch name and English name; a name two domains share is not a way to choose. */
async function legalDomainLookup(reader: Reader) {
  const domains = await reader.legalDomain.findMany({
    where: { active: true },
    select: { id: true, code: true, nameNl: true, nameEn: true },
  });
  const byText = new Map<string, Set<string>>();
  for (const domain of domains)
    for (const text of [domain.code, domain.nameNl, domain.nameEn])
      byText.set(looseText(text), (byText.get(looseText(text)) ?? new Set()).add(domain.id));
  return (text: string): string | "unknown" | "ambiguous" => {
    const ids = byText.get(looseText(text));
    return !ids ? "unknown" : ids.size > 1 ? "ambiguous" : [...ids][0];
  };
}

type Lookup = Awaited<ReturnType<typeof legalDomainLookup>>;

/** One row as partner details, or why not. Only the file's columns are set: a missing column keeps what is on the map. */
function checkRow(
  row: ImportRow,
  table: ImportTable,
  legalDomain: Lookup,
): { values: RowValues; problems: ImportProblem[] } | { problems: ImportProblem[] } {
  const header = (column: ImportField) =>
    table.headers[column] ?? IMPORT_COLUMNS.find((c) => c.field === column)!.headers[0];
  const problems: ImportProblem[] = [];
  const problem = (column: ImportField, refusal: Message) =>
    problems.push({ line: row.line, column: header(column), message: refusal });
  const cell = (column: ImportField) => row.cells[column] ?? "";

  if (row.outsideColumns)
    problems.push({ line: row.line, column: "", message: "refusals.partnerImport.outsideColumns" });
  for (const [column, text] of Object.entries(row.cells))
    if (text.includes("\u0000")) problem(column as ImportField, UNSTORABLE_CHARACTER);

  const type = cell("type").trim() === "" ? undefined : partnerTypeOf(cell("type"));
  if (type === null) problem("type", message("refusals.partnerImport.unknownType", { value: cell("type").trim() }));

  const legalDomainIds: string[] = [];
  for (const text of cell("legalDomains")
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const found = legalDomain(text);
    if (found === "unknown")
      problem("legalDomains", message("refusals.partnerImport.unknownLegalDomain", { value: text }));
    else if (found === "ambiguous")
      problem("legalDomains", message("refusals.partnerImport.ambiguousLegalDomain", { value: text }));
    else legalDomainIds.push(found);
  }

  const flags: Partial<Record<"inLibrary" | "active", boolean>> = {};
  for (const column of ["inLibrary", "active"] as const) {
    if (row.cells[column] === undefined) continue;
    const value = yesOrNo(cell(column));
    if (value === null) problem(column, message("refusals.partnerImport.yesOrNo", { value: cell(column).trim() }));
    else flags[column] = value;
  }
  if (problems.length) return { problems };

  // The partner form's own rules and messages, so a row is refused for what the form refuses.
  const parsed = createPartnerSchema.safeParse({
    name: row.cells.name,
    type,
    legalDomainIds,
    phone: row.cells.phone,
    email: row.cells.email,
    website: row.cells.website,
    address: row.cells.address,
    postcode: row.cells.postcode,
    openingHours: row.cells.openingHours,
    inLibrary: flags.inLibrary ?? false,
    handoverNotes: row.cells.handoverNotes,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "name") as ValueField;
      problem(COLUMN_OF_FIELD[field] ?? "name", zodMessage(issue));
    }
    return { problems };
  }
  const all: PartnerValues = {
    ...parsed.data,
    legalDomainIds: [...legalDomainIds].sort(),
    active: flags.active ?? true,
  };
  const values = Object.fromEntries(
    Object.entries(all).filter(([field]) => row.cells[COLUMN_OF_FIELD[field as ValueField]] !== undefined),
  ) as RowValues;
  return { values, problems };
}

const DEFAULTS: Omit<PartnerValues, "name" | "type"> = {
  legalDomainIds: [],
  phone: null,
  email: null,
  website: null,
  address: null,
  postcode: null,
  openingHours: null,
  inLibrary: false,
  handoverNotes: null,
  active: true,
};

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.join("\n") === b.join("\n") : a === b;

/**
 * The file against the organisation's social map. A row is a partner on the map when the name is
 * the same (capitals aside: the map holds a name once) and the postcodes do not differ; a partner
 * without a postcode yet takes the row's. Two different postcodes are refused: the import cannot
 * tell a partner that moved from another office with the same name.
 */
export async function planImport(reader: Reader, actor: Actor, table: ImportTable): Promise<ImportPlan> {
  const legalDomain = await legalDomainLookup(reader);
  const onMap = await reader.partner.findMany({
    where: scopedToOrganisation(actor),
    select: {
      id: true,
      name: true,
      type: true,
      phone: true,
      email: true,
      website: true,
      address: true,
      postcode: true,
      openingHours: true,
      inLibrary: true,
      handoverNotes: true,
      active: true,
      legalDomains: { select: { legalDomainId: true } },
    },
  });
  const byName = new Map(
    onMap.map(({ legalDomains, ...partner }) => [
      sameName(partner.name),
      { ...partner, legalDomainIds: legalDomains.map((link) => link.legalDomainId).sort() },
    ]),
  );

  const problems: ImportProblem[] = [];
  const rows: PlannedRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const checked = checkRow(row, table, legalDomain);
    problems.push(...checked.problems);
    if (!("values" in checked)) continue;
    const { values } = checked;
    const nameColumn = table.headers.name!;

    const earlier = firstLineOf.get(sameName(values.name));
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: nameColumn,
        message: message("refusals.partnerImport.nameTwice", { name: values.name, line: earlier }),
      });
      continue;
    }
    firstLineOf.set(sameName(values.name), row.line);

    const partner = byName.get(sameName(values.name));
    if (!partner) {
      rows.push({ line: row.line, kind: "add", values: { ...DEFAULTS, ...values } });
      continue;
    }
    if (partner.postcode && values.postcode && partner.postcode !== values.postcode) {
      problems.push({
        line: row.line,
        column: table.headers.postcode!,
        message: message("refusals.partnerImport.otherPostcode", { name: partner.name, postcode: partner.postcode }),
      });
      continue;
    }
    const changed = (Object.keys(values) as ValueField[]).filter((field) => !sameValue(partner[field], values[field]));
    rows.push(
      changed.length
        ? {
            line: row.line,
            kind: "change",
            partnerId: partner.id,
            name: values.name,
            values: Object.fromEntries(changed.map((field) => [field, values[field]])),
            columns: changed.map((field) => COLUMN_OF_FIELD[field]),
          }
        : { line: row.line, kind: "same", partnerId: partner.id, name: partner.name },
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
