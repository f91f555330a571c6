import type { Prisma } from "@/lib/generated/prisma/client";

/** The details that make two records likely one person. */
export type PersonDetails = { displayName: string; birthYear?: number | null; phone?: string | null };

/**
 * Two records are likely one person when the name and the birth year are the same (the name in
 * any case), or the phone number is: a client registered once with initials and once in full
 * shares neither, and is found by the desk's search instead. Null when the details give nothing
 * to compare (a name alone is too common to point at anyone).
 */
export function likelyDuplicatesOf(
  organisationId: string,
  person: PersonDetails,
  exceptClientId?: string,
): Prisma.ClientWhereInput | null {
  const same: Prisma.ClientWhereInput[] = [];
  // Prisma compares case-insensitively with ILIKE: a "%" or "_" in a name would match any text.
  const name = person.displayName.trim().replace(/[\\%_]/g, "\\$&");
  if (person.birthYear) same.push({ displayName: { equals: name, mode: "insensitive" }, birthYear: person.birthYear });
  if (person.phone) same.push({ phone: person.phone });
  if (same.length === 0) return null;
  return {
    organisationId,
    anonymisedAt: null,
    mergedIntoId: null,
    OR: same,
    ...(exceptClientId ? { NOT: { id: exceptClientId } } : {}),
  };
}
