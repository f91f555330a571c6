"use client";

import { useState, useTransition } from "react";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Runs a server action that answers with a Result, and keeps its Dutch error for the form. */
export function useResultAction<T>(action: (input: unknown) => Promise<Outcome<T>>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const run = (input: unknown, onSuccess: (value: T) => void) =>
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await action(input);
      if (result.ok) onSuccess(result.value);
      else {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  return { pending, error, fieldError: (name: string) => fieldErrors[name]?.[0], run };
}
