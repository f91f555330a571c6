import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { originFromHeaders } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { checkRole } from "./guard";
import { authOptions } from "./options";

/** The logged-in, active user of this request, or null. Read once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: { id: true, organisationId: true, role: true, advisorKind: true, name: true, email: true },
  });
  if (!user) return null;
  // The actor carries where the request came from, so every audit event it causes says so.
  const origin = originFromHeaders(await headers());
  return { userId: user.id, organisationId: user.organisationId, role: user.role, advisorKind: user.advisorKind, name: user.name, email: user.email, origin };
});

/** For pages: not logged in → the login page; logged in with the wrong role → the 403 page. */
export async function requirePageRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  const denied = checkRole(actor, roles);
  if (denied === "UNAUTHENTICATED") redirect("/login");
  if (denied === "FORBIDDEN") forbidden();
  return actor as Actor;
}
