import type { Prisma } from "@/lib/generated/prisma/client";
import { forgetKeptTaxonomy } from "./kept";
import { LEGAL_DOMAINS } from "./taxonomy";

type Writer = Pick<Prisma.TransactionClient, "legalDomain">;

/**
 * Writes the legal-domain taxonomy into the database, by code: every install needs it before the
 * first dossier (the demo seed and `npm run setup` call it), and running it again only brings
 * names and order up to date.
 */
export async function syncLegalDomains(db: Writer): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const upsert = async (node: (typeof LEGAL_DOMAINS)[number], sortOrder: number, parentId: string | null) => {
    const data = {
      nameNl: node.nameNl,
      nameEn: node.nameEn,
      juridischLoketCategory: node.juridischLoketCategory,
      sortOrder,
      parentId,
    };
    const { id } = await db.legalDomain.upsert({
      where: { code: node.code },
      create: { code: node.code, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(node.code, id);
    return id;
  };
  for (const [index, domain] of LEGAL_DOMAINS.entries()) {
    const parentId = await upsert(domain, index + 1, null);
    await Promise.all((domain.children ?? []).map((child, childIndex) => upsert(child, childIndex + 1, parentId)));
  }
  forgetKeptTaxonomy();
  return ids;
}
