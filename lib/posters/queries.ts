import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { POSTER_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { getPublicLocationPage, type PublicLocationPage } from "@/lib/public/queries";
import { recordIdFromUrl } from "@/lib/record-id";
import { z } from "@/lib/zod";

const locationId = z.string().min(1).max(40);

/**
 * What a poster of a location shows: exactly its public page (the poster's QR code leads there).
 * Null for another library's location, an unknown id, or an archived location (it has no public
 * page to point to).
 */
export async function getPosterPage(actor: Actor | null, id: unknown): Promise<PublicLocationPage | null> {
  const reader = requireRole(actor, POSTER_ROLES);
  const parsed = locationId.safeParse(recordIdFromUrl(id));
  if (!parsed.success) return null;
  const location = await db.location.findFirst({
    where: { id: parsed.data, active: true, ...scopedToOrganisation(reader) },
    select: { slug: true },
  });
  return location && getPublicLocationPage(location.slug);
}
