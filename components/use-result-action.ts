"use client";

import { useRef, useState, useTransition } from "react";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Matches SUBMISSION_FIELD in lib/submissions.ts (not imported: that module is server code). */
const SUBMISSION_FIELD = "submissionId";

/** A v4 UUID; crypto.randomUUID exists only on https and localhost, getRandomValues everywhere. */
function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The key of one filled-in create-form: the same for every submit until one succeeds (a double
 * click, a retry after a lost answer), so the server writes the record once; a new one after.
 * Kept in a ref, not in state, so two clicks in the same instant already share it.
 */
export function useSubmissionKey() {
  const key = useRef<string | null>(null);
  return {
    current: () => (key.current ??= newSubmissionKey()),
    done: () => {
      key.current = null;
    },
  };
}

/** The input with the form's key added, for a plain object or FormData. */
export function withSubmissionKey(input: unknown, key: string): unknown {
  if (input instanceof FormData) {
    input.set(SUBMISSION_FIELD, key);
    return input;
  }
  return { ...(input as object), [SUBMISSION_FIELD]: key };
}

/**
 * Runs a server action that answers with a Result, and keeps its Dutch error for the form. The
 * button shows `pending` and is disabled meanwhile; with `{ once: true }` (a form that creates a
 * record) every submit also carries the form's submission key, so a repeat cannot create a second.
 */
export function useResultAction<T>(action: (input: unknown) => Promise<Outcome<T>>, options: { once?: boolean } = {}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const submission = useSubmissionKey();
  const run = (input: unknown, onSuccess: (value: T) => void, onFailure?: (failure: { error: string; fieldErrors?: Record<string, string[]> }) => void) => {
    const sent = options.once ? withSubmissionKey(input, submission.current()) : input;
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await action(sent);
      if (result.ok) {
        submission.done();
        onSuccess(result.value);
      } else {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        onFailure?.(result);
      }
    });
  };
  return { pending, error, fieldError: (name: string) => fieldErrors[name]?.[0], run };
}
