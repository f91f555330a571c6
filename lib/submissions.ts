// Idempotent form submits. A create-form sends a key (a UUID made once per filled-in form); the
// use case stores it with its result in the same transaction as the record it creates. A second
// submit with that key (a double click, a retry after the answer got lost) gets the first result
// back and writes nothing. The unique (organisationId, key) and a lock on the key make this hold
// for two submits at the same moment too: the second waits for the first, then finds its result.
import type { MessageKey } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok, refuse, type Result } from "@/lib/result";
import { SUBMISSION_FIELD } from "@/lib/form-state";
import { z } from "@/lib/zod";

export { SUBMISSION_FIELD };

export const SUBMISSION_KEY_INVALID = "refusals.common.submissionInvalid" satisfies MessageKey;
export const SUBMISSION_KEY_USED = "refusals.common.submissionUsed";

const keySchema = z.uuid({ error: SUBMISSION_KEY_INVALID });

/** The key of one submit, bound to who sends it and to which use case. */
export type Submission = { key: string; action: string; actor: Actor; recorded: boolean };

/** The first submit's answer, thrown out of the second one's transaction so that it rolls back. */
export class SubmissionReplayed extends Error {
  constructor(readonly result: Result<unknown>) {
    super("submission replayed");
    this.name = "SubmissionReplayed";
  }
}

/**
 * The key a form sent, read from a plain object or FormData. Absent is fine (a caller without a
 * form, such as a script); present but not a UUID is bad input.
 */
export function submissionKeyOf(input: unknown): { ok: true; key: string | null } | { ok: false } {
  const raw =
    input instanceof FormData
      ? input.get(SUBMISSION_FIELD)
      : input && typeof input === "object"
        ? (input as Record<string, unknown>)[SUBMISSION_FIELD]
        : undefined;
  if (raw === undefined || raw === null || raw === "") return { ok: true, key: null };
  const parsed = keySchema.safeParse(raw);
  return parsed.success ? { ok: true, key: parsed.data.toLowerCase() } : { ok: false };
}

type Tx = Prisma.TransactionClient;

/**
 * First step in the use case's transaction: waits while another submit with the same key is
 * running, then throws `SubmissionReplayed` with its result if that one was stored.
 */
export async function claimSubmission(tx: Tx, submission: Submission | undefined): Promise<void> {
  if (!submission) return;
  const { key, actor } = submission;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`submission:${actor.organisationId}:${key}`}, 0))`;
  const earlier = await tx.submission.findUnique({
    where: { organisationId_key: { organisationId: actor.organisationId, key } },
    select: { action: true, userId: true, result: true },
  });
  if (!earlier) return;
  // A key is one person's one form: someone else's key, or one from another form, is not a replay.
  if (earlier.action !== submission.action || earlier.userId !== actor.userId)
    throw new SubmissionReplayed(refuse(SUBMISSION_KEY_USED));
  throw new SubmissionReplayed(ok(decode(earlier.result)));
}

/** Last step in the use case's transaction: stores the value the use case is about to answer. */
export async function recordSubmission<T>(tx: Tx, submission: Submission | undefined, value: T): Promise<T> {
  if (!submission) return value;
  await tx.submission.create({
    data: {
      organisationId: submission.actor.organisationId,
      key: submission.key,
      action: submission.action,
      userId: submission.actor.userId,
      result: encode(value),
    },
  });
  submission.recorded = true;
  return value;
}

// Results hold ids, names and dates; JSON keeps the first two, a tagged string brings dates back.
function encode(value: unknown): Prisma.InputJsonValue {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return (value ?? null) as Prisma.InputJsonValue;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === "$date" && typeof entries[0][1] === "string")
      return new Date(entries[0][1]);
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
}
