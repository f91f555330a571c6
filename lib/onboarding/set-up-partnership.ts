import { recordAudit } from "@/lib/audit";
import { issueOneTimeLink, SETUP_LINK_VALIDITY_MS } from "@/lib/auth/one-time-link";
import { emailAddress } from "@/lib/auth/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import { message, zodMessage, type Message } from "@/lib/i18n/message-key";
import { syncLegalDomains } from "@/lib/legal-domains/sync-taxonomy";
import { ok, refuse, type Result } from "@/lib/result";
import { z } from "@/lib/zod";

const name = (key: "organisation" | "municipality" | "library" | "provider" | "adminName") =>
  z
    .string({ error: `refusals.onboarding.${key}Required` })
    .trim()
    .min(2, `refusals.onboarding.${key}Required`)
    .max(120, "refusals.onboarding.tooLong");
const optionalName = (key: "library" | "provider") =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), name(key).optional());

const partnershipSchema = z.object({
  organisation: name("organisation"),
  municipality: name("municipality"),
  library: optionalName("library"),
  provider: optionalName("provider"),
  adminEmail: emailAddress,
  adminName: name("adminName"),
});

/**
 * The partnership's first person manages the accounts; they invite everyone else with their roles.
 * A programme's first person reads figures, and holds that role alone (a database check).
 */
const FIRST_PERSON: Record<OrganisationKind, Role[]> = {
  LIBRARY: ["ADMIN"],
  PROVIDER: ["ADMIN"],
  PROGRAMME: ["PROGRAMME"],
};

/** The address of an organisation in URLs and exports: its name without accents, in lower case. */
function organisationSlug(organisationName: string): string {
  return organisationName
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export type Partnership = {
  organisationId: string;
  slug: string;
  adminId: string;
  linkSecret: string;
  expiresAt: Date;
};

/**
 * The first run of a library or provider (`npm run setup`): the partnership as an organisation,
 * its first admin without a password, and a link of 24 hours where that admin sets one. The
 * legal-domain taxonomy is brought in too, so the first dossier has its choices. Asked a second
 * time for the same organisation (its name) or the same admin, it refuses and changes nothing, as
 * it does on a database that holds the demo libraries. With `kind: "PROGRAMME"` it makes a funder
 * or programme instead (`npm run setup -- --programme`): no taxonomy, and its first person reads
 * the figures that partnerships let it read, nothing else.
 */
export async function setUpPartnership(
  db: PrismaClient,
  input: unknown,
  now: Date,
  options: { besideDemo?: boolean; kind?: OrganisationKind } = {},
): Promise<Result<Partnership>> {
  const kind = options.kind ?? "LIBRARY";
  const parsed = partnershipSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(zodMessage(issue), { [String(issue.path[0] ?? "_")]: [zodMessage(issue)] });
  }
  const { organisation, municipality, library, provider, adminEmail, adminName } = parsed.data;
  const slug = organisationSlug(organisation);
  if (slug.length < 2) return refuse("refusals.onboarding.organisationRequired");
  const exists: Message = message("refusals.onboarding.organisationExists", { name: organisation });
  const adminTaken: Message = message("refusals.onboarding.adminExists", { email: adminEmail });
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.organisation.findUnique({ where: { slug }, select: { id: true } })) return refuse(exists);
      // Demo libraries log in with the README's password and show public pages: real clients do
      // not belong beside them. Only a trial or a test asks for it by name.
      if (!options.besideDemo && (await tx.organisation.count({ where: { demo: true } })) > 0)
        return refuse("refusals.onboarding.demoDatabase");
      if (await tx.user.findUnique({ where: { email: adminEmail }, select: { id: true } })) return refuse(adminTaken);
      if (kind !== "PROGRAMME") await syncLegalDomains(tx);
      const created = await tx.organisation.create({
        data:
          kind === "PROGRAMME"
            ? { slug, name: organisation, municipality, kind }
            : { slug, name: organisation, municipality, libraryName: library, providerName: provider },
        select: { id: true },
      });
      const admin = await tx.user.create({
        data: { organisationId: created.id, email: adminEmail, name: adminName, roles: FIRST_PERSON[kind] },
        select: { id: true },
      });
      const link = await issueOneTimeLink(
        tx,
        { organisationId: created.id, userId: admin.id, purpose: "INVITATION", validForMs: SETUP_LINK_VALIDITY_MS },
        now,
      );
      await recordAudit(
        {
          organisationId: created.id,
          action: kind === "PROGRAMME" ? "onboarding.programme_created" : "onboarding.partnership_created",
          access: "WRITE",
          entityType: "Organisation",
          entityId: created.id,
          details: { adminId: admin.id },
        },
        tx,
      );
      return ok({
        organisationId: created.id,
        slug,
        adminId: admin.id,
        linkSecret: link.secret,
        expiresAt: link.expiresAt,
      });
    });
  } catch (error) {
    // Two setups at the same moment: the unique indexes let one through.
    if (isUniqueViolation(error)) return refuse(exists);
    throw error;
  }
}
