import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The B1 check of what a client reads: every Dutch text of the public pages, the booking pages and
// the mails to clients (messages/nl/public.json). A machine cannot judge B1, but it can hold the
// measurable part of it: short sentences, short words (Flesch-Douma, the Dutch Flesch reading
// ease), the client addressed as "je", and none of the official words a B1 writer replaces. The
// other client languages keep the Dutch texts' sentences; a native speaker checks them
// (docs/languages-and-print.md).

const texts = JSON.parse(readFileSync(path.join("messages", "nl", "public.json"), "utf8")).public as Record<
  string,
  unknown
>;

/** Every text under a key, with its key, placeholders and tags taken out. */
function textsOf(value: unknown, key: string): { key: string; text: string }[] {
  if (typeof value === "string") return [{ key, text: value.replace(/<[^>]+>/g, "").replace(/\{[^}]*\}/g, "X") }];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([name, inner]) => textsOf(inner, `${key}.${name}`));
  return [];
}

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?:])\s+/)
    .map((sentence) => sentence.match(/[\p{L}\p{N}’'-]+/gu) ?? [])
    .filter((words) => words.length > 0);

/** Syllables as Dutch spells them: a run of vowels that is one sound (aa, ie, ij, ui …) counts once. */
const syllablesOf = (word: string) =>
  Math.max(1, word.toLowerCase().match(/aa|ee|ie|oe|ou|ui|ei|ij|eu|au|oo|uu|[aeiouyáéíóúëïöü]/g)?.length ?? 0);

/** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence; 60 and up reads easily. */
function fleschDouma(sentences: string[][]): number {
  const words = sentences.flat();
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  return 206.84 - 0.77 * ((syllables / words.length) * 100) - 0.93 * (words.length / sentences.length);
}

/** Words a B1 text says otherwise: "indien" is "als", "middels" is "met", "u" is "je" on these pages. */
const OFFICIAL_WORDS = [
  "indien",
  "middels",
  "teneinde",
  "alsmede",
  "derhalve",
  "dienen",
  "reeds",
  "tevens",
  "betreffende",
  "conform",
  "ingevolge",
  "woonachtig",
  "verstrekken",
  "overleggen",
  "retourneren",
  "u",
  "uw",
];

const all = textsOf(texts, "public");
const sentencesOfSection = (section: string) =>
  textsOf(texts[section], section).flatMap(({ text }) => sentencesOf(text));
/** A score says little of a few words (a heading, a title): the sections of 20 words and more. */
const SCORED_SECTIONS = Object.keys(texts).filter((section) => sentencesOfSection(section).flat().length >= 20);

describe("the Dutch texts clients read are plain (B1)", () => {
  it("keep every sentence to at most 18 words", () => {
    const long = all.flatMap(({ key, text }) =>
      sentencesOf(text)
        .filter((words) => words.length > 18)
        .map((words) => `${key}: ${words.join(" ")}`),
    );
    expect(long).toEqual([]);
  });

  it.each(SCORED_SECTIONS)("read easily: %s scores 65 or more on Flesch-Douma", (section) => {
    expect(Math.round(fleschDouma(sentencesOfSection(section)))).toBeGreaterThanOrEqual(65);
  });

  it("say it without official words, and call the client 'je'", () => {
    const found = all.flatMap(({ key, text }) =>
      sentencesOf(text)
        .flat()
        .filter((word) => OFFICIAL_WORDS.includes(word.toLowerCase()))
        .map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it("tells an official text from a plain one", () => {
    const official = sentencesOf(
      "Indien u verhinderd bent, dient u de afspraak middels de gepersonaliseerde hyperlink tijdig te annuleren, teneinde de beschikbaarheidsplanning van de consultatievoorziening niet onnodig te belasten.",
    );
    expect(official[0].length).toBeGreaterThan(18);
    expect(fleschDouma(official)).toBeLessThan(65);
    expect(
      fleschDouma(sentencesOf("Kun je niet komen? Zeg de afspraak dan af. Dan kan iemand anders komen.")),
    ).toBeGreaterThan(65);
  });
});
