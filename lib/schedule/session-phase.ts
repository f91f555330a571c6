// Whether a session was held is a matter of time, not of a button: a session is held once it has
// ended and was not cancelled, visitors or not. The schedule, the hours report and the monthly
// figures all ask here, so they cannot disagree about a quiet Thursday morning.
import type { Prisma } from "@/lib/generated/prisma/client";

export type SessionPhase = "PLANNED" | "RUNNING" | "HELD" | "CANCELLED";

type Timed = { status: "PLANNED" | "CANCELLED"; startsAt: Date; endsAt: Date };

export function sessionPhase(session: Timed, now: Date): SessionPhase {
  if (session.status === "CANCELLED") return "CANCELLED";
  if (session.endsAt <= now) return "HELD";
  return session.startsAt <= now ? "RUNNING" : "PLANNED";
}

/** The sessions held by `now`, for a Prisma query. */
export function heldBy(now: Date) {
  return { status: "PLANNED", endsAt: { lte: now } } satisfies Prisma.SessionWhereInput;
}
