import { db } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * The actor of a session cookie: its user must still be active, and the session must have begun
 * at or after the user's `sessionsValidFrom` (moved to "now" by deactivation, "end all sessions"
 * and a new password). A cookie that fails this still exists, but opens nothing any more.
 */
export async function actorOfSession(userId: string, loginAt: number): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true, sessionsValidFrom: { lte: new Date(loginAt) } },
    select: { id: true, organisationId: true, roles: true, advisorKind: true, name: true, email: true },
  });
  if (!user) return null;
  return {
    userId: user.id,
    organisationId: user.organisationId,
    roles: user.roles,
    advisorKind: user.advisorKind,
    name: user.name,
    email: user.email,
  };
}
