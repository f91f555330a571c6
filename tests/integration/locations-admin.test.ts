import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getTodaysDesk } from "@/lib/desk/queries";
import { archiveLocation, createLocation, restoreLocation, updateLocation } from "@/lib/locations/manage-location";
import { addRoom, updateRoom } from "@/lib/locations/manage-room";
import { getLocation, listLocations } from "@/lib/locations/queries";
import { getPublicLocationPage, localText } from "@/lib/public/queries";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

const NOW = new Date("2026-12-02T10:00:00Z");
let admin: Actor;
let host: Actor;
let otherAdmin: Actor;
let organisationId: string;

beforeEach(async () => {
  const { organisation } = await createOrganisation();
  organisationId = organisation.id;
  admin = actorOf(await createUser(organisation.id, "ADMIN"));
  host = actorOf(await createUser(organisation.id, "HOST"));
  const other = await createOrganisation();
  otherAdmin = actorOf(await createUser(other.organisation.id, "ADMIN"));
});

const wijkcentrum = (slug: string) => ({
  name: "Wijkcentrum  De Spil",
  slug,
  street: "Spilstraat 2",
  postcode: "7552cd",
  city: "Hengelo",
  directions: "Eerste verdieping, kamer 3",
  accessibility: "Lift naast de ingang.",
  bringAlso: "",
  "publicTexts.en.accessibility": "Lift next to the entrance.",
  "publicTexts.ar.directions": "الطابق الأول، الغرفة 3",
  "publicTexts.tr.directions": "   ",
});

async function created(slug: string) {
  const result = await createLocation(admin, wijkcentrum(slug), { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.locationId;
}

describe("locations", () => {
  it("are created with a tidy address and their public texts, an empty translation left out, and audited", async () => {
    const locationId = await created(`de-spil-${Date.now()}`);
    const location = await getLocation(admin, locationId);
    expect(location).toMatchObject({
      name: "Wijkcentrum De Spil",
      postcode: "7552 CD",
      bringAlso: null,
      publicTexts: {
        en: { accessibility: "Lift next to the entrance." },
        ar: { directions: "الطابق الأول، الغرفة 3" },
      },
      active: true,
      rooms: [],
    });
    expect(location?.publicTexts.tr).toBeUndefined();
    expect(await db.auditEvent.count({ where: { entityId: locationId, action: "location.create" } })).toBe(1);
  });

  it("refuse a web address another library already uses, naming the field, and write nothing", async () => {
    const slug = `gedeeld-${Date.now()}`;
    const first = await createLocation(otherAdmin, wijkcentrum(slug), { now: NOW });
    expect(first.ok).toBe(true);
    const before = await db.location.count();
    const second = await createLocation(admin, wijkcentrum(slug), { now: NOW });
    expect(second).toMatchObject({
      ok: false,
      error: { key: "refusals.locations.slugTaken", values: { slug } },
      fieldErrors: { slug: [{ key: "refusals.locations.slugTaken" }] },
    });
    expect(await db.location.count()).toBe(before);
  });

  it("refuse a bad postcode and web address with the field named", async () => {
    const result = await createLocation(admin, { ...wijkcentrum("Met Spaties"), postcode: "75521" }, { now: NOW });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["postcode", "slug"]);
  });

  it("are another library's business only for that library: not listed, not found, not changed", async () => {
    const locationId = await created(`eigen-${Date.now()}`);
    expect((await listLocations(otherAdmin)).map((location) => location.id)).not.toContain(locationId);
    expect(await getLocation(otherAdmin, locationId)).toBeNull();
    expect(await archiveLocation(otherAdmin, { locationId }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.locations.notFound",
    });
    expect(await updateLocation(host, { locationId, ...wijkcentrum("host-poging") }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.auth.forbidden",
    });
  });

  it("archived leave the desk and the public page, keep their visits, and come back", async () => {
    const slug = `archief-${Date.now()}`;
    const locationId = await created(slug);
    const client = await createClient(organisationId);
    await db.visit.create({
      data: { organisationId, locationId, clientId: client.id, kind: "WALK_IN", status: "DONE", arrivedAt: NOW },
    });
    expect((await getTodaysDesk(host, { now: NOW })).locations.map((location) => location.id)).toContain(locationId);
    expect(await getPublicLocationPage(slug, NOW)).not.toBeNull();

    expect(await archiveLocation(admin, { locationId }, { now: NOW })).toMatchObject({ ok: true });
    expect(await archiveLocation(admin, { locationId }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.locations.alreadyArchived",
    });
    expect((await getTodaysDesk(host, { now: NOW })).locations.map((location) => location.id)).not.toContain(
      locationId,
    );
    expect(await getPublicLocationPage(slug, NOW)).toBeNull();
    expect(await db.visit.count({ where: { locationId } })).toBe(1);
    expect(await addRoom(admin, { locationId, name: "Kamer", kind: "ROOM" }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.locations.archived",
    });

    expect(await restoreLocation(admin, { locationId }, { now: NOW })).toMatchObject({ ok: true });
    expect(await getPublicLocationPage(slug, NOW)).not.toBeNull();
  });

  it("with a client still expected are not archived", async () => {
    const locationId = await created(`verwacht-${Date.now()}`);
    const client = await createClient(organisationId);
    const session = await db.session.create({
      data: {
        organisationId,
        locationId,
        startsAt: new Date("2026-12-09T09:00:00Z"),
        endsAt: new Date("2026-12-09T12:00:00Z"),
        advisorCapacity: 1,
      },
    });
    await db.visit.create({
      data: {
        organisationId,
        locationId,
        sessionId: session.id,
        clientId: client.id,
        kind: "APPOINTMENT",
        status: "BOOKED",
      },
    });
    expect(await archiveLocation(admin, { locationId }, { now: NOW })).toMatchObject({
      ok: false,
      error: { key: "refusals.locations.clientsExpected", values: { count: 1 } },
    });
    expect((await getLocation(admin, locationId))?.active).toBe(true);
  });

  it("show their own texts on the public page in its language, else the Dutch", async () => {
    const slug = `teksten-${Date.now()}`;
    await created(slug);
    const page = await getPublicLocationPage(slug, NOW);
    const location = page!.location;
    expect(localText(location, "accessibility", "en")).toEqual({ text: "Lift next to the entrance.", lang: "en" });
    expect(localText(location, "accessibility", "tr")).toEqual({ text: "Lift naast de ingang.", lang: "nl" });
    expect(localText(location, "directions", "ar")).toEqual({ text: "الطابق الأول، الغرفة 3", lang: "ar" });
    expect(localText(location, "bringAlso", "en")).toBeNull();
  });
});

describe("rooms", () => {
  it("are added, renamed and taken out of use; one name per location, whatever its letters", async () => {
    const locationId = await created(`kamers-${Date.now()}`);
    const added = await addRoom(admin, { locationId, name: "Spreekkamer 1", kind: "CABIN" }, { now: NOW });
    expect(added).toMatchObject({ ok: true });
    expect(await addRoom(admin, { locationId, name: "spreekkamer  1", kind: "ROOM" }, { now: NOW })).toMatchObject({
      ok: false,
      error: { key: "refusals.locations.roomNameTaken" },
    });
    if (!added.ok) return;
    const { roomId } = added.value;
    expect(
      await updateRoom(admin, { roomId, name: "Stille kamer", kind: "ROOM", active: false }, { now: NOW }),
    ).toMatchObject({ ok: true });
    expect((await getLocation(admin, locationId))?.rooms).toEqual([
      { id: roomId, name: "Stille kamer", kind: "ROOM", active: false },
    ]);
    expect(
      await updateRoom(otherAdmin, { roomId, name: "Overname", kind: "ROOM", active: true }, { now: NOW }),
    ).toMatchObject({ ok: false, error: "refusals.locations.roomNotFound" });
  });
});
