import { Document, Header, Packer, Paragraph, TextRun } from "docx";
import { type LetterBlock, letterBlocks } from "./blocks";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// Word measures in twentieths of a point (twips): 1 cm = 567 twips.
const A4 = { width: 11906, height: 16838 };
const MARGIN_TOP_BOTTOM = 1418; // 2.5 cm
const MARGIN_SIDES = 1276; // 2.25 cm
const ONE_LINE = 240;
/** About 2.5 cm under the closing words: room for a handwritten signature. */
const SIGNATURE_SPACE = 1418;

function paragraph(block: LetterBlock): Paragraph {
  const bold = block.kind === "title" || block.kind === "subject";
  return new Paragraph({
    spacing: { after: block.kind === "closing" ? SIGNATURE_SPACE : ONE_LINE },
    // An address is one block of lines: line breaks inside one paragraph keep it together.
    children: block.lines.map(
      (line, index) =>
        new TextRun({
          text: line,
          bold: bold || undefined,
          size: block.kind === "title" ? 28 : undefined,
          break: index > 0 ? 1 : undefined,
        }),
    ),
  });
}

/** On every page of a letter that is not approved yet: nobody sends it by mistake. */
const DRAFT_MARK = "CONCEPT – nog niet goedgekeurd, niet versturen";

/**
 * The letter as a Word document, laid out from its text by the rules of `letterBlocks`: A4, the
 * sender and addressee blocks, the Betreft line in bold, and room to sign under the closing words.
 * A draft (a volunteer's letter before review) says so in the header of every page.
 */
export async function renderLetterDocx(
  text: string,
  title: string,
  options: { draft?: boolean } = {},
): Promise<Buffer> {
  const document = new Document({
    creator: "Spreekuur",
    title,
    styles: { default: { document: { run: { font: "Arial", size: 22, language: { value: "nl-NL" } } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN_TOP_BOTTOM, bottom: MARGIN_TOP_BOTTOM, left: MARGIN_SIDES, right: MARGIN_SIDES },
          },
        },
        ...(options.draft
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({ children: [new TextRun({ text: DRAFT_MARK, bold: true, color: "B91C1C" })] }),
                  ],
                }),
              },
            }
          : {}),
        children: letterBlocks(text).map(paragraph),
      },
    ],
  });
  return Packer.toBuffer(document);
}
