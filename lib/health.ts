import { db } from "@/lib/db";
import { clock } from "@/lib/clock";

export type Health = { status: "ok" | "degraded"; database: "reachable" | "unreachable"; checkedAt: string };

export async function checkHealth(): Promise<Health> {
  const checkedAt = clock.now().toISOString();
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "reachable", checkedAt };
  } catch {
    return { status: "degraded", database: "unreachable", checkedAt };
  }
}
