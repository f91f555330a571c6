import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { checkRole } from "./guard";
import { authOptions } from "./options";

/**
 * The logged-in, active user of this request, or null. Read once per request. A session that
 * began before the user's `sessionsValidFrom` (set by deactivation and by "end all sessions")
 * counts as no session: the cookie still exists, but it opens nothing any more.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const { id: userId, loginAt } = (session?.user ?? {}) as { id?: string; loginAt?: number | null };
  if (!userId || typeof loginAt !== "number") return null;
  const user = await db.user.findFirst({
    where: { id: userId, active: true, sessionsValidFrom: { lte: new Date(loginAt) } },
    select: { id: true, organisationId: true, role: true, advisorKind: true, name: true, email: true },
  });
  if (!user) return null;
  return { userId: user.id, organisationId: user.organisationId, role: user.role, advisorKind: user.advisorKind, name: user.name, email: user.email };
});

/** For pages: not logged in → the login page; logged in with the wrong role → the 403 page. */
export async function requirePageRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  const denied = checkRole(actor, roles);
  if (denied === "UNAUTHENTICATED") redirect("/login");
  if (denied === "FORBIDDEN") forbidden();
  return actor as Actor;
}
