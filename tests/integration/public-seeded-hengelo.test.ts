import { beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay, formatInAmsterdam, formatTime, isoWeekday } from "@/lib/dates";
import { db } from "@/lib/db";
import { renderLocationCalendar } from "@/lib/public/ical";
import { publicTranslator } from "@/lib/public/locales";
import { getPublicLocationPage, type PublicLocationPage } from "@/lib/public/queries";
import { DEMO_USERS, seedDemoData } from "../../scripts/seed";

// The demo data generated as if today were Friday 20 March 2026: its four weeks ahead run across
// the start of summer time on Sunday 29 March.
const today = new Date("2026-03-20T09:00:00Z");
let page: PublicLocationPage;

beforeAll(async () => {
  await seedDemoData(db, { today });
  page = (await getPublicLocationPage("hengelo-centrale", today))!;
}, 120_000);

describe("the public page of the seeded Hengelo library", () => {
  it("shows Tuesday and Thursday 10:00-13:00, walk-in and by appointment", () => {
    expect(page.organisationName).toBe("Bibliotheek Hengelo");
    expect(page.weeklyHours).toEqual([
      { weekday: 2, startMinute: 600, endMinute: 780, mode: "WALK_IN_AND_APPOINTMENT", startsOn: null, endsOn: null },
      { weekday: 4, startMinute: 600, endMinute: 780, mode: "WALK_IN_AND_APPOINTMENT", startsOn: null, endsOn: null },
    ]);
  });

  it("lists the coming sessions at 10:00-13:00 Amsterdam before and after the clocks go forward", () => {
    const days = page.sessions.map((s) => amsterdamDay(s.startsAt));
    expect(days).toContain("2026-03-26");
    expect(days).toContain("2026-03-31");
    const regular = page.sessions.filter((s) => [2, 4].includes(isoWeekday(amsterdamDay(s.startsAt))));
    expect(regular.length).toBeGreaterThanOrEqual(6);
    for (const session of regular)
      expect(`${formatTime(session.startsAt)}-${formatTime(session.endsAt)}`).toBe("10:00-13:00");
    const utcHours = (day: string) =>
      page.sessions.find((s) => amsterdamDay(s.startsAt) === day)!.startsAt.getUTCHours();
    expect([utcHours("2026-03-26"), utcHours("2026-03-31")]).toEqual([9, 8]);
  });

  it("shows the seeded future closure as not going ahead", () => {
    expect(page.sessions.some((s) => s.cancelled)).toBe(true);
    expect(JSON.stringify(page)).not.toContain("personeelsdag");
  });

  it("puts the same sessions in the feed at 10:00 Amsterdam, on either side of the change", () => {
    const ics = renderLocationCalendar(
      { location: page.location, sessions: page.sessions, pageUrl: "https://spreekuur.example/" },
      publicTranslator("nl"),
      today,
    );
    const starts = [...ics.matchAll(/^DTSTART:(\d{8}T\d{6}Z)$/gm)].map(([, value]) =>
      formatInAmsterdam(
        new Date(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z")),
        "yyyy-MM-dd HH:mm",
      ),
    );
    expect(starts).toHaveLength(page.sessions.length);
    expect(starts).toContain("2026-03-26 10:00");
    expect(starts).toContain("2026-03-31 10:00");
  });

  it("names no one who works there", () => {
    const json = JSON.stringify(page);
    for (const user of DEMO_USERS) expect(json).not.toContain(user.name);
  });
});
