// A programme's download: the national format of each partnership that gave it access, stacked.
// It merges with the partnerships' own national files as they are (the same columns and codes).
// The sums the page shows are on a sheet of their own in the workbook, "samen", so that stacking
// the data never counts anything twice; the CSV holds the partnerships' rows only.
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { PROGRAMME_ROLES } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { ok, type Result } from "@/lib/result";
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "@/lib/reports/export";
import type { ExportFile, ExportFormat } from "@/lib/reports/monitoring-export";
import { NATIONAL_FORMAT_VERSION, nationalCsv, type NationalRow, nationalXlsx } from "@/lib/reports/national-export";
import { quarterLines } from "./figures";
import { partnershipsOfProgramme } from "./grants";
import { parseQuarter, quarterId, quarterPeriod } from "./quarters";

/** The programme's figures of a finished quarter as a file, recorded in the audit trail because it leaves Spreekuur. */
export async function exportProgrammeFigures(
  actor: Actor | null,
  input: { quarter?: unknown; format: ExportFormat },
  now = clock.now(),
): Promise<Result<ExportFile>> {
  const reader = requireRole(actor, PROGRAMME_ROLES);
  const quarter = parseQuarter(input.quarter, now);
  if (!quarter.ok) return quarter;
  const partnerships = await partnershipsOfProgramme(reader.organisationId);
  const { lines } = await quarterLines(partnerships, quarter.value, now);
  const period = quarterPeriod(quarter.value);
  const row = (
    organisation: { organisatie: string; organisatie_naam: string; gemeente: string },
    line: (typeof lines)[number],
    waarde: NationalRow["waarde"],
  ): NationalRow => ({
    ...organisation,
    periode_van: period.from,
    periode_tot_en_met: period.to,
    onderdeel: line.onderdeel,
    code: line.code,
    juridisch_loket_categorie: line.juridisch_loket_categorie,
    omschrijving: line.omschrijving,
    waarde,
    eenheid: line.eenheid,
    formaat: NATIONAL_FORMAT_VERSION,
  });
  const rows = partnerships.flatMap((partnership, index) =>
    lines.map((line) =>
      row(
        { organisatie: partnership.slug, organisatie_naam: partnership.name, gemeente: partnership.municipality },
        line,
        line.values[index],
      ),
    ),
  );
  const together = {
    organisatie: "samen",
    organisatie_naam: `Samen (${partnerships.length} ${partnerships.length === 1 ? "bibliotheek" : "bibliotheken"})`,
    gemeente: "",
  };
  const sums = partnerships.length > 0 ? lines.map((line) => row(together, line, line.sum)) : [];
  const body = input.format === "csv" ? nationalCsv(rows) : await nationalXlsx(rows, sums);
  // In the programme's own log, and in the log of each partnership whose figures left Spreekuur.
  const details = { format: input.format, quarter: quarterId(quarter.value), programmeId: reader.organisationId };
  await db.$transaction(async (tx) => {
    await recordAudit({ actor: reader, action: "report.programme_export", access: "READ", details }, tx);
    for (const partnership of partnerships)
      await recordAudit(
        {
          actor: { ...reader, organisationId: partnership.id },
          action: "report.programme_export",
          access: "READ",
          entityType: "Organisation",
          entityId: reader.organisationId,
          details,
        },
        tx,
      );
  });
  return ok({
    body,
    fileName: `programma-${quarterId(quarter.value)}.${input.format}`,
    contentType: input.format === "csv" ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
  });
}
