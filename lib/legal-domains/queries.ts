import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keptTaxonomy } from "./kept";

// The legal-domain taxonomy is written from code (taxonomy.ts, by syncLegalDomains at setup) and
// nothing in the app changes it while it runs, so a server reads it at most once a minute (kept.ts)
// rather than on every desk, dossier form and report.

const STORED_DOMAIN = {
  id: true,
  code: true,
  parentId: true,
  nameNl: true,
  nameEn: true,
  juridischLoketCategory: true,
  sortOrder: true,
  active: true,
} as const satisfies Prisma.LegalDomainSelect;

type StoredDomain = Prisma.LegalDomainGetPayload<{ select: typeof STORED_DOMAIN }>;

/** Every domain, both levels, by sortOrder and code. */
function storedDomains(): Promise<StoredDomain[]> {
  return keptTaxonomy(() =>
    db.legalDomain.findMany({ select: STORED_DOMAIN, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
  );
}

const naming = ({ id, code, nameNl, nameEn }: StoredDomain) => ({ id, code, nameNl, nameEn });

/** The shared taxonomy as stored, active or not, to name the domains counts and records point at. */
export async function legalDomainTaxonomy() {
  return (await storedDomains()).map(({ id, code, parentId, nameNl, nameEn, juridischLoketCategory }) => ({
    id,
    code,
    parentId,
    nameNl,
    nameEn,
    juridischLoketCategory,
  }));
}

/** The active top-level domains, in their order. */
export async function activeTopLegalDomains() {
  return (await storedDomains()).filter((domain) => domain.parentId === null && domain.active).map(naming);
}

/** The active top-level domains, each with its active sub-domains, both in their order. */
export async function activeLegalDomainTree() {
  const domains = await storedDomains();
  return domains
    .filter((domain) => domain.parentId === null && domain.active)
    .map((top) => ({
      ...naming(top),
      children: domains.filter((child) => child.parentId === top.id && child.active).map(naming),
    }));
}
