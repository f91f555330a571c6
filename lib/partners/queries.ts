import { hasAnyRole } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { activeLegalDomainTree } from "@/lib/legal-domains/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { socialMapFilterSchema, type SocialMapFilterInput } from "./schema";
import { PARTNER_EDIT_ROLES, PARTNER_READ_ROLES } from "@/lib/auth/policy";

const MAX_SEARCH_WORDS = 6;

const partnerCard = {
  id: true,
  name: true,
  type: true,
  phone: true,
  email: true,
  website: true,
  address: true,
  postcode: true,
  openingHours: true,
  inLibrary: true,
  handoverNotes: true,
  active: true,
  legalDomains: {
    select: {
      legalDomain: {
        select: {
          id: true,
          nameNl: true,
          nameEn: true,
          sortOrder: true,
          parent: { select: { nameNl: true, nameEn: true, sortOrder: true } },
        },
      },
    },
  },
} satisfies Prisma.PartnerSelect;

type PartnerRow = Prisma.PartnerGetPayload<{ select: typeof partnerCard }>;

/** A partner's domains in the taxonomy's order: each top level, followed by its sub-domains. */
function asCard({ legalDomains, ...partner }: PartnerRow) {
  const position = ({ sortOrder, parent }: PartnerRow["legalDomains"][number]["legalDomain"]) =>
    parent ? [parent.sortOrder, 1, sortOrder] : [sortOrder, 0, 0];
  const domains = legalDomains.map(({ legalDomain }) => legalDomain);
  domains.sort((a, b) => {
    const [pa, pb] = [position(a), position(b)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  });
  return {
    ...partner,
    legalDomains: domains.map(({ id, nameNl, nameEn, parent }) => ({
      id,
      nameNl,
      nameEn,
      parent: parent && { nameNl: parent.nameNl, nameEn: parent.nameEn },
    })),
  };
}

/**
 * The legal-domain filter. A partner linked to a top-level domain ("Schulden") takes all of it, so
 * it matches every sub-domain ("Beslagvrije voet") too; a partner linked to a sub-domain works
 * within its top level, so it matches a search for that top level. It does not match a sibling
 * sub-domain: a debt counsellor is no answer to a question about a payment plan's bailiff.
 */
function takesDomain(domainId: string): Prisma.PartnerWhereInput {
  return {
    legalDomains: {
      some: {
        OR: [
          { legalDomainId: domainId },
          { legalDomain: { parentId: domainId } },
          { legalDomain: { children: { some: { id: domainId } } } },
        ],
      },
    },
  };
}

/**
 * The social map of the actor's organisation, searched and filtered. Every word of the search must
 * occur in the name or the handover notes (so "wijkteam hengelo" narrows down). Inactive partners
 * stay hidden unless a coordinator asks for them: the others would only send people to a desk
 * that no longer exists. Bad filter values fall back to "no filter".
 */
export async function searchSocialMap(actor: Actor | null, rawFilter: SocialMapFilterInput = {}) {
  const reader = requireRole(actor, PARTNER_READ_ROLES);
  const filter = socialMapFilterSchema.parse(rawFilter);
  const mayShowInactive = hasAnyRole(reader, PARTNER_EDIT_ROLES);
  const conditions: Prisma.PartnerWhereInput[] = [scopedToOrganisation(reader)];
  if (!(filter.includeInactive && mayShowInactive)) conditions.push({ active: true });
  if (filter.type) conditions.push({ type: filter.type });
  if (filter.inLibrary) conditions.push({ inLibrary: true });
  if (filter.domainId) conditions.push(takesDomain(filter.domainId));
  for (const word of (filter.query ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS)) {
    conditions.push({
      OR: [
        { name: { contains: word, mode: "insensitive" } },
        { handoverNotes: { contains: word, mode: "insensitive" } },
      ],
    });
  }
  const partners = await db.partner.findMany({
    where: { AND: conditions },
    orderBy: { name: "asc" },
    select: partnerCard,
  });
  return partners.map(asCard);
}

export type SocialMapPartner = Awaited<ReturnType<typeof searchSocialMap>>[number];

export type SuggestedPartner = { id: string; name: string; type: PartnerType; inLibrary: boolean };

/** How well a partner fits a domain of the case; lower is better. */
const FIT = { exact: 0, wholeTopLevel: 1, withinTopLevel: 2 } as const;

/**
 * The active partners of the actor's organisation that take the case's legal domains, best fit
 * first: a partner linked to the exact domain, then one that takes its whole top level, then (for a
 * top-level domain of the case) one that takes part of it. Within a fit, the case's domains count
 * in the order given (the primary domain first), then the name. Unknown domains are ignored.
 */
export async function suggestPartnersForDomains(
  actor: Actor | null,
  legalDomainIds: string[],
): Promise<SuggestedPartner[]> {
  const reader = requireRole(actor, PARTNER_READ_ROLES);
  const ids = [...new Set(legalDomainIds)];
  if (ids.length === 0) return [];
  const domains = await db.legalDomain.findMany({ where: { id: { in: ids } }, select: { id: true, parentId: true } });
  if (domains.length === 0) return [];
  const asked = ids.flatMap((id) => domains.filter((domain) => domain.id === id));
  const parentIds = asked.flatMap((domain) => (domain.parentId ? [domain.parentId] : []));
  const topLevelIds = asked.filter((domain) => !domain.parentId).map((domain) => domain.id);

  const partners = await db.partner.findMany({
    where: {
      ...scopedToOrganisation(reader),
      active: true,
      legalDomains: {
        some: {
          OR: [{ legalDomainId: { in: [...ids, ...parentIds] } }, { legalDomain: { parentId: { in: topLevelIds } } }],
        },
      },
    },
    select: {
      id: true,
      name: true,
      type: true,
      inLibrary: true,
      legalDomains: { select: { legalDomain: { select: { id: true, parentId: true } } } },
    },
  });

  const ranked = partners.map(({ legalDomains, ...partner }) => {
    let best = { fit: Number.POSITIVE_INFINITY, order: Number.POSITIVE_INFINITY };
    asked.forEach((domain, order) => {
      for (const { legalDomain: taken } of legalDomains) {
        const fit =
          taken.id === domain.id
            ? FIT.exact
            : domain.parentId && taken.id === domain.parentId
              ? FIT.wholeTopLevel
              : !domain.parentId && taken.parentId === domain.id
                ? FIT.withinTopLevel
                : null;
        if (fit !== null && (fit < best.fit || (fit === best.fit && order < best.order))) best = { fit, order };
      }
    });
    return { partner, ...best };
  });
  return ranked
    .sort((a, b) => a.fit - b.fit || a.order - b.order || a.partner.name.localeCompare(b.partner.name, "nl"))
    .map(({ partner }) => partner);
}

/** The two-level taxonomy, for the filter, the partner form and the import's list of codes. */
export async function listLegalDomainChoices(actor: Actor | null) {
  requireRole(actor, PARTNER_READ_ROLES);
  return activeLegalDomainTree();
}

export type LegalDomainChoice = Awaited<ReturnType<typeof listLegalDomainChoices>>[number];

/** One partner of the coordinator's own organisation, as the edit form needs it; null when not theirs. */
export async function getPartnerForEditing(actor: Actor | null, partnerId: string) {
  const coordinator = requireRole(actor, PARTNER_EDIT_ROLES);
  const partner = await db.partner.findFirst({
    where: { id: partnerId, ...scopedToOrganisation(coordinator) },
    select: partnerCard,
  });
  return partner && asCard(partner);
}
