import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";
import { amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { CSV_CONTENT_TYPE, toCsv, toXlsx, XLSX_CONTENT_TYPE, type Column } from "@/lib/reports/export";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { IMPORT_COLUMNS, TYPE_NAMES, YES_NO } from "./import-format";
import { socialMapExportSchema } from "./schema";

const COLUMNS: Column<Record<string, unknown>>[] = IMPORT_COLUMNS.map(({ field, headers }) => ({
  key: field,
  header: headers[0],
  width: field === "handoverNotes" || field === "openingHours" ? 40 : 20,
}));

/**
 * The organisation's whole social map, inactive partners too, in exactly the format the import
 * reads: edited in a spreadsheet and imported again, it changes only what was edited. Legal
 * domains are written as their codes, because some names hold a comma.
 */
export const exportSocialMap = defineUseCase({
  name: "partners.exportSocialMap",
  roles: PARTNER_EDIT_ROLES,
  input: socialMapExportSchema,
  run: async (actor, { format }, { now }) => {
    const partners = await db.partner.findMany({
      where: scopedToOrganisation(actor),
      orderBy: { name: "asc" },
      include: { legalDomains: { select: { legalDomain: { select: { code: true } } } } },
    });
    const rows = partners.map((partner) => ({
      name: partner.name,
      type: TYPE_NAMES[partner.type],
      legalDomains: partner.legalDomains
        .map(({ legalDomain }) => legalDomain.code)
        .sort()
        .join(", "),
      phone: partner.phone ?? "",
      email: partner.email ?? "",
      website: partner.website ?? "",
      address: partner.address ?? "",
      postcode: partner.postcode ?? "",
      openingHours: partner.openingHours ?? "",
      inLibrary: YES_NO[`${partner.inLibrary}`],
      handoverNotes: partner.handoverNotes ?? "",
      active: YES_NO[`${partner.active}`],
    }));
    await recordAudit({ actor, action: "partner.export", access: "READ", details: { format, partners: rows.length } });
    const fileName = `sociale-kaart-${amsterdamDay(now)}.${format}`;
    return ok(
      format === "csv"
        ? { body: toCsv(rows, COLUMNS), fileName, contentType: CSV_CONTENT_TYPE }
        : {
            body: new Uint8Array(await toXlsx([{ name: "Sociale kaart", columns: COLUMNS, rows }])),
            fileName,
            contentType: XLSX_CONTENT_TYPE,
          },
    );
  },
});
