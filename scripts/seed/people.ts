// Made-up client names: common first names and surnames combined at random, so nobody real is
// meant. Some clients only give their initials, as the report's clients often do.
import type { Random } from "./random";

const NAMES: Record<string, { first: string[]; last: string[] }> = {
  nl: {
    first: [
      "Anja",
      "Bert",
      "Carla",
      "Dirk",
      "Els",
      "Frank",
      "Gerda",
      "Hans",
      "Ilse",
      "Jan",
      "Karin",
      "Kees",
      "Linda",
      "Martin",
      "Nicole",
      "Peter",
      "Ria",
      "Sandra",
      "Theo",
      "Wilma",
      "Yvonne",
      "Gerrit",
      "Tineke",
      "Ruud",
      "Marja",
      "Sjaak",
      "Hennie",
      "Jolanda",
    ],
    last: [
      "de Boer",
      "Jansen",
      "Smit",
      "Meijer",
      "Mulder",
      "de Groot",
      "Bos",
      "Vos",
      "Peters",
      "Hendriks",
      "Dekker",
      "Brouwer",
      "van Dam",
      "Kok",
      "Jacobs",
      "Vermeulen",
      "Schouten",
      "Postma",
      "Kuipers",
      "Wolters",
      "Hoekstra",
      "Nijland",
      "Kamps",
      "Wijnen",
    ],
  },
  en: { first: ["Grace", "Daniel", "Chloe", "Samuel"], last: ["Okafor", "Miller", "Reid", "Mensah"] },
  ar: {
    first: ["Fatima", "Omar", "Amina", "Yusuf", "Rania", "Khaled"],
    last: ["Haddad", "Alhassan", "Nasser", "Yousef"],
  },
  tr: { first: ["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep"], last: ["Yılmaz", "Kaya", "Demir", "Çelik"] },
  pl: { first: ["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], last: ["Nowak", "Kowalska", "Wiśniewski", "Zielińska"] },
  uk: { first: ["Olena", "Andrii", "Iryna", "Oksana"], last: ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk"] },
};

export const LANGUAGE_WEIGHTS = { nl: 80, en: 4, ar: 5, tr: 5, pl: 3, uk: 3 } as const;
export type Language = keyof typeof LANGUAGE_WEIGHTS;

export function clientName(random: Random, language: Language): string {
  const { first, last } = NAMES[language];
  const firstName = random.pick(first);
  const lastName = random.pick(last);
  if (random.chance(0.35)) {
    const surnameInitial = lastName.split(" ").pop()!.charAt(0).toUpperCase();
    return `${firstName.charAt(0)}.${surnameInitial}.`;
  }
  return `${firstName} ${lastName}`;
}

/**
 * A made-up mobile number, stored as the desk stores one (digits only). The client's number in
 * the library makes it unique there: the desk and the dossier point out two records with one
 * phone number as likely the same person, which fictional clients are not.
 */
export function fakeMobile(random: Random, clientNumber: number): string {
  const digits = (clientNumber * 10_000 + random.int(0, 9999)) % 100_000_000;
  return `06${String(digits).padStart(8, "0")}`;
}

export function fakeEmail(random: Random, displayName: string): string {
  const local = displayName
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z\s]/g, "")
    .trim()
    .replace(/\s+/g, ".");
  return `${local || "client"}${random.int(1, 99)}@example.nl`;
}
