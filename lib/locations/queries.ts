import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { recordIdFromUrl } from "@/lib/record-id";
import { z } from "@/lib/zod";
import type { PublicTexts } from "./public-texts";

/** The organisation's locations for the admin, archived ones last. */
export async function listLocations(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  return db.location.findMany({
    where: scopedToOrganisation(admin),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      street: true,
      postcode: true,
      city: true,
      active: true,
      _count: { select: { rooms: { where: { active: true } } } },
    },
  });
}

const locationId = z.string().min(1).max(40);

/** One location with its rooms, for its admin page; null for another library's or an unknown id. */
export async function getLocation(actor: Actor | null, id: unknown) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const parsed = locationId.safeParse(recordIdFromUrl(id));
  if (!parsed.success) return null;
  const location = await db.location.findFirst({
    where: { id: parsed.data, ...scopedToOrganisation(admin) },
    select: {
      id: true,
      name: true,
      slug: true,
      street: true,
      postcode: true,
      city: true,
      directions: true,
      accessibility: true,
      bringAlso: true,
      onlineBooking: true,
      publicTexts: true,
      active: true,
      rooms: {
        orderBy: [{ active: "desc" }, { name: "asc" }],
        select: { id: true, name: true, kind: true, active: true },
      },
    },
  });
  return location && { ...location, publicTexts: location.publicTexts as PublicTexts };
}
