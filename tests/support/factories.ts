import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { amsterdamMoment } from "@/lib/dates";
import type { AdvisorKind, Role } from "@/lib/generated/prisma/enums";
import { LEGAL_DOMAINS } from "@/lib/legal-domains/taxonomy";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString("hex");

export async function createOrganisation(name = `Bibliotheek ${unique()}`) {
  const organisation = await db.organisation.create({
    // Made up, like the demo's: a test may load demo data beside it.
    data: { name, slug: `org-${unique()}`, municipality: "Teststad", demo: true },
  });
  const location = await db.location.create({
    data: {
      organisationId: organisation.id,
      slug: `loc-${unique()}`,
      name: `${name} centrale`,
      street: "Teststraat 1",
      postcode: "1234 AB",
      city: "Teststad",
    },
  });
  return { organisation, location };
}

/**
 * A location that takes online bookings, with one evening session on `day` from 19:00 of
 * `halfHours` free half hours, all held by one advisor of its own (an advisor sits in one half hour
 * at a time, so two such places never share one).
 */
export async function createEveningPlace(organisationId: string, day: string, halfHours: number) {
  const advisorId = (await createUser(organisationId, "ADVISOR")).id;
  const tag = unique();
  const location = await db.location.create({
    data: {
      organisationId,
      slug: `avond-${tag}`,
      name: `Filiaal ${tag}`,
      street: "Markt 1",
      postcode: "1234 AB",
      city: "Teststad",
      onlineBooking: true,
    },
  });
  const evening = 19 * 60;
  const session = await db.session.create({
    data: {
      organisationId,
      locationId: location.id,
      startsAt: amsterdamMoment(day, evening),
      endsAt: amsterdamMoment(day, evening + 30 * halfHours),
    },
  });
  const slots = [];
  for (let i = 0; i < halfHours; i++)
    slots.push(
      await db.slot.create({
        data: {
          organisationId,
          sessionId: session.id,
          advisorId,
          startsAt: amsterdamMoment(day, evening + 30 * i),
          endsAt: amsterdamMoment(day, evening + 30 * (i + 1)),
        },
      }),
    );
  return { location, session, slots };
}

/** A funder or programme: an organisation of its own, without locations or clients. */
export async function createProgramme(name = `Programma ${unique()}`) {
  return db.organisation.create({
    data: { name, slug: `programma-${unique()}`, municipality: "Teststad", demo: true, kind: "PROGRAMME" },
  });
}

/** A user with one role, or with several (someone who advises and coordinates). */
export async function createUser(
  organisationId: string,
  role: Role | Role[],
  options: { advisorKind?: AdvisorKind; active?: boolean; homeLocationId?: string } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const roles = [role].flat();
  const label = roles.join("+");
  const user = await db.user.create({
    data: {
      organisationId,
      email: `${label.toLowerCase()}-${unique()}@test.example`,
      name: `${label} ${unique()}`,
      roles,
      advisorKind: roles.includes("ADVISOR") ? (options.advisorKind ?? "PROFESSIONAL") : null,
      passwordHash: await passwordHash,
      active: options.active ?? true,
      homeLocationId: options.homeLocationId,
    },
  });
  return user;
}

export function actorOf(user: {
  id: string;
  organisationId: string;
  roles: Role[];
  advisorKind: AdvisorKind | null;
  name: string;
  email: string;
}): Actor {
  return {
    userId: user.id,
    organisationId: user.organisationId,
    roles: user.roles,
    advisorKind: user.advisorKind,
    name: user.name,
    email: user.email,
  };
}

export async function createClient(organisationId: string, displayName = `Cliënt ${unique()}`) {
  return db.client.create({ data: { organisationId, displayName } });
}

/** The national taxonomy, as the seed writes it: code → id. */
export async function seedLegalDomains() {
  const ids = new Map<string, string>();
  for (const [index, domain] of LEGAL_DOMAINS.entries()) {
    const { code, nameNl, nameEn, juridischLoketCategory } = domain;
    const top = await db.legalDomain.create({
      data: { code, nameNl, nameEn, juridischLoketCategory, sortOrder: index + 1 },
    });
    ids.set(code, top.id);
    for (const [childIndex, child] of (domain.children ?? []).entries()) {
      const { code, nameNl, nameEn, juridischLoketCategory } = child;
      ids.set(
        code,
        (
          await db.legalDomain.create({
            data: { code, nameNl, nameEn, juridischLoketCategory, sortOrder: childIndex + 1, parentId: top.id },
          })
        ).id,
      );
    }
  }
  return ids;
}
