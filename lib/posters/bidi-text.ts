import bidiFactory from "bidi-js";
import type { PosterFont } from "./fonts";

// PDFKit writes glyphs left to right as it is given them, and fontkit shapes one run at a time: it
// joins Arabic letters and reverses a run of Arabic script, but knows nothing of a line that mixes
// directions ("كل يوم الثلاثاء، من الساعة 10:00"). So a paragraph is laid out here: the Unicode
// bidirectional algorithm (bidi-js) gives every character its level, lines are broken between
// words in reading order, and each line is cut into runs of one level and one font, placed left to
// right in the order the eye meets them.

const bidi = bidiFactory();

// Script_Extensions: also the vowel marks (fatḥatān, U+064B, is "Inherited") and the Arabic comma
// and question mark ("Common"), which Noto Sans lacks.
const ARABIC_SCRIPT = /\p{Script_Extensions=Arabic}/u;
/** What fontkit looks at to decide that a run is right to left (and reverses it itself). */
const ARABIC_LETTERS = /\p{Script=Arabic}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Punctuation that Noto Naskh Arabic has: kept in the Arabic font inside Arabic text. */
const ARABIC_FONT_NEUTRALS = new Set([" ", ".", ":", ",", "،", "؛", "؟", "«", "»"]);

export type Direction = "ltr" | "rtl";

/** What measures and draws: a PDFKit document with the poster's fonts registered by name. */
export type TextCanvas = {
  font(name: PosterFont, size?: number): unknown;
  fontSize(size: number): unknown;
  widthOfString(text: string, options?: { features?: [] }): number;
  text(
    text: string,
    x: number,
    y: number,
    options?: { lineBreak?: boolean; features?: []; baseline?: "alphabetic" },
  ): unknown;
};

export type TextStyle = { size: number; bold?: boolean };

/** A piece of a line in one font and one direction, in the order it is drawn. */
type Run = { text: string; font: PosterFont; width: number };
export type Line = { runs: Run[]; width: number };

// An empty feature list makes PDFKit hand fontkit the whole run at once (without it, PDFKit lays out
// word by word, which would put Arabic words in the wrong order); fontkit still applies the
// script's own features (init, medi, fina, rlig, kerning).
const WHOLE_RUN = { features: [] as [] };

function fontOf(char: string, previous: PosterFont | null, bold: boolean): PosterFont {
  const arabic: PosterFont = bold ? "arabicBold" : "arabic";
  const latin: PosterFont = bold ? "latinBold" : "latin";
  if (ARABIC_SCRIPT.test(char)) return arabic;
  if (!LETTER_OR_DIGIT.test(char) && previous === arabic && ARABIC_FONT_NEUTRALS.has(char)) return arabic;
  return latin;
}

function measure(canvas: TextCanvas, text: string, font: PosterFont, size: number): number {
  canvas.font(font, size);
  return canvas.widthOfString(text, WHOLE_RUN);
}

/**
 * The runs of text[start..end] (inclusive) in visual order. A right-to-left run that holds Arabic
 * script goes to fontkit in reading order (fontkit shapes and reverses it); any other right-to-left
 * run (spaces, punctuation) is reversed here, with mirrored characters such as brackets swapped.
 */
function visualRuns(
  canvas: TextCanvas,
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  fonts: PosterFont[],
  start: number,
  end: number,
  size: number,
): Run[] {
  // The indices of the whole text, with only this line's segments reversed: keep the line's part.
  const order = bidi.getReorderedIndices(text, levels, start, end).slice(start, end + 1);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end);
  const groups: number[][] = [];
  for (const index of order) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (
      group &&
      previous !== undefined &&
      levels.levels[previous] === levels.levels[index] &&
      fonts[previous] === fonts[index]
    ) {
      group.push(index);
    } else {
      groups.push([index]);
    }
  }
  return groups.map((indices) => {
    const rightToLeft = levels.levels[indices[0]] % 2 === 1;
    const chars = indices.map((index) => mirrored.get(index) ?? text[index]);
    const logical = rightToLeft ? [...chars].reverse().join("") : chars.join("");
    const runText = rightToLeft && !ARABIC_LETTERS.test(logical) ? chars.join("") : logical;
    const font = fonts[indices[0]];
    return { text: runText, font, width: measure(canvas, runText, font, size) };
  });
}

/**
 * A paragraph broken into lines of at most `width` points (a word longer than a line gets a line
 * of its own), each line as runs in visual order.
 */
export function layoutParagraph(
  canvas: TextCanvas,
  text: string,
  style: TextStyle,
  width: number,
  direction: Direction,
): Line[] {
  if (!text) return [];
  const bold = style.bold ?? false;
  const fonts: PosterFont[] = [];
  for (const char of text) {
    const font = fontOf(char, fonts.at(-1) ?? null, bold);
    // One entry per UTF-16 unit, as bidi-js counts.
    for (let unit = 0; unit < char.length; unit++) fonts.push(font);
  }
  const levels = bidi.getEmbeddingLevels(text, direction);
  const widthOf = (from: number, to: number) => {
    let total = 0;
    let runStart = from;
    for (let index = from + 1; index <= to + 1; index++) {
      if (index > to || fonts[index] !== fonts[runStart]) {
        total += measure(canvas, text.slice(runStart, index), fonts[runStart], style.size);
        runStart = index;
      }
    }
    return total;
  };

  // Break between words: a line is [start, end] of the text, without the spaces at its ends.
  const words = [...text.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length - 1,
  }));
  const ranges: [number, number][] = [];
  let lineStart: number | null = null;
  let lineEnd = 0;
  for (const word of words) {
    if (lineStart === null) {
      lineStart = word.start;
      lineEnd = word.end;
    } else if (widthOf(lineStart, word.end) <= width) {
      lineEnd = word.end;
    } else {
      ranges.push([lineStart, lineEnd]);
      lineStart = word.start;
      lineEnd = word.end;
    }
  }
  if (lineStart !== null) ranges.push([lineStart, lineEnd]);

  return ranges.map(([start, end]) => {
    const runs = visualRuns(canvas, text, levels, fonts, start, end, style.size);
    return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
  });
}

/**
 * Draws a line on the baseline `y`, against the left or the right edge of the box. On the baseline,
 * not from the top: Noto Naskh Arabic rises higher than Noto Sans, and the runs of one line must
 * stand on one baseline.
 */
export function drawLine(
  canvas: TextCanvas,
  line: Line,
  size: number,
  box: { x: number; width: number },
  baseline: number,
  align: "left" | "right",
) {
  let x = align === "left" ? box.x : box.x + box.width - line.width;
  for (const run of line.runs) {
    canvas.font(run.font, size);
    canvas.text(run.text, x, baseline, { lineBreak: false, baseline: "alphabetic", ...WHOLE_RUN });
    x += run.width;
  }
}
