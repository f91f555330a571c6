// A signal goes to the municipality: it must name a problem, never a person. Its words are
// checked against the clients of its dossiers (name, phone, e-mail) and for anything shaped like
// a citizen service number (BSN) or a bank account (IBAN), whoever's it is.

export type PersonalDataKind = "name" | "phone" | "email" | "bsn" | "iban";

export type LinkedClient = { displayName: string; phone: string | null; email: string | null };

/** Name particles: "van" or "de" in a description names nobody. */
const NAME_PARTICLES = new Set([
  "van",
  "de",
  "der",
  "den",
  "het",
  "ter",
  "ten",
  "te",
  "la",
  "le",
  "el",
  "al",
  "bin",
  "op",
]);

/**
 * Surnames that are everyday words as well ("meer dan twee weken"): written in lower case they
 * are the word, with a capital they may be the client.
 */
const EVERYDAY_WORDS = new Set([
  "meer",
  "klein",
  "groot",
  "post",
  "jong",
  "bos",
  "berg",
  "boer",
  "brink",
  "kok",
  "wit",
  "zwart",
  "molen",
  "kamp",
  "vos",
  "haan",
  "mol",
  "brug",
  "dijk",
  "beek",
  "hoek",
  "laan",
  "wal",
  "graaf",
  "koning",
  "bakker",
  "visser",
  "smit",
  "schouten",
  "mulder",
]);

function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl");
}

/** Words as written: hyphens and apostrophes split them too, so "Jansen-Bakker" holds "Jansen". */
function writtenWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The eleven-test of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not 0). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
  return sum !== 0 && sum % 11 === 0;
}

/** ISO 13616: the account with its first four characters moved to the end, letters as 10–35, mod 97 is 1. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of moved) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Runs of digits with the separators people type inside a phone number taken out. */
function digitRuns(text: string): string[] {
  return (text.match(/\d[\d .\-/()]*\d|\d/g) ?? []).map((run) => run.replace(/\D/g, ""));
}

/** Nine digits as a BSN is written: in one, or in groups of 3-3-3 or 4-2-3; not inside a longer number or a date. */
const BSN_SHAPE = /(?<![\d.\-/])(\d{9}|\d{3}([ .-])\d{3}\2\d{3}|\d{4}([ .-])\d{2}\3\d{3})(?![\d/]|[.-]\d)/g;

function holdsBsn(text: string): boolean {
  return [...text.matchAll(BSN_SHAPE)].some(([match]) => passesElevenTest(match.replace(/\D/g, "")));
}

/** The length of an IBAN per country, for the countries clients' accounts are mostly in. */
const IBAN_LENGTHS: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  PL: 28,
  TR: 26,
  LU: 20,
  AT: 20,
  PT: 25,
};

/** An account as people write it: one word, or groups of four with single spaces. */
const IBAN_SHAPE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;

function holdsIban(text: string): boolean {
  return (text.toUpperCase().match(IBAN_SHAPE) ?? []).some((match) => {
    const compact = match.replace(/\s+/g, "");
    // The match may run on into the next word ("… 7034 NAAR"): a known country's length cuts it.
    const length = IBAN_LENGTHS[compact.slice(0, 2)];
    return length ? compact.length >= length && isValidIban(compact.slice(0, length)) : isValidIban(compact);
  });
}

/** The last nine digits: "06-12345678", "+31 6 12345678" and "0612345678" are one number. */
function phoneTail(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 6 ? digits.slice(-9) : null;
}

/** "Jansen", "jansen" and "Jansens" (the possessive) are the name; "meer" in lower case is a word. */
function namesAClient(textWords: readonly string[], client: LinkedClient): boolean {
  const nameWords = writtenWords(client.displayName)
    .map(plain)
    .filter((word) => word.length >= 2 && !NAME_PARTICLES.has(word));
  return textWords.some((written) => {
    const word = plain(written);
    const capital = written[0] !== written[0]!.toLocaleLowerCase("nl");
    return nameWords.some((name) => {
      if (word !== name && word !== `${name}s`) return false;
      // Short names (Li, Wu) and everyday words count only when written with a capital.
      return capital || (name.length >= 3 && !EVERYDAY_WORDS.has(name));
    });
  });
}

/**
 * What personal data the text holds, by kind (empty when none). A client's name counts when a
 * part of it appears as a word, as the rules of namesAClient say.
 */
export function personalDataIn(text: string, clients: readonly LinkedClient[]): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  const textWords = writtenWords(text);
  const digits = digitRuns(text);
  const lower = plain(text);
  for (const client of clients) {
    if (namesAClient(textWords, client)) found.add("name");
    const tail = client.phone ? phoneTail(client.phone) : null;
    if (tail && digits.some((run) => run.includes(tail))) found.add("phone");
    if (client.email && lower.includes(plain(client.email.trim()))) found.add("email");
  }
  if (holdsBsn(text)) found.add("bsn");
  if (holdsIban(text)) found.add("iban");
  return [...found];
}
