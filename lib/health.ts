import { db } from "@/lib/db";

export type Health = { status: "ok" | "degraded"; database: "reachable" | "unreachable"; checkedAt: string };

export async function checkHealth(): Promise<Health> {
  const checkedAt = new Date().toISOString();
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "reachable", checkedAt };
  } catch {
    return { status: "degraded", database: "unreachable", checkedAt };
  }
}
