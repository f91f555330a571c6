// The first run of a library or SJD provider on its own database: the partnership, its first
// admin and a one-time link (24 h) where that admin chooses a password. Nothing else is created;
// the admin adds places, people and hours in the app.
//
//   npm run setup                                    (asks what it needs)
//   npm run setup -- --organisation "Bibliotheek Hengelo" --municipality Hengelo \
//     --admin-email beheer@bibliotheekhengelo.nl --admin-name "Anna de Vries" \
//     [--library "Bibliotheek Hengelo"] [--provider "SJD Twente"] [--beside-demo]
//   npm run setup -- --programme --organisation "Provincie Overijssel" --municipality Overijssel \
//     --admin-email cijfers@overijssel.nl --admin-name "Sanne Bakker"
//
// With --programme it makes a funder or programme instead of a partnership: its first person logs
// in to the figures that each partnership's admin lets it read (Beheer > Programma's en financiers).
//
// DATABASE_URL picks the database (the embedded one without it); migrations are applied first.
// The link's address starts with NEXTAUTH_URL (http://localhost:3000 without it).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "next-intl";
import { oneTimeLinkUrl } from "../lib/auth/one-time-link";
import { clock } from "../lib/clock";
import { withClockStamps } from "../lib/clock-stamps";
import { formatInAmsterdam } from "../lib/dates";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Message } from "../lib/i18n/message-key";
import { loadMessages } from "../lib/i18n/messages";
import { setUpPartnership } from "../lib/onboarding/set-up-partnership";
import { resolveDatabase } from "./embedded-db";
import { projectRoot } from "./paths";

type Question = { flag: string; field: string; question: string; optional?: boolean };

const QUESTIONS: readonly Question[] = [
  { flag: "organisation", field: "organisation", question: "Naam van de organisatie (het samenwerkingsverband)" },
  { flag: "municipality", field: "municipality", question: "Gemeente" },
  { flag: "library", field: "library", question: "Naam van de bibliotheek (Enter: overslaan)", optional: true },
  { flag: "provider", field: "provider", question: "Naam van de SJD-aanbieder (Enter: overslaan)", optional: true },
  { flag: "admin-email", field: "adminEmail", question: "E-mailadres van de eerste beheerder" },
  { flag: "admin-name", field: "adminName", question: "Naam van de eerste beheerder" },
];

/** `--beside-demo`: a trial of setup on a demo install (and the end-to-end tests); never for real use. */
let besideDemo = false;
/** `--programme`: a funder or programme, not a partnership. */
let programme = false;

async function answers(): Promise<Record<string, string>> {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(QUESTIONS.map(({ flag }) => [flag, { type: "string" as const }])),
      "beside-demo": { type: "boolean" as const },
      programme: { type: "boolean" as const },
    },
    strict: true,
  });
  besideDemo = values["beside-demo"] === true;
  programme = values.programme === true;
  const given: Record<string, string> = {};
  for (const { flag, field } of QUESTIONS) {
    const value = (values as Record<string, string | boolean | undefined>)[flag];
    if (typeof value === "string") given[field] = value;
  }
  // A programme has no library or SJD provider; its first person is a user, not an admin.
  const questions = programme
    ? QUESTIONS.filter(({ field }) => field !== "library" && field !== "provider").map((question) => ({
        ...question,
        question: question.question
          .replace("Naam van de organisatie (het samenwerkingsverband)", "Naam van het programma of de financier")
          .replace("Gemeente", "Gemeente, provincie of gebied")
          .replace("de eerste beheerder", "de eerste gebruiker"),
      }))
    : QUESTIONS;
  const missing = questions.filter(({ field, optional }) => !optional && given[field] === undefined);
  if (missing.length === 0) return given;
  if (!process.stdin.isTTY) {
    console.error(`Ontbreekt: ${missing.map(({ flag }) => `--${flag}`).join(", ")}. Zie README.md, 'Going live'.`);
    process.exit(2);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const { field, question, optional } of questions) {
      if (given[field] !== undefined) continue;
      const said = (await prompt.question(`${question}: `)).trim();
      if (said !== "" || !optional) given[field] = said;
    }
  } finally {
    prompt.close();
  }
  return given;
}

async function main() {
  const input = await answers();
  const database = await resolveDatabase();
  const env = { ...process.env, DATABASE_URL: database.url };
  const migrated = spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/migrate.ts", "deploy"], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (migrated.status !== 0) throw new Error("De database kon niet worden bijgewerkt (migraties).");

  const db = withClockStamps(new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) }));
  // The messages are read at run time, so the translator is untyped: keys come from lib/ anyway.
  const t = createTranslator({ locale: "nl", messages: await loadMessages("nl") }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
  const say = (text: Message) => (typeof text === "string" ? t(text) : t(text.key, text.values));
  try {
    const result = await setUpPartnership(db, input, clock.now(), {
      besideDemo,
      kind: programme ? "PROGRAMME" : "LIBRARY",
    });
    if (!result.ok) {
      console.error(say(result.error));
      process.exitCode = 1;
      return;
    }
    const { linkSecret, expiresAt } = result.value;
    const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    console.log(
      [
        "",
        programme
          ? `Het programma ${input.organisation} is aangemaakt, met ${input.adminName} (${input.adminEmail}) als gebruiker.`
          : `De organisatie ${input.organisation} is aangemaakt, met ${input.adminName} (${input.adminEmail}) als beheerder.`,
        `Geef ${programme ? "de gebruiker" : "de beheerder"} deze link. Hij werkt één keer, tot ${formatInAmsterdam(expiresAt, "EEEE d MMMM 'om' HH:mm")}:`,
        "",
        `  ${oneTimeLinkUrl(linkSecret, baseUrl)}`,
        "",
        programme
          ? "Met de link kiest de gebruiker een wachtwoord. De cijfers van een bibliotheek ziet het programma zodra haar beheerder toegang geeft."
          : "Met de link kiest de beheerder een wachtwoord. Daarna legt hij of zij locaties, mensen en spreekuren vast.",
        "",
      ].join("\n"),
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

// Exit explicitly with the outcome: a connection or timer left open must not keep the process alive.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
