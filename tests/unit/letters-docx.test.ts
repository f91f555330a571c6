import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { composeLetterText } from "@/lib/letters/compose";
import { renderLetterDocx } from "@/lib/letters/docx";
import { letterSchema } from "@/lib/letters/schema";

const text = composeLetterText(
  letterSchema.parse({
    kind: "OBJECTION",
    caseId: "case-1",
    clientName: "M. Yilmaz",
    clientStreet: "Enschedesestraat 12",
    clientPostcodeTown: "7551 AB Hengelo",
    place: "Hengelo",
    letterDate: "2026-12-01",
    authorityName: "Belastingdienst/Toeslagen",
    authorityStreet: "Postbus 8000",
    authorityPostcodeTown: "7500 AB Enschede",
    decisionDate: "2026-11-03",
    decisionReference: "ZT-2025-00123",
    subject: "Terugvordering zorgtoeslag 2025",
    grounds: "Mijn inkomen was lager dan € 30.000 & dat kan ik <aantonen>.",
    attachments: ["Kopie van het besluit"],
  }),
);

async function unzipDocx(bytes: Buffer) {
  const files = unzipSync(new Uint8Array(bytes));
  return { names: Object.keys(files), xml: (name: string) => strFromU8(files[name]) };
}

/** The paragraphs of word/document.xml as text, each with whether its runs are bold. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body]) => ({
    text: [...body.matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map(([tag, content]) => (tag === "<w:br/>" ? "\n" : content))
      .join(""),
    bold: /<w:b\/>/.test(body),
    spacingAfter: Number(/<w:spacing w:after="(\d+)"\/>/.exec(body)?.[1]),
  }));
}

describe("the letter as a .docx", () => {
  it("is a zip package Word opens: content types, the document and its relationships", async () => {
    const bytes = await renderLetterDocx(text, "Bezwaarschrift");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const docx = await unzipDocx(bytes);
    expect(docx.names).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]),
    );
    expect(docx.xml("[Content_Types].xml")).toMatch(
      /<Override (?=[^>]*PartName="\/word\/document\.xml")(?=[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml")/,
    );
    expect(docx.xml("_rels/.rels")).toContain('Target="word/document.xml"');
    expect(docx.xml("docProps/core.xml")).toContain("<dc:title>Bezwaarschrift</dc:title>");
  });

  it("holds the letter: the Betreft line in bold, the grounds escaped, room to sign, the lines of an address together", async () => {
    const docx = await unzipDocx(await renderLetterDocx(text, "Bezwaarschrift"));
    const xml = docx.xml("word/document.xml");
    expect(xml).toContain("Mijn inkomen was lager dan € 30.000 &amp; dat kan ik &lt;aantonen&gt;.");
    const found = paragraphs(xml);
    expect(found.map((paragraph) => paragraph.text)).toEqual(
      text.split("\n\n").map((block) => block.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")),
    );
    expect(found.find((paragraph) => paragraph.text.startsWith("Betreft:"))).toEqual({
      text: "Betreft: bezwaar tegen uw besluit van 3 november 2026, kenmerk ZT-2025-00123",
      bold: true,
      spacingAfter: 240,
    });
    expect(found.find((paragraph) => paragraph.text === "Bezwaarschrift")?.bold).toBe(true);
    expect(found.find((paragraph) => paragraph.text.startsWith("Mijn inkomen"))?.bold).toBe(false);
    expect(
      found.find((paragraph) => paragraph.text === "Met vriendelijke groet,")?.spacingAfter,
    ).toBeGreaterThanOrEqual(1000);
    expect(found[0].text).toBe("M. Yilmaz\nEnschedesestraat 12\n7551 AB Hengelo");
  });

  it("is A4 with margins, in Dutch", async () => {
    const docx = await unzipDocx(await renderLetterDocx(text, "Bezwaarschrift"));
    expect(docx.xml("word/document.xml")).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docx.xml("word/document.xml")).toMatch(/<w:pgMar w:top="1418" w:right="1276" w:bottom="1418" w:left="1276"/);
    expect(docx.xml("word/styles.xml")).toContain('<w:lang w:val="nl-NL"/>');
  });
});
