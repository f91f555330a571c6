import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique index refused the write: the last word when two people create the same thing at the
 * same moment, after the use case's own check passed for both.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
