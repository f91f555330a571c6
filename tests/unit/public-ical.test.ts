import { afterEach, describe, expect, it } from "vitest";
import { amsterdamMoment, formatInAmsterdam } from "@/lib/dates";
import { renderLocationCalendar } from "@/lib/public/ical";
import { publicTranslator } from "@/lib/public/locales";
import type { PublicLocation, PublicSession } from "@/lib/public/queries";

const location: PublicLocation = {
  slug: "hengelo-centrale",
  name: "Bibliotheek Hengelo, centrale bibliotheek",
  street: "Boekenplein 12",
  postcode: "7551 AB",
  city: "Hengelo",
  directions: "Ontwikkelplein, begane grond",
  accessibility: null,
  bringAlso: null,
  publicTexts: {},
};
const pageUrl = "https://spreekuur.example/spreekuur/hengelo-centrale";
const generatedAt = new Date("2026-03-20T12:00:00Z");

/** A 10:00-13:00 session on an Amsterdam calendar day, as the schedule creates it. */
function session(id: string, day: string, cancelled = false): PublicSession {
  return {
    id,
    startsAt: amsterdamMoment(day, 600),
    endsAt: amsterdamMoment(day, 780),
    mode: "WALK_IN_AND_APPOINTMENT",
    cancelled,
  };
}

function render(sessions: PublicSession[], locale: "nl" | "en" = "nl") {
  return renderLocationCalendar({ location, sessions, pageUrl }, publicTranslator(locale), generatedAt);
}

/** iCalendar folds lines longer than 75 octets; unfold before reading properties. */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function values(ics: string, property: string): string[] {
  return lines(ics)
    .filter((line) => line.startsWith(`${property}:`) || line.startsWith(`${property};`))
    .map((line) => line.slice(line.indexOf(":") + 1));
}

/** What a calendar app in the Netherlands shows for a UTC DATE-TIME value ("20260324T090000Z"). */
function shownInAmsterdam(value: string): string {
  const iso = value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z");
  return formatInAmsterdam(new Date(iso), "yyyy-MM-dd HH:mm");
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("the calendar feed across daylight-saving changes", () => {
  it("shows 10:00-13:00 Amsterdam the week before and the week after the clocks go forward (29 March 2026)", () => {
    const ics = render([session("a", "2026-03-24"), session("b", "2026-03-31")]);
    expect(values(ics, "DTSTART")).toEqual(["20260324T090000Z", "20260331T080000Z"]);
    expect(values(ics, "DTEND")).toEqual(["20260324T120000Z", "20260331T110000Z"]);
    expect(values(ics, "DTSTART").map(shownInAmsterdam)).toEqual(["2026-03-24 10:00", "2026-03-31 10:00"]);
    expect(values(ics, "DTEND").map(shownInAmsterdam)).toEqual(["2026-03-24 13:00", "2026-03-31 13:00"]);
  });

  it("shows 10:00 Amsterdam the week before and the week after the clocks go back (25 October 2026)", () => {
    const ics = render([session("c", "2026-10-22"), session("d", "2026-10-27")]);
    expect(values(ics, "DTSTART")).toEqual(["20261022T080000Z", "20261027T090000Z"]);
    expect(values(ics, "DTSTART").map(shownInAmsterdam)).toEqual(["2026-10-22 10:00", "2026-10-27 10:00"]);
  });

  it("writes the same times whatever time zone the server runs in", () => {
    const sessions = [session("a", "2026-03-24"), session("b", "2026-03-31")];
    process.env.TZ = "UTC";
    const onUtcServer = render(sessions);
    process.env.TZ = "America/New_York";
    expect(render(sessions)).toBe(onUtcServer);
  });

  it("writes every time in UTC, so no VTIMEZONE is needed", () => {
    const ics = render([session("a", "2026-03-24")]);
    expect(ics).not.toContain("TZID");
    expect(values(ics, "DTSTAMP")).toEqual(["20260320T120000Z"]);
  });
});

describe("the events", () => {
  it("is a valid calendar with one VEVENT per session, CRLF line ends and no line over 75 octets", () => {
    const ics = render([session("a", "2026-03-24"), session("b", "2026-03-26")]);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("keeps a session's UID when the feed is generated again, and gives each session its own", () => {
    const first = values(render([session("a", "2026-03-24"), session("b", "2026-03-26")]), "UID");
    const later = values(
      renderLocationCalendar(
        { location, sessions: [session("b", "2026-03-26")], pageUrl },
        publicTranslator("nl"),
        new Date("2026-03-25T08:00:00Z"),
      ),
      "UID",
    );
    expect(first).toEqual(["sessie-a@spreekuur", "sessie-b@spreekuur"]);
    expect(later).toEqual(["sessie-b@spreekuur"]);
  });

  it("has a Dutch title, description and place, with the address and where in the building", () => {
    const ics = render([session("a", "2026-03-24")]);
    expect(values(ics, "SUMMARY")).toEqual(["Gratis spreekuur: hulp bij brieven en regels"]);
    expect(values(ics, "LOCATION")).toEqual([
      "Bibliotheek Hengelo\\, centrale bibliotheek\\, Boekenplein 12\\, 7551 AB Hengelo",
    ]);
    const [description] = values(ics, "DESCRIPTION");
    expect(description).toContain("gratis praten met een adviseur");
    expect(description).toContain("Neem mee: de brief\\, je identiteitsbewijs en papieren over je inkomen.");
    expect(description).toContain("In het gebouw: Ontwikkelplein\\, begane grond");
    expect(description).toContain(`Meer informatie: ${pageUrl}`);
    expect(values(ics, "URL")[0]).toContain(pageUrl);
    expect(values(ics, "STATUS")).toEqual(["CONFIRMED"]);
  });

  it("marks a cancelled session CANCELLED, in the status and in the title, under the same UID", () => {
    const ics = render([session("a", "2026-03-24", true), session("b", "2026-03-26")]);
    const events = ics.split("BEGIN:VEVENT").slice(1);
    expect(values(events[0], "UID")).toEqual(["sessie-a@spreekuur"]);
    expect(values(events[0], "STATUS")).toEqual(["CANCELLED"]);
    expect(values(events[0], "SEQUENCE")).toEqual(["1"]);
    expect(values(events[0], "SUMMARY")).toEqual(["GAAT NIET DOOR: gratis spreekuur"]);
    expect(values(events[0], "DESCRIPTION")[0]).not.toContain("Neem mee");
    expect(values(events[1], "STATUS")).toEqual(["CONFIRMED"]);
    expect(values(events[1], "SEQUENCE")).toEqual(["0"]);
  });

  it("writes the texts in English when asked", () => {
    const ics = render([session("a", "2026-03-24")], "en");
    expect(values(ics, "SUMMARY")).toEqual(["Free consultation hour: help with letters and rules"]);
    expect(values(ics, "X-WR-CALNAME")).toEqual(["Consultation hour Bibliotheek Hengelo\\, centrale bibliotheek"]);
  });

  it("escapes staff-typed text, so a line break in a name cannot add a property", () => {
    const sneaky = {
      ...location,
      name: "Wijkcentrum\nMETHOD:REQUEST; zaal 2",
      directions: "Boven\r\nSTATUS:CANCELLED",
    };
    const ics = renderLocationCalendar(
      { location: sneaky, sessions: [session("a", "2026-03-24")], pageUrl },
      publicTranslator("nl"),
      generatedAt,
    );
    expect(values(ics, "METHOD")).toEqual(["PUBLISH"]);
    expect(values(ics, "STATUS")).toEqual(["CONFIRMED"]);
    expect(values(ics, "X-WR-CALNAME")).toEqual(["Spreekuur Wijkcentrum\\nMETHOD:REQUEST\\; zaal 2"]);
  });

  it("is an empty but valid calendar when there are no sessions", () => {
    const ics = render([]);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).not.toContain("BEGIN:VEVENT");
    expect(values(ics, "X-WR-CALNAME")).toEqual(["Spreekuur Bibliotheek Hengelo\\, centrale bibliotheek"]);
  });
});
