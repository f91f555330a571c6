// A letter is plain text that the advisor edits freely; its layout is read back from that text by
// a few rules, so the printed page and the .docx look alike however the text was changed.

import type { LetterKind } from "./kinds";

export type LetterBlockKind = "title" | "subject" | "closing" | "text";

/** A paragraph of the letter: lines that belong together (an address, a paragraph of the body). */
export type LetterBlock = { kind: LetterBlockKind; lines: string[] };

/** The title a letter of each kind opens with; the layout recognises them in the edited text. */
export const LETTER_TITLES: Record<LetterKind, string> = {
  OBJECTION: "Bezwaarschrift",
  PRO_FORMA_OBJECTION: "Bezwaarschrift",
  COMPLAINT: "Klachtenbrief",
  PAYMENT_ARRANGEMENT: "Verzoek om een betalingsregeling",
  GARNISHMENT_RECALCULATION: "Verzoek om herberekening van de beslagvrije voet",
  TERM_EXTENSION: "Verzoek om uitstel",
  SPECIAL_ASSISTANCE: "Aanvraag bijzondere bijstand",
};
const TITLES = new Set(Object.values(LETTER_TITLES).map((title) => title.toLowerCase()));
const CLOSINGS = /^(met vriendelijke groet|hoogachtend)/i;

function kindOf(lines: string[]): LetterBlockKind {
  if (/^betreft\s*:/i.test(lines[0])) return "subject";
  if (lines.length === 1 && TITLES.has(lines[0].toLowerCase())) return "title";
  // The signature goes under the closing words: the layout leaves room there.
  if (CLOSINGS.test(lines[0])) return "closing";
  return "text";
}

/** The blocks of a letter text: paragraphs are separated by blank lines. */
export function letterBlocks(text: string): LetterBlock[] {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .split(/\n[ \t]*\n/)
      // Three or more newlines leave an empty line at a block's edge; it is spacing, not content.
      .map((block) =>
        block
          .split("\n")
          .map((line) => line.trimEnd())
          .filter((line) => line !== ""),
      )
      .filter((lines) => lines.length > 0)
      .map((lines) => ({ kind: kindOf(lines), lines }))
  );
}

/** The text of a letter, the inverse of `letterBlocks` for blocks without blank lines. */
export function letterText(blocks: LetterBlock[]): string {
  return blocks.map((block) => block.lines.join("\n")).join("\n\n");
}
