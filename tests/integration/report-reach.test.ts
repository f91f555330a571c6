// Issue 21 item 5: whom the hour reaches. The monitoring figures split the period's clients by age
// band, language, postcode area and how they heard of the hour, and the finished visits by
// location; every split is suppressed with the rest, so that no "<5" comes out of its total.
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import type { HeardVia } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { getMonitoringFigures, type CountTable } from "@/lib/reports/monitoring";
import { monitoringCsv, monitoringTables, type Translate } from "@/lib/reports/monitoring-export";
import { recoverableCounts, type ReportCell } from "@/lib/reports/suppression";
import { actorOf, createOrganisation, createUser } from "../support/factories";

const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
const TODAY = new Date("2026-12-02T10:00:00Z");

type Person = { birthYear: number | null; postcodeArea: string | null; language: string; heardVia: HeardVia | null };

async function createLibrary(name: string, locationNames: string[]) {
  const { organisation, location } = await createOrganisation(name);
  const more = [];
  for (const [index, locationName] of locationNames.slice(1).entries())
    more.push(
      await db.location.create({
        data: {
          organisationId: organisation.id,
          slug: `${location.slug}-${index + 2}`,
          name: locationName,
          street: "Teststraat 2",
          postcode: "1234 AB",
          city: "Teststad",
        },
      }),
    );
  await db.location.update({ where: { id: location.id }, data: { name: locationNames[0] } });
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  return { organisation, locations: [{ ...location, name: locationNames[0] }, ...more], coordinator };
}

type Library = Awaited<ReturnType<typeof createLibrary>>;

/** Clients as described, each with `visits` finished walk-ins in November at the given locations, one a day. */
async function createClients(library: Library, people: (Person & { visitsAt: number[] })[]) {
  let day = 0;
  for (const person of people) {
    const client = await db.client.create({
      data: {
        organisationId: library.organisation.id,
        displayName: `Bereik ${day}`,
        birthYear: person.birthYear,
        postcodeArea: person.postcodeArea,
        preferredLanguage: person.language,
        heardVia: person.heardVia,
      },
    });
    for (const locationIndex of person.visitsAt) {
      const startedAt = amsterdamMoment(`2026-11-${String(2 + (day++ % 27)).padStart(2, "0")}`, 600 + day);
      await db.visit.create({
        data: {
          organisationId: library.organisation.id,
          locationId: library.locations[locationIndex].id,
          clientId: client.id,
          kind: "WALK_IN",
          status: "DONE",
          arrivedAt: startedAt,
          startedAt,
          endedAt: new Date(startedAt.getTime() + 20 * 60_000),
        },
      });
    }
  }
}

const times = (count: number, person: Person & { visitsAt: number[] }) => Array.from({ length: count }, () => person);
const rows = <Code extends string>(table: CountTable<Code>) =>
  Object.fromEntries(table.rows.map((row) => [row.code, row.count]));

let a: Library;
let b: Library;
let c: Library;
let t: Translate;

beforeAll(async () => {
  t = createTranslator({ locale: "nl", messages: await loadMessages("nl"), namespace: "monitoring" }) as Translate;
  a = await createLibrary("Bereik A", ["Centrale", "Wijkfiliaal", "Bus"]);
  // 14 clients, 21 visits: 12 at the central library, 6 at the branch, 3 on the bus.
  await createClients(a, [
    ...times(6, { birthYear: 1980, postcodeArea: "7551", language: "nl", heardVia: "LIBRARY", visitsAt: [0, 0] }),
    { birthYear: 1980, postcodeArea: "7551", language: "nl", heardVia: "LIBRARY", visitsAt: [1, 1] },
    ...times(4, { birthYear: 1950, postcodeArea: "7552", language: "tr", heardVia: "ORGANISATION", visitsAt: [1] }),
    { birthYear: 1950, postcodeArea: "7552", language: "tr", heardVia: "ORGANISATION", visitsAt: [2] },
    ...times(2, { birthYear: null, postcodeArea: null, language: "ar", heardVia: null, visitsAt: [2] }),
  ]);
  // Visits that were none (five, so that they show): they count at no location.
  const someone = await db.client.findFirstOrThrow({ where: { organisationId: a.organisation.id } });
  for (let day = 16; day <= 20; day++)
    await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.locations[1].id,
        clientId: someone.id,
        kind: "APPOINTMENT",
        status: "NO_SHOW",
        plannedStartsAt: amsterdamMoment(`2026-11-${day}`, 660),
      },
    });
  b = await createLibrary("Bereik B", ["Centrale"]);
  // The bands' edges in 2026, the year November ends: 19 is under 20, 20 is in its twenties, 80 is 80 or older.
  await createClients(b, [
    ...times(5, { birthYear: 2007, postcodeArea: "8441", language: "uk", heardVia: "INTERNET", visitsAt: [0] }),
    ...times(5, { birthYear: 2006, postcodeArea: "8441", language: "uk", heardVia: "INTERNET", visitsAt: [0] }),
    ...times(5, { birthYear: 1946, postcodeArea: "8441", language: "pl", heardVia: "LOCAL_MEDIA", visitsAt: [0] }),
  ]);
  c = await createLibrary("Bereik C", ["Centrale"]);
  // Six clients, each of another age band and postcode area: every band would be one.
  await createClients(
    c,
    [2010, 2000, 1990, 1980, 1970, 1960].map((birthYear, index) => ({
      birthYear,
      postcodeArea: String(8441 + index),
      language: "nl",
      heardVia: null,
      visitsAt: [0],
    })),
  );
}, 120_000);

describe("the reach of the hour", () => {
  it("splits the clients of the period by age, language, postcode area and how they heard, and visits by location", async () => {
    const result = await getMonitoringFigures(a.coordinator, NOVEMBER, TODAY);
    if (!result.ok) throw new Error("November is a valid period.");
    const { reach, clients, contacts } = result.value;

    expect(clients.total).toBe(14);
    expect(contacts.rows.find((row) => row.code === "VISIT")?.count).toBe(21);
    // Three on the bus are "<5", and would be 21 - 12 - 6 without more: the branch's 6 is hidden too.
    expect(rows(reach.locations)).toEqual({
      [a.locations[0].slug]: 12,
      [a.locations[1].slug]: "x",
      [a.locations[2].slug]: "<5",
    });
    expect(reach.locations.total).toBe(21);
    expect(reach.locationNames[a.locations[2].slug]).toBe("Bus");
    // Each split of 14 clients: 7, 5 and 2 unknown; the 5 hidden to protect the 2.
    expect(rows(reach.ageBands)).toEqual({
      "0-19": 0,
      "20-29": 0,
      "30-39": 0,
      "40-49": 7,
      "50-59": 0,
      "60-69": 0,
      "70-79": "x",
      "80+": 0,
      UNKNOWN: "<5",
    });
    expect(rows(reach.languages)).toEqual({ nl: 7, tr: "x", ar: "<5" });
    expect(rows(reach.postcodeAreas)).toEqual({ "7551": 7, "7552": "x", UNKNOWN: "<5" });
    expect(rows(reach.channels)).toEqual({
      LIBRARY: 7,
      POSTER_OR_FLYER: 0,
      INTERNET: 0,
      ORGANISATION: "x",
      FAMILY_OR_FRIENDS: 0,
      LOCAL_MEDIA: 0,
      OTHER: 0,
      UNKNOWN: "<5",
    });
    for (const table of [reach.ageBands, reach.languages, reach.postcodeAreas, reach.channels, reach.locations]) {
      expect(table.rows.find((row) => row.count === 7 || row.count === 12)?.percent).not.toBeNull();
      for (const row of table.rows.filter((row) => typeof row.count !== "number")) expect(row.percent).toBeNull();
    }
  });

  it("lets no hidden count of a split be worked out from its total", async () => {
    const result = await getMonitoringFigures(a.coordinator, NOVEMBER, TODAY);
    if (!result.ok) throw new Error("November is a valid period.");
    const { reach } = result.value;
    for (const [total, table] of [
      ["contacts.VISIT", reach.locations],
      ["clients", reach.ageBands],
      ["clients", reach.languages],
      ["clients", reach.postcodeAreas],
      ["clients", reach.channels],
    ] as const) {
      const cells = new Map<string, ReportCell>([[total, table.total!]]);
      for (const row of table.rows) cells.set(row.code, row.count);
      expect(recoverableCounts(cells, [{ cells: table.rows.map((row) => row.code), total }])).toEqual([]);
    }
  });

  it("puts the bands' edges where they belong", async () => {
    const result = await getMonitoringFigures(b.coordinator, NOVEMBER, TODAY);
    if (!result.ok) throw new Error("November is a valid period.");
    const { reach } = result.value;
    expect(rows(reach.ageBands)).toMatchObject({ "0-19": 5, "20-29": 5, "80+": 5, UNKNOWN: 0 });
    expect(rows(reach.languages)).toEqual({ uk: 10, pl: 5 });
    expect(rows(reach.postcodeAreas)).toEqual({ "8441": 15 });
    expect(rows(reach.channels)).toMatchObject({ INTERNET: 10, LOCAL_MEDIA: 5, UNKNOWN: 0 });
  });

  it("counts small postcode areas together, and withholds a split rather than hide the number of clients", async () => {
    const result = await getMonitoringFigures(c.coordinator, NOVEMBER, TODAY);
    if (!result.ok) throw new Error("November is a valid period.");
    const { reach, clients } = result.value;
    expect(clients.total).toBe(6);
    // Six bands of one each would be six "<5" that can only be 1: the table shows its total only.
    expect(reach.ageBands).toEqual({ rows: [], total: 6 });
    expect(rows(reach.postcodeAreas)).toEqual({ OTHER: 6 });
    expect(rows(reach.languages)).toEqual({ nl: 6 });
    expect(rows(reach.channels)).toMatchObject({ LIBRARY: 0, UNKNOWN: 6 });
  });

  it("is in the CSV with the location's name and Dutch labels", async () => {
    const result = await getMonitoringFigures(a.coordinator, NOVEMBER, TODAY);
    if (!result.ok) throw new Error("November is a valid period.");
    const csv = monitoringCsv(monitoringTables(result.value, t, "nl"), t);
    expect(csv).toContain(`locaties;${a.locations[2].slug};Bus;aantal;<5`);
    expect(csv).toContain("leeftijden;40-49;40 tot en met 49;aantal;7");
    expect(csv).toContain("kanalen;UNKNOWN;Niet bekend;aantal;<5");
    expect(csv).toContain("postcodegebieden;7551;7551;aantal;7");
    // Library B's clients are not A's.
    expect(csv).not.toContain("8441");
  });
});
