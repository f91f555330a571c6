import { nulCharacterFields, type z } from "@/lib/zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { ACCESS_DENIED_MESSAGES, AccessDenied, requireRole } from "@/lib/auth/guard";
import { type Message, type MessageKey, zodMessage } from "@/lib/i18n/message-key";
import { Refusal, refuse, type Result } from "@/lib/result";
import {
  type Submission,
  SUBMISSION_FIELD,
  SUBMISSION_KEY_INVALID,
  SubmissionReplayed,
  submissionKeyOf,
} from "@/lib/submissions";
import { clock } from "@/lib/clock";
import { logError } from "@/lib/log-error";

export const UNEXPECTED_ERROR = "refusals.common.unexpected" satisfies MessageKey;
export const INVALID_INPUT = "refusals.common.invalidInput" satisfies MessageKey;
export const UNSTORABLE_CHARACTER = "refusals.common.unstorableCharacter" satisfies MessageKey;

type Spec<S extends z.ZodType, T> = {
  /** Stable name, e.g. "desk.registerWalkIn": used in the audit log and the authorisation matrix. */
  name: string;
  roles: readonly Role[];
  input: S;
  /**
   * A create-form's use case: a second submit with the same `submissionId` answers the first
   * result instead of writing again. `run` calls `claimSubmission` first and `recordSubmission`
   * last in its transaction, with `context.submission`.
   */
  idempotent?: boolean;
  run: (actor: Actor, input: z.output<S>, context: UseCaseContext) => Promise<Result<T>>;
};

/** What a use case may take from its surroundings; tests pass a fixed clock. */
type UseCaseContext = { now: Date; submission?: Submission };

export type UseCase<S extends z.ZodType, T> = ((
  actor: Actor | null,
  input: unknown,
  context?: { now?: Date },
) => Promise<Result<T>>) & {
  spec: Spec<S, T>;
};

/**
 * Every use case has the same shape: guard (role; the organisation scope is applied by `run`
 * through `scopedToOrganisation`) → parse with zod → run. Refusals and bad input come back as
 * message keys (the answering action translates them), never as a thrown database error; `run`
 * writes in one transaction, so a refusal thrown in it (`Refusal`) leaves nothing half-written.
 */
export function defineUseCase<S extends z.ZodType, T = void>(spec: Spec<S, T>): UseCase<S, T> {
  const useCase = async (actor: Actor | null, input: unknown, context: { now?: Date } = {}): Promise<Result<T>> => {
    try {
      const allowed = requireRole(actor, spec.roles);
      const parsed = spec.input.safeParse(input);
      const key = spec.idempotent ? submissionKeyOf(input) : { ok: true as const, key: null };
      if (!parsed.success || !key.ok) {
        const fieldErrors: Record<string, Message[]> = {};
        for (const issue of parsed.success ? [] : parsed.error.issues) {
          const path = issue.path.join(".") || "_";
          const shown = (fieldErrors[path] ??= []);
          // Two checks that fail with the same words are one message to the person at the form.
          const message = zodMessage(issue);
          if (!shown.some((other) => JSON.stringify(other) === JSON.stringify(message))) shown.push(message);
        }
        if (!key.ok) fieldErrors[SUBMISSION_FIELD] = [SUBMISSION_KEY_INVALID];
        return refuse(INVALID_INPUT, fieldErrors);
      }
      const unstorable = nulCharacterFields(parsed.data);
      if (unstorable.length)
        return refuse(INVALID_INPUT, Object.fromEntries(unstorable.map((key) => [key, [UNSTORABLE_CHARACTER]])));
      const submission = key.key ? { key: key.key, action: spec.name, actor: allowed, recorded: false } : undefined;
      const result = await spec.run(allowed, parsed.data, { now: context.now ?? clock.now(), submission });
      if (result.ok && submission && !submission.recorded)
        console.error(`[${spec.name}] answered without recording its submission: a repeat would write again`);
      return result;
    } catch (error) {
      if (error instanceof SubmissionReplayed) return error.result as Result<T>;
      if (error instanceof Refusal) return refuse(error.refusal, error.fieldErrors);
      if (error instanceof AccessDenied) return refuse(ACCESS_DENIED_MESSAGES[error.reason]);
      logError(`[${spec.name}]`, error);
      return refuse(UNEXPECTED_ERROR);
    }
  };
  return Object.assign(useCase, { spec });
}
