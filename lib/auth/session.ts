import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { checkRole } from "./guard";
import { authOptions } from "./options";
import { actorOfSession } from "./session-actor";

/** The logged-in, active user of this request, or null. Read once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const { id: userId, loginAt } = (session?.user ?? {}) as { id?: string; loginAt?: number | null };
  // A cookie from before loginAt was recorded cannot be checked against sessionsValidFrom.
  if (!userId || typeof loginAt !== "number") return null;
  return actorOfSession(userId, loginAt);
});

/** For pages: not logged in → the login page; logged in with the wrong role → the 403 page. */
export async function requirePageRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  const denied = checkRole(actor, roles);
  if (denied === "UNAUTHENTICATED") redirect("/login");
  if (denied === "FORBIDDEN") forbidden();
  return actor as Actor;
}
