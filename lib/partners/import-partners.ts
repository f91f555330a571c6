import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { type Message, message } from "@/lib/i18n/message-key";
import { revokeLinksOfDeactivatedPartner } from "@/lib/partner-links/manage";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { type ImportTable, readImportFile, UnreadableFile } from "./import-format";
import { type ImportProblem, planImport } from "./import-plan";
import { type ImportOutcome, type ImportPreview, problemKey } from "./import-shape";
import { changeSocialMap, lockPartnerNames, writeNewPartner, writePartnerChange } from "./rules";
import { partnerImportContentSchema, partnerImportFileSchema } from "./schema";

/** More refused lines than this are counted, not listed: a wrong file would otherwise fill the page. */
const LISTED_PROBLEMS = 100;

/** A thousand partners, each with its own audit event, in one transaction. */
const IMPORT_TIMEOUT_MS = 60_000;

async function readTable(bytes: Uint8Array): Promise<ImportTable> {
  try {
    return await readImportFile(bytes);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new Refusal(error.refusal, { file: [error.refusal] });
    throw error;
  }
}

/** Every refused line, with its column and reason; nothing of the file is used. */
function refusalOf(problems: ImportProblem[]): Refusal {
  const fieldErrors: Record<string, Message[]> = {};
  for (const { line, column, message: reason } of problems.slice(0, LISTED_PROBLEMS))
    (fieldErrors[problemKey(line, column)] ??= []).push(reason);
  const lines = new Set(problems.map((problem) => problem.line)).size;
  return new Refusal(message("refusals.partnerImport.badLines", { count: lines }), fieldErrors);
}

/**
 * What a file would add to and change on the organisation's social map, without writing
 * anything. A file with any bad row is refused with every bad line named, so the coordinator
 * corrects the file and tries again.
 */
export const previewPartnerImport = defineUseCase({
  name: "partners.previewPartnerImport",
  roles: PARTNER_EDIT_ROLES,
  input: partnerImportFileSchema,
  run: async (actor, { file }) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const plan = await planImport(db, actor, await readTable(bytes));
    if (!plan.ok) throw refusalOf(plan.problems);
    const preview: ImportPreview = {
      fileName: file instanceof File ? file.name.slice(0, 120) : "",
      content: Buffer.from(bytes).toString("base64"),
      added: plan.rows.flatMap((row) => (row.kind === "add" ? [{ line: row.line, name: row.values.name }] : [])),
      changed: plan.rows.flatMap((row) =>
        row.kind === "change" ? [{ line: row.line, name: row.name, columns: row.columns }] : [],
      ),
      unchanged: plan.rows.filter((row) => row.kind === "same").length,
    };
    return ok(preview);
  },
});

async function writePlan(actor: Actor, table: ImportTable, now: Date) {
  return changeSocialMap(
    async (tx): Promise<ImportOutcome> => {
      await lockPartnerNames(tx, actor);
      // Checked again against the map as it is now: it may have changed since the preview.
      const plan = await planImport(tx, actor, table);
      if (!plan.ok) throw refusalOf(plan.problems);
      for (const row of plan.rows) {
        if (row.kind === "add") await writeNewPartner(tx, actor, row.values, { ...row.values, importLine: row.line });
        else if (row.kind === "change") {
          await writePartnerChange(tx, actor, row.partnerId, row.values, { ...row.values, importLine: row.line });
          // Set inactive by the file, as by the deactivate button: its referral links are revoked.
          if (row.values.active === false) await revokeLinksOfDeactivatedPartner(tx, actor, row.partnerId, now);
        }
      }
      const outcome = {
        added: plan.rows.filter((row) => row.kind === "add").length,
        changed: plan.rows.filter((row) => row.kind === "change").length,
        unchanged: plan.rows.filter((row) => row.kind === "same").length,
      };
      await recordAudit({ actor, action: "partner.import", access: "WRITE", details: outcome }, tx);
      return outcome;
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
}

/**
 * The confirmed import: the previewed file, checked all over again, written in one go. When any
 * row is refused nothing is written; a partner already on the map is updated, never doubled.
 */
export const importPartners = defineUseCase({
  name: "partners.importPartners",
  roles: PARTNER_EDIT_ROLES,
  input: partnerImportContentSchema,
  run: async (actor, { content }, { now }) => writePlan(actor, await readTable(Buffer.from(content, "base64")), now),
});
