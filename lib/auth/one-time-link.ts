import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OneTimeLinkPurpose } from "@/lib/generated/prisma/enums";

type Writer = Pick<Prisma.TransactionClient, "oneTimeLink">;

const HOUR_MS = 60 * 60 * 1000;

/**
 * How long a link works. An invitation waits for someone who reads their mail once a week; a
 * reset is asked for by the person who uses it, so it need not live long. `npm run setup` gives
 * the first admin 24 hours.
 */
export const LINK_VALIDITY_MS: Record<OneTimeLinkPurpose, number> = {
  INVITATION: 7 * 24 * HOUR_MS,
  PASSWORD_RESET: 2 * HOUR_MS,
};
export const SETUP_LINK_VALIDITY_MS = 24 * HOUR_MS;

/** The path a link opens; the secret is its last segment. */
const SET_PASSWORD_PATH = "/wachtwoord";

/** 32 random bytes: unguessable, and short enough to read out over the phone in a pinch. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new secret for a link: stored nowhere, only its hash. */
export function newLinkSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Whether a string can be a link's secret at all: anything else is not looked up. */
export function isLinkSecret(value: unknown): value is string {
  return typeof value === "string" && SECRET_PATTERN.test(value);
}

/**
 * Issues a link for one person and purpose, and voids the unused ones issued before it: only the
 * newest link works, so a link mailed to an old address or pasted in the wrong chat can be
 * replaced. Returns the secret, which is stored nowhere.
 */
export async function issueOneTimeLink(
  writer: Writer,
  link: {
    organisationId: string;
    userId: string;
    purpose: OneTimeLinkPurpose;
    issuedById?: string | null;
    validForMs?: number;
  },
  now: Date,
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newLinkSecret();
  const expiresAt = new Date(now.getTime() + (link.validForMs ?? LINK_VALIDITY_MS[link.purpose]));
  await writer.oneTimeLink.deleteMany({ where: { userId: link.userId, purpose: link.purpose, usedAt: null } });
  await writer.oneTimeLink.create({
    data: {
      organisationId: link.organisationId,
      userId: link.userId,
      purpose: link.purpose,
      issuedById: link.issuedById ?? null,
      tokenHash: hashLinkSecret(secret),
      expiresAt,
    },
  });
  return { secret, expiresAt };
}

/** The full address of a link, for the setup script's output, an e-mail or the admin to copy. */
export function oneTimeLinkUrl(secret: string, baseUrl: string): string {
  return new URL(`${SET_PASSWORD_PATH}/${secret}`, baseUrl).toString();
}
