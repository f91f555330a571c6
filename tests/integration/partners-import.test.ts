// Issue 16, item 6: the social map from a CSV or Excel file, previewed, then written all or nothing,
// and exported in the same format. Real files, a real database.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { exportSocialMap } from "@/lib/partners/export-social-map";
import { importPartners, previewPartnerImport } from "@/lib/partners/import-partners";
import type { Result } from "@/lib/result";
import { actorOf, createOrganisation, createUser, seedLegalDomains } from "../support/factories";

const FORBIDDEN = "refusals.auth.forbidden";
const HEADER = [
  "naam",
  "soort",
  "rechtsgebieden",
  "telefoon",
  "e-mail",
  "website",
  "adres",
  "postcode",
  "openingstijden",
  "in de bibliotheek",
  "hoe verwijzen",
];
const KINDS = ["Schuldhulpverlening", "LAWYER", "sociaal wijkteam", "Taalhuis", "Juridisch Loket"];

/** Fifty partners as a coordinator would type them, a few cells with a ; or " in them. */
function fiftyPartners(): string[][] {
  return Array.from({ length: 50 }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return [
      `Partner ${n} Teststad`,
      KINDS[i % KINDS.length],
      i % 3 === 0 ? "schulden, belastingrecht.toeslagen" : i % 3 === 1 ? "Huur en wonen" : "",
      `074-123 45${n}`,
      i % 2 ? `Info${n}@Partner.example` : "",
      i % 4 ? `www.partner${n}.example` : "",
      `Markt ${i + 1}; ingang achter`,
      i % 5 ? `75${n} AB` : "",
      i % 2 ? "Ma-vr 9:00-17:00" : 'Inloop "woensdag" 13:00-15:00',
      i % 7 ? "nee" : "ja",
      i % 6 ? "Bel eerst.\nNeem de brief mee." : "",
    ];
  });
}

function csv(rows: string[][], { separator = ";", bom = true, header = HEADER } = {}) {
  const field = (value: string) =>
    value.includes(separator) || /["\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const text = [header, ...rows].map((row) => row.map(field).join(separator)).join("\r\n");
  return `${bom ? "\uFEFF" : ""}${text}\r\n`;
}

const fileOf = (content: string | Uint8Array<ArrayBuffer>, name = "partners.csv") => new File([content], name);
const base64 = async (file: Blob) => Buffer.from(await file.arrayBuffer()).toString("base64");

async function preview(actor: Actor, file: Blob) {
  return previewPartnerImport(actor, { file });
}

async function importFile(actor: Actor, file: Blob) {
  return importPartners(actor, { content: await base64(file) });
}

async function xlsx(rows: string[][], header = HEADER): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Partners");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Everything an import could touch in one library. */
async function snapshot(organisationId: string) {
  return {
    partners: await db.partner.findMany({
      where: { organisationId },
      orderBy: { id: "asc" },
      include: { legalDomains: { orderBy: { legalDomainId: "asc" } } },
    }),
    audit: await db.auditEvent.count({ where: { organisationId } }),
  };
}

async function newLibrary() {
  const { organisation } = await createOrganisation();
  return {
    organisationId: organisation.id,
    coordinator: actorOf(await createUser(organisation.id, "COORDINATOR")),
    host: actorOf(await createUser(organisation.id, "HOST")),
  };
}

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.value;
};

let domains: Map<string, string>;
beforeAll(async () => {
  domains = await seedLegalDomains();
});

describe("the acceptance list of issue 16", () => {
  let library: Awaited<ReturnType<typeof newLibrary>>;
  const good = fiftyPartners();
  const withBadRows = good.map((row) => [...row]);
  // Line numbers as the coordinator sees them: the header is line 1, so row i is on line i + 2.
  withBadRows[6][3] = "bellen";
  withBadRows[19][1] = "Bakker";
  withBadRows[40][7] = "12345";

  beforeAll(async () => {
    library = await newLibrary();
  });

  it("writes nothing from 50 rows with 3 bad ones, and names the 3 lines and why", async () => {
    const before = await snapshot(library.organisationId);
    const refusal = {
      ok: false,
      error: { key: "refusals.partnerImport.badLines", values: { count: 3 } },
      fieldErrors: {
        "8|telefoon": ["refusals.partners.phoneCharacters"],
        "21|soort": [{ key: "refusals.partnerImport.unknownType", values: { value: "Bakker" } }],
        "42|postcode": ["refusals.partners.postcodeInvalid"],
      },
    };
    expect(await preview(library.coordinator, fileOf(csv(withBadRows)))).toEqual(refusal);
    expect(await importFile(library.coordinator, fileOf(csv(withBadRows)))).toEqual(refusal);
    expect(await snapshot(library.organisationId)).toEqual(before);
  });

  it("previews and then adds all 50 of the corrected file", async () => {
    const file = fileOf(csv(good));
    const shown = valueOf(await preview(library.coordinator, file));
    expect(shown).toMatchObject({ fileName: "partners.csv", changed: [], unchanged: 0, content: await base64(file) });
    expect(shown.added).toHaveLength(50);
    expect(shown.added[0]).toEqual({ line: 2, name: "Partner 01 Teststad" });
    expect(await db.partner.count({ where: { organisationId: library.organisationId } })).toBe(0);

    expect(await importPartners(library.coordinator, { content: shown.content })).toEqual({
      ok: true,
      value: { added: 50, changed: 0, unchanged: 0 },
    });
    expect(await db.partner.count({ where: { organisationId: library.organisationId } })).toBe(50);
    const first = await db.partner.findFirstOrThrow({
      where: { organisationId: library.organisationId, name: "Partner 01 Teststad" },
      include: { legalDomains: true },
    });
    expect(first).toMatchObject({
      type: "DEBT_HELP",
      phone: "074-123 4501",
      email: null,
      website: null,
      address: "Markt 1; ingang achter",
      postcode: null,
      openingHours: 'Inloop "woensdag" 13:00-15:00',
      inLibrary: true,
      handoverNotes: null,
      active: true,
    });
    expect(first.legalDomains.map((link) => link.legalDomainId).sort()).toEqual(
      [domains.get("schulden"), domains.get("belastingrecht.toeslagen")].sort(),
    );
    expect(
      await db.partner.findFirstOrThrow({
        where: { organisationId: library.organisationId, name: "Partner 02 Teststad" },
      }),
    ).toMatchObject({
      type: "LAWYER",
      email: "info02@partner.example",
      website: "https://www.partner02.example",
      postcode: "7502 AB",
      handoverNotes: "Bel eerst.\nNeem de brief mee.",
    });
    expect(
      await db.auditEvent.count({ where: { organisationId: library.organisationId, action: "partner.create" } }),
    ).toBe(50);
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { organisationId: library.organisationId, action: "partner.import" },
      }),
    ).toMatchObject({ actorId: library.coordinator.userId, details: { added: 50, changed: 0, unchanged: 0 } });
  });

  it("changes nothing when the same file comes again", async () => {
    const before = await snapshot(library.organisationId);
    expect(valueOf(await preview(library.coordinator, fileOf(csv(good))))).toMatchObject({
      added: [],
      changed: [],
      unchanged: 50,
    });
    expect(await importFile(library.coordinator, fileOf(csv(good)))).toEqual({
      ok: true,
      value: { added: 0, changed: 0, unchanged: 50 },
    });
    const after = await snapshot(library.organisationId);
    expect(after.partners).toEqual(before.partners);
  });

  it("updates a changed row instead of adding the partner again", async () => {
    const edited = good.map((row) => [...row]);
    edited[4][3] = "074-999 0000";
    edited[4][2] = "arbeidsrecht";
    const shown = valueOf(await preview(library.coordinator, fileOf(csv(edited))));
    expect(shown).toMatchObject({
      added: [],
      changed: [{ line: 6, name: "Partner 05 Teststad", columns: ["legalDomains", "phone"] }],
      unchanged: 49,
    });
    expect(await importFile(library.coordinator, fileOf(csv(edited)))).toEqual({
      ok: true,
      value: { added: 0, changed: 1, unchanged: 49 },
    });
    expect(await db.partner.count({ where: { organisationId: library.organisationId } })).toBe(50);
    const partner = await db.partner.findFirstOrThrow({
      where: { organisationId: library.organisationId, name: "Partner 05 Teststad" },
      include: { legalDomains: true },
    });
    expect(partner.phone).toBe("074-999 0000");
    expect(partner.legalDomains.map((link) => link.legalDomainId)).toEqual([domains.get("arbeidsrecht")]);
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { entityId: partner.id, action: "partner.update" } }),
    ).toMatchObject({ details: { phone: "074-999 0000", importLine: 6 } });
  });

  it("exports the map in the format it reads: importing the export, as CSV or as Excel, changes nothing", async () => {
    const before = await snapshot(library.organisationId);
    for (const format of ["csv", "xlsx"] as const) {
      const file = valueOf(await exportSocialMap(library.coordinator, { format }));
      expect(file.fileName).toMatch(new RegExp(`^sociale-kaart-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      if (format === "csv") {
        expect(typeof file.body === "string" && file.body.split("\r\n")[0]).toBe(
          "\uFEFFnaam;soort;rechtsgebieden;telefoon;e-mail;website;adres;postcode;openingstijden;in de bibliotheek;hoe verwijzen;actief",
        );
      }
      expect(valueOf(await preview(library.coordinator, fileOf(file.body, file.fileName)))).toMatchObject({
        added: [],
        changed: [],
        unchanged: 50,
      });
      expect(await importFile(library.coordinator, fileOf(file.body))).toEqual({
        ok: true,
        value: { added: 0, changed: 0, unchanged: 50 },
      });
    }
    expect((await snapshot(library.organisationId)).partners).toEqual(before.partners);
  });

  it("exports inactive partners too, and reads them back as inactive", async () => {
    const partner = await db.partner.update({
      where: { organisationId_name: { organisationId: library.organisationId, name: "Partner 10 Teststad" } },
      data: { active: false },
    });
    const file = valueOf(await exportSocialMap(library.coordinator, { format: "csv" }));
    expect(String(file.body)).toMatch(/\r\nPartner 10 Teststad;[^\r]*;nee\r\n/);
    expect(valueOf(await preview(library.coordinator, fileOf(file.body)))).toMatchObject({ unchanged: 50 });
    await db.partner.update({ where: { id: partner.id }, data: { active: true } });
  });
});

describe("files as they come", () => {
  it("reads a comma-separated file without a byte-order mark, with English headers", async () => {
    const { coordinator, organisationId } = await newLibrary();
    const header = ["Name", "Kind", "Legal domains", "Phone", "Email", "Postcode", "In the library", "How to refer"];
    const rows = [
      ["Schuldhulp Teststad", "Debt help", "Debts", "+31 74 123 4567", "hulp@schuld.example", "7551ab", "yes", ""],
      ["Wijkteam, Noord", "NEIGHBOURHOOD_TEAM", "", "", "", "", "no", "Call, then e-mail"],
    ];
    expect(await importFile(coordinator, fileOf(csv(rows, { separator: ",", bom: false, header })))).toEqual({
      ok: true,
      value: { added: 2, changed: 0, unchanged: 0 },
    });
    const partners = await db.partner.findMany({ where: { organisationId }, orderBy: { name: "asc" } });
    expect(
      partners.map(({ name, type, phone, postcode, inLibrary, handoverNotes }) => ({
        name,
        type,
        phone,
        postcode,
        inLibrary,
        handoverNotes,
      })),
    ).toEqual([
      {
        name: "Schuldhulp Teststad",
        type: "DEBT_HELP",
        phone: "+31 74 123 4567",
        postcode: "7551 AB",
        inLibrary: true,
        handoverNotes: null,
      },
      {
        name: "Wijkteam, Noord",
        type: "NEIGHBOURHOOD_TEAM",
        phone: null,
        postcode: null,
        inLibrary: false,
        handoverNotes: "Call, then e-mail",
      },
    ]);
  });

  it("reads what Dutch Excel saves as CSV: semicolons and Windows-1252", async () => {
    const { coordinator, organisationId } = await newLibrary();
    const text = "naam;soort;adres\r\nCliëntenraad Minima & Wmo;Cliëntenraad;Café ’t Hoekje\r\n";
    const bytes = Uint8Array.from([...text].map((char) => (char === "’" ? 0x92 : char.charCodeAt(0))));
    expect(await importFile(coordinator, fileOf(bytes))).toMatchObject({ ok: true, value: { added: 1 } });
    expect(await db.partner.findFirstOrThrow({ where: { organisationId } })).toMatchObject({
      name: "Cliëntenraad Minima & Wmo",
      type: "CLIENT_COUNCIL",
      address: "Café ’t Hoekje",
    });
  });

  it("reads an Excel workbook, and names its bad rows by their row number", async () => {
    const { coordinator, organisationId } = await newLibrary();
    const rows = fiftyPartners().slice(0, 3);
    expect(await importFile(coordinator, fileOf(await xlsx(rows), "partners.xlsx"))).toEqual({
      ok: true,
      value: { added: 3, changed: 0, unchanged: 0 },
    });
    expect(await db.partner.count({ where: { organisationId } })).toBe(3);

    rows[2][4] = "geen-adres";
    expect(await preview(coordinator, fileOf(await xlsx(rows), "partners.xlsx"))).toMatchObject({
      ok: false,
      fieldErrors: { "4|e-mail": ["refusals.partners.emailInvalid"] },
    });
  });

  it("refuses a file it cannot read as a whole, saying why", async () => {
    const { coordinator } = await newLibrary();
    const cases: [string | Uint8Array<ArrayBuffer>, unknown][] = [
      [
        "naam;soort;fax\r\nA;Taalhuis;1\r\n",
        { key: "refusals.partnerImport.unknownColumn", values: { column: "fax" } },
      ],
      ["naam;telefoon\r\nA;074-1234567\r\n", "refusals.partnerImport.nameAndTypeColumns"],
      ["naam;soort\r\n", "refusals.partnerImport.noRows"],
      ["\r\n\r\n", "refusals.partnerImport.empty"],
      ['naam;soort\r\n"A;Taalhuis\r\n', { key: "refusals.partnerImport.unreadableLine", values: { line: 3 } }],
      [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "refusals.partnerImport.unreadable"],
    ];
    for (const [content, error] of cases) {
      expect(await preview(coordinator, fileOf(content))).toEqual({ ok: false, error, fieldErrors: { file: [error] } });
    }
    expect(await preview(coordinator, new File([], ""))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["refusals.partnerImport.fileMissing"] },
    });
    expect(await importPartners(coordinator, { content: "geen base64!" })).toMatchObject({
      ok: false,
      fieldErrors: { content: ["refusals.partnerImport.contentInvalid"] },
    });
  });

  it("refuses the same partner twice in one file, and a row beside the table", async () => {
    const { coordinator } = await newLibrary();
    const text =
      "naam;soort\r\nTaalhuis Teststad;Taalhuis\r\nTAALHUIS teststad;Taalhuis\r\nDigisterker;Digisterker;extra\r\n";
    expect(await preview(coordinator, fileOf(text))).toEqual({
      ok: false,
      error: { key: "refusals.partnerImport.badLines", values: { count: 2 } },
      fieldErrors: {
        "3|naam": [{ key: "refusals.partnerImport.nameTwice", values: { name: "TAALHUIS teststad", line: 2 } }],
        "4|": ["refusals.partnerImport.outsideColumns"],
      },
    });
  });
});

describe("matching on name and postcode", () => {
  it("updates a partner of the same name; one without a postcode takes the file's; a different postcode is refused", async () => {
    const { coordinator, organisationId } = await newLibrary();
    await db.partner.createMany({
      data: [
        {
          organisationId,
          name: "Juridisch Loket",
          type: "JURIDISCH_LOKET",
          postcode: "7551 AB",
          handoverNotes: "Bel 0900",
        },
        { organisationId, name: "Wijkteam Noord", type: "NEIGHBOURHOOD_TEAM" },
      ],
    });
    const before = await snapshot(organisationId);
    expect(
      await preview(coordinator, fileOf("naam;soort;postcode\r\nJuridisch loket;Juridisch Loket;7552 CD\r\n")),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        "2|postcode": [
          { key: "refusals.partnerImport.otherPostcode", values: { name: "Juridisch Loket", postcode: "7551 AB" } },
        ],
      },
    });
    expect(await snapshot(organisationId)).toEqual(before);

    // Only the columns in the file change: the notes stay, the postcode of the wijkteam is filled in.
    const file =
      "naam;soort;postcode;telefoon\r\nJuridisch Loket;Juridisch Loket;7551ab;0900-8020\r\nWijkteam Noord;Sociaal wijkteam;7552 CD;\r\n";
    expect(valueOf(await preview(coordinator, fileOf(file)))).toMatchObject({
      added: [],
      changed: [
        { line: 2, name: "Juridisch Loket", columns: ["phone"] },
        { line: 3, name: "Wijkteam Noord", columns: ["postcode"] },
      ],
    });
    expect(await importFile(coordinator, fileOf(file))).toEqual({
      ok: true,
      value: { added: 0, changed: 2, unchanged: 0 },
    });
    const partners = await db.partner.findMany({ where: { organisationId }, orderBy: { name: "asc" } });
    expect(
      partners.map(({ name, postcode, phone, handoverNotes }) => ({ name, postcode, phone, handoverNotes })),
    ).toEqual([
      { name: "Juridisch Loket", postcode: "7551 AB", phone: "0900-8020", handoverNotes: "Bel 0900" },
      { name: "Wijkteam Noord", postcode: "7552 CD", phone: null, handoverNotes: null },
    ]);
  });
});

describe("who may import and export", () => {
  it("refuses a host everything, and writes nothing", async () => {
    const { host, organisationId } = await newLibrary();
    const before = await snapshot(organisationId);
    const file = fileOf(csv(fiftyPartners()));
    expect(await preview(host, file)).toEqual({ ok: false, error: FORBIDDEN });
    expect(await importFile(host, file)).toEqual({ ok: false, error: FORBIDDEN });
    expect(await exportSocialMap(host, { format: "csv" })).toEqual({ ok: false, error: FORBIDDEN });
    expect(await snapshot(organisationId)).toEqual(before);
  });

  it("keeps another library's coordinator to their own map: the same names become their own partners", async () => {
    const a = await newLibrary();
    const b = await newLibrary();
    const file = fileOf(csv(fiftyPartners()));
    valueOf(await importFile(a.coordinator, file));
    const before = await snapshot(a.organisationId);

    expect(valueOf(await preview(b.coordinator, file))).toMatchObject({ changed: [], unchanged: 0 });
    expect(await importFile(b.coordinator, file)).toEqual({ ok: true, value: { added: 50, changed: 0, unchanged: 0 } });
    const edited = fiftyPartners().map((row) => [...row.slice(0, 3), "074-000 0000", ...row.slice(4)]);
    expect(await importFile(b.coordinator, fileOf(csv(edited)))).toMatchObject({ ok: true, value: { changed: 50 } });
    expect(await snapshot(a.organisationId)).toEqual(before);

    const exported = valueOf(await exportSocialMap(b.coordinator, { format: "csv" }));
    expect(String(exported.body)).toContain("074-000 0000");
    expect(String(exported.body)).not.toContain("074-123 4501");
  });
});
