// The desk's fingerprint (GET /balie/stand): an open desk renders again only when it changes, so
// it must change with every write a desk shows and with nothing else, and it must never let one
// library learn anything of another's desk.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDeskStand, getTodaysDesk } from "@/lib/desk/queries";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { cancelVisit, startConversation } from "@/lib/desk/visit-transitions";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let categoryId: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  categoryId = (await topLevelCategory()).id;
});

const standOf = (library: Library, actor = library.host) =>
  getDeskStand(actor, { locationId: library.location.id, now: NOW });
const walkIn = async (library: Library, displayName = "J. de Vries") => {
  const result = await registerWalkIn(
    library.host,
    { sessionId: library.session.id, categoryId, referrerPartnerId: null, client: { newClient: { displayName } } },
    { now: NOW },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.visitId;
};

describe("getDeskStand", () => {
  it("stays the same while nothing changes, for everyone at the desk", async () => {
    const stand = await standOf(a);
    expect(stand).toMatch(/^[0-9a-f]{32}$/);
    expect(await standOf(a)).toBe(stand);
    expect(await standOf(a, a.advisors[0])).toBe(stand);
    expect(await standOf(a, a.coordinator)).toBe(stand);
  });

  it("comes with the desk page, read before the desk, so the screen starts from what it shows", async () => {
    const desk = await getTodaysDesk(a.host, { locationId: a.location.id, now: NOW });
    expect(desk.stand).toBe(await standOf(a));
    await walkIn(a);
    expect(await standOf(a)).not.toBe(desk.stand);
  });

  it("changes with every step of a visit at the desk", async () => {
    const seen = new Set([await standOf(a)]);
    const visitId = await walkIn(a);
    seen.add(await standOf(a));
    expect(seen.size).toBe(2);
    await startConversation(a.host, { visitId }, { now: NOW });
    seen.add(await standOf(a));
    expect(seen.size).toBe(3);
    const second = await walkIn(a, "P. Jansen");
    seen.add(await standOf(a));
    expect(seen.size).toBe(4);
    await cancelVisit(a.host, { visitId: second }, { now: NOW });
    seen.add(await standOf(a));
    expect(seen.size).toBe(5);
  });

  it("changes when a client's name is corrected, an advisor leaves the session or the session is cancelled", async () => {
    // The coordinator changes the schedule ahead of the day (a session that has begun is fixed).
    const dayBefore = { now: new Date(NOW.getTime() - 24 * 60 * 60_000) };
    const visitId = await walkIn(a);
    const before = await standOf(a);
    const { clientId } = await db.visit.findUniqueOrThrow({ where: { id: visitId } });
    await db.client.update({ where: { id: clientId }, data: { displayName: "J. de Vries-Bakker" } });
    const renamed = await standOf(a);
    expect(renamed).not.toBe(before);

    const { slot } = await db.visit.findUniqueOrThrow({
      where: { id: visitId },
      select: { slot: { select: { advisorId: true } } },
    });
    const free = a.advisors.find((advisor) => advisor.userId !== slot?.advisorId)!;
    expect(
      await removeStaff(a.coordinator, { sessionId: a.session.id, advisorId: free.userId }, dayBefore),
    ).toMatchObject({ ok: true });
    const fewer = await standOf(a);
    expect(fewer).not.toBe(renamed);

    await cancelVisit(a.host, { visitId }, { now: NOW });
    const emptied = await standOf(a);
    expect(
      await cancelSession(
        a.coordinator,
        { sessionId: a.session.id, reason: "Bibliotheek gesloten (storing)" },
        dayBefore,
      ),
    ).toMatchObject({ ok: true });
    expect(await standOf(a)).not.toBe(emptied);
  });

  it("changes when a half hour or the session ends, not with the minutes in between", async () => {
    // The session runs 10:00–13:00 in half hours; NOW is 10:10.
    const at = (minutes: number) =>
      getDeskStand(a.host, { locationId: a.location.id, now: new Date(NOW.getTime() + minutes * 60_000) });
    await walkIn(a);
    const early = await at(0);
    expect(await at(15)).toBe(early);
    const firstHalfHourOver = await at(21);
    expect(firstHalfHourOver).not.toBe(early);
    expect(await at(45)).toBe(firstHalfHourOver);
    expect(await at(51)).not.toBe(firstHalfHourOver);

    // A session that runs on a quarter past its last half hour: its own end changes the desk too
    // (the walk-in form stops offering it).
    await db.session.update({
      where: { id: a.session.id },
      data: { endsAt: new Date(a.session.endsAt.getTime() + 15 * 60_000) },
    });
    const lastHalfHourOver = await at(171);
    expect(await at(180)).toBe(lastHalfHourOver);
    expect(await at(186)).not.toBe(lastHalfHourOver);
  });

  it("changes when the reminder mail of a visit goes out, which no desk does", async () => {
    const visitId = await walkIn(a);
    const reminder = await db.appointmentReminder.create({
      data: { organisationId: a.organisation.id, visitId, forStartsAt: NOW, nextAttemptAt: NOW },
    });
    const pending = await standOf(a);
    await db.appointmentReminder.update({ where: { id: reminder.id }, data: { status: "SENT", sentAt: NOW } });
    expect(await standOf(a)).not.toBe(pending);
  });

  it("does not change with another library's desk, and never answers about another library's location", async () => {
    const stand = await standOf(a);
    await walkIn(b);
    expect(await standOf(a)).toBe(stand);
    expect(await getDeskStand(a.host, { locationId: b.location.id, now: NOW })).toBeNull();
    expect(await getDeskStand(b.host, { locationId: a.location.id, now: NOW })).toBeNull();
    expect(await getDeskStand(a.host, { locationId: "bestaat-niet", now: NOW })).toBeNull();
  });

  it("is refused to an admin and to nobody", async () => {
    await expect(getDeskStand(a.admin, { locationId: a.location.id, now: NOW })).rejects.toThrow();
    await expect(getDeskStand(null, { locationId: a.location.id, now: NOW })).rejects.toThrow();
  });
});
