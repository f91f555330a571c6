import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { amsterdamMoment, dateColumn, formatTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { renderLocationCalendar } from "@/lib/public/ical";
import { publicTranslator } from "@/lib/public/locales";
import { getPublicLocationPage } from "@/lib/public/queries";
import { sitemapEntries } from "@/lib/public/search-engines";
import { locationStructuredData, scriptSafeJson } from "@/lib/public/structured-data";
import { createClient, createOrganisation, createUser } from "../support/factories";

// Friday 20 March 2026, 12:00 in Hengelo; the clocks go forward on Sunday 29 March.
const now = new Date("2026-03-20T11:00:00Z");

let slug: string;
let inactiveSlug: string;
let secrets: string[];
let sessionIds: Record<string, string>;

async function session(
  organisationId: string,
  locationId: string,
  day: string,
  data: { status?: "PLANNED" | "CANCELLED"; cancelReason?: string; consultationHourId?: string } = {},
) {
  return db.session.create({
    data: {
      organisationId,
      locationId,
      startsAt: amsterdamMoment(day, 600),
      endsAt: amsterdamMoment(day, 780),
      status: data.status ?? "PLANNED",
      ...data,
    },
  });
}

beforeAll(async () => {
  const { organisation, location } = await createOrganisation("Bibliotheek Publiek");
  await db.location.update({ where: { id: location.id }, data: { directions: "Ontwikkelplein, begane grond" } });
  slug = location.slug;
  const hour = (
    weekday: number,
    data: {
      validFrom?: string;
      validUntil?: string;
      active?: boolean;
      startMinute?: number;
      endMinute?: number;
      mode?: "WALK_IN" | "APPOINTMENT";
    } = {},
  ) =>
    db.consultationHour.create({
      data: {
        organisationId: organisation.id,
        locationId: location.id,
        weekday,
        startMinute: data.startMinute ?? 600,
        endMinute: data.endMinute ?? 780,
        mode: data.mode,
        active: data.active ?? true,
        validFrom: dateColumn(data.validFrom ?? "2025-01-01"),
        validUntil: data.validUntil ? dateColumn(data.validUntil) : null,
      },
    });
  const tuesday = await hour(2);
  await hour(4, { mode: "WALK_IN", validUntil: "2026-06-30" });
  await hour(3, { validUntil: "2026-03-01" });
  await hour(5, { active: false });
  await hour(1, { validFrom: "2026-04-06", startMinute: 840, endMinute: 960, mode: "APPOINTMENT" });

  const id = organisation.id;
  const at = location.id;
  const held = await session(id, at, "2026-03-17", { consultationHourId: tuesday.id });
  const running = await session(id, at, "2026-03-20");
  const beforeDst = await session(id, at, "2026-03-24", { consultationHourId: tuesday.id });
  const cancelled = await session(id, at, "2026-03-26", {
    status: "CANCELLED",
    cancelReason: "Ziekte adviseur, geen vervanger",
  });
  const afterDst = await session(id, at, "2026-03-31", { consultationHourId: tuesday.id });
  const lastInWindow = await session(id, at, "2026-04-30");
  const beyondWindow = await session(id, at, "2026-05-05", { consultationHourId: tuesday.id });
  sessionIds = {
    held: held.id,
    running: running.id,
    beforeDst: beforeDst.id,
    cancelled: cancelled.id,
    afterDst: afterDst.id,
    lastInWindow: lastInWindow.id,
    beyondWindow: beyondWindow.id,
  };

  // Who works and who visits: none of it may reach the public.
  const advisor = await createUser(id, "ADVISOR");
  const host = await createUser(id, "HOST", { homeLocationId: at });
  const client = await createClient(id, "Cliënt Geheimhouding");
  const room = await db.room.create({ data: { organisationId: id, locationId: at, name: "Spreekkamer Geheim" } });
  await db.sessionStaff.create({ data: { sessionId: beforeDst.id, advisorId: advisor.id, roomId: room.id } });
  const slot = await db.slot.create({
    data: {
      organisationId: id,
      sessionId: beforeDst.id,
      advisorId: advisor.id,
      startsAt: beforeDst.startsAt,
      endsAt: amsterdamMoment("2026-03-24", 630),
    },
  });
  const visit = await db.visit.create({
    data: {
      organisationId: id,
      locationId: at,
      sessionId: beforeDst.id,
      slotId: slot.id,
      clientId: client.id,
      kind: "APPOINTMENT",
      status: "BOOKED",
      registeredById: host.id,
    },
  });
  secrets = [
    advisor.name,
    advisor.email,
    advisor.id,
    host.name,
    host.id,
    client.displayName,
    client.id,
    visit.id,
    slot.id,
    room.name,
    "Ziekte",
    organisation.id,
    location.id,
  ];

  const inactive = await db.location.create({
    data: {
      organisationId: id,
      slug: `${slug}-oud`,
      name: "Oude vestiging",
      street: "Oudestraat 1",
      postcode: "1234 AB",
      city: "Teststad",
      active: false,
    },
  });
  inactiveSlug = inactive.slug;
  await session(id, inactive.id, "2026-03-25");

  const other = await createOrganisation("Bibliotheek Anders");
  await session(other.organisation.id, other.location.id, "2026-03-24");
  // A row whose organisation does not own the location must not show up either.
  await session(other.organisation.id, location.id, "2026-03-27");
});

describe("the public page of a location", () => {
  it("gives the organisation and the location's address and directions", async () => {
    const page = await getPublicLocationPage(slug, now);
    expect(page?.organisationName).toBe("Bibliotheek Publiek");
    // Online booking is the library's choice, off until it switches it on.
    expect(page?.bookingOpen).toBe(false);
    expect(page?.location).toEqual({
      slug,
      name: "Bibliotheek Publiek centrale",
      street: "Teststraat 1",
      postcode: "1234 AB",
      city: "Teststad",
      directions: "Ontwikkelplein, begane grond",
      accessibility: null,
      bringAlso: null,
      publicTexts: {},
    });
  });

  it("lists the weekly hours that run now or start later, not the ended or switched-off ones", async () => {
    const page = await getPublicLocationPage(slug, now);
    expect(page?.weeklyHours).toEqual([
      { weekday: 1, startMinute: 840, endMinute: 960, mode: "APPOINTMENT", startsOn: "2026-04-06", endsOn: null },
      { weekday: 2, startMinute: 600, endMinute: 780, mode: "WALK_IN_AND_APPOINTMENT", startsOn: null, endsOn: null },
      { weekday: 4, startMinute: 600, endMinute: 780, mode: "WALK_IN", startsOn: null, endsOn: "2026-06-30" },
    ]);
  });

  it("lists this location's sessions from the running one to six weeks ahead, cancelled ones marked", async () => {
    const page = await getPublicLocationPage(slug, now);
    expect(page?.sessions.map((s) => [s.id, s.cancelled])).toEqual([
      [sessionIds.running, false],
      [sessionIds.beforeDst, false],
      [sessionIds.cancelled, true],
      [sessionIds.afterDst, false],
      [sessionIds.lastInWindow, false],
    ]);
  });

  it("keeps 10:00-13:00 Amsterdam on both sides of the clock change, in the page data and in the feed", async () => {
    const page = (await getPublicLocationPage(slug, now))!;
    const byId = new Map(page.sessions.map((s) => [s.id, s]));
    const before = byId.get(sessionIds.beforeDst)!;
    const after = byId.get(sessionIds.afterDst)!;
    expect(before.startsAt.toISOString()).toBe("2026-03-24T09:00:00.000Z");
    expect(after.startsAt.toISOString()).toBe("2026-03-31T08:00:00.000Z");
    expect([before, after].map((s) => `${formatTime(s.startsAt)}-${formatTime(s.endsAt)}`)).toEqual([
      "10:00-13:00",
      "10:00-13:00",
    ]);

    const ics = renderLocationCalendar(
      { location: page.location, sessions: page.sessions, pageUrl: "https://spreekuur.example/" },
      publicTranslator("nl"),
      now,
    );
    expect(ics).toContain("DTSTART:20260324T090000Z");
    expect(ics).toContain("DTSTART:20260331T080000Z");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
  });

  it("holds nothing about staff, clients, visits, rooms or why a session was cancelled", async () => {
    const json = JSON.stringify(await getPublicLocationPage(slug, now));
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/cancelReason|advisor|client|visit|staff|slot|organisationId/i);
  });

  it("is null for an unknown or inactive location", async () => {
    expect(await getPublicLocationPage("bestaat-niet", now)).toBeNull();
    expect(await getPublicLocationPage(inactiveSlug, now)).toBeNull();
  });

  it.each([
    ["Hengelo-Centrale"],
    ["../etc/passwd"],
    ["hengelo centrale"],
    ["-hengelo"],
    ["hengelo--centrale"],
    [""],
    ["a".repeat(101)],
    [42],
    [null],
    [undefined],
  ])("is null for a malformed slug: %j", async (malformed) => {
    expect(await getPublicLocationPage(malformed, now)).toBeNull();
  });
});

describe("what search engines get", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("lists every active location in every language, with whole addresses of all its versions", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://spreekuur.example");
    const entries = await sitemapEntries();
    const ours = entries.filter((entry) => entry.url.includes(`/spreekuur/${slug}`));
    expect(ours.map((entry) => entry.url)).toEqual(
      ["", "?taal=en", "?taal=ar", "?taal=tr", "?taal=pl", "?taal=uk"].map(
        (query) => `https://spreekuur.example/spreekuur/${slug}${query}`,
      ),
    );
    for (const entry of ours)
      expect(entry.alternates?.languages).toEqual({
        nl: `https://spreekuur.example/spreekuur/${slug}`,
        en: `https://spreekuur.example/spreekuur/${slug}?taal=en`,
        ar: `https://spreekuur.example/spreekuur/${slug}?taal=ar`,
        tr: `https://spreekuur.example/spreekuur/${slug}?taal=tr`,
        pl: `https://spreekuur.example/spreekuur/${slug}?taal=pl`,
        uk: `https://spreekuur.example/spreekuur/${slug}?taal=uk`,
        "x-default": `https://spreekuur.example/spreekuur/${slug}`,
      });
    expect(entries.some((entry) => entry.url.includes(inactiveSlug))).toBe(false);
  });

  it("describes the sessions as free events at the address, at Amsterdam times on both sides of the clock change", async () => {
    const page = (await getPublicLocationPage(slug, now))!;
    const url = `https://spreekuur.example/spreekuur/${slug}?taal=tr`;
    const data = locationStructuredData(page, "tr", publicTranslator("tr"), url);
    const [library, ...events] = data["@graph"];
    // The library itself, also for a search engine that shows no events.
    expect(library).toMatchObject({
      "@type": "Library",
      "@id": `${url}#locatie`,
      name: "Bibliotheek Publiek centrale",
      url,
      address: { streetAddress: "Teststraat 1", postalCode: "1234 AB", addressLocality: "Teststad" },
      parentOrganization: { name: "Bibliotheek Publiek" },
    });
    expect(events.map((event) => [event.startDate, event.endDate, event.eventStatus])).toEqual([
      ["2026-03-20T10:00:00+01:00", "2026-03-20T13:00:00+01:00", "https://schema.org/EventScheduled"],
      ["2026-03-24T10:00:00+01:00", "2026-03-24T13:00:00+01:00", "https://schema.org/EventScheduled"],
      ["2026-03-26T10:00:00+01:00", "2026-03-26T13:00:00+01:00", "https://schema.org/EventCancelled"],
      ["2026-03-31T10:00:00+02:00", "2026-03-31T13:00:00+02:00", "https://schema.org/EventScheduled"],
      ["2026-04-30T10:00:00+02:00", "2026-04-30T13:00:00+02:00", "https://schema.org/EventScheduled"],
    ]);
    expect(events[0]).toMatchObject({
      "@type": "Event",
      isAccessibleForFree: true,
      inLanguage: "tr",
      url,
      location: {
        "@type": "Place",
        name: "Bibliotheek Publiek centrale",
        address: { streetAddress: "Teststraat 1", postalCode: "1234 AB", addressLocality: "Teststad" },
      },
      organizer: { name: "Bibliotheek Publiek" },
    });
    expect(events[0].name).toBe(publicTranslator("tr")("metaTitle", { location: "Bibliotheek Publiek centrale" }));

    const json = scriptSafeJson(data);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it("keeps a library's own text from closing the script element it is in", () => {
    const json = scriptSafeJson({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
