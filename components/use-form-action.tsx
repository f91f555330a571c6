"use client";

import { startTransition, useActionState, useEffect, useEffectEvent, useReducer, useRef } from "react";
import { SUBMISSION_FIELD, type FormState } from "@/lib/form-state";

/** A form's server action: the previous answer and the posted fields in, the next answer out. */
export type FormAction<T> = (previous: FormState<T>, form: FormData) => Promise<FormState<T>>;

const NUDGE_EVERY_MS = 4_000;

type Refused = Extract<FormState, { status: "refused" }>;

type Options<T> = {
  /**
   * A create-form's key (lib/submissions.ts), made by the page so that it is in the form before
   * any script runs. Every submit carries it until one succeeds (a double click, a retry after a
   * lost answer), so the record is written once; the success answers the next key.
   */
  submissionId?: string;
  /** With scripts, before sending: false keeps the form here (a check the browser can make itself). */
  beforeSubmit?: (form: HTMLFormElement) => boolean | void;
  /** With scripts, after a success: reset the fields, refresh the page, go on. */
  onSuccess?: (value: T, form: HTMLFormElement | null, sent: Record<string, string>) => void;
  onRefusal?: (refusal: Refused) => void;
};

/**
 * A server-action form (`<form {...form.props}>`). Without scripts the browser posts it and the
 * page renders again with the answer, errors next to their fields. With scripts the submit is
 * sent from here instead: React would empty the fields after every action it runs itself, also
 * after a refusal, and the answer shows in place; `pending` disables the button meanwhile.
 */
export function useFormAction<T>(action: FormAction<T>, options: Options<T> = {}) {
  const [state, dispatch, pending] = useActionState(action, { status: "idle", submissionId: options.submissionId });
  const formRef = useRef<HTMLFormElement>(null);
  // The answer a page was rendered with after a post without scripts is no news once they load.
  const settled = useRef(state);
  const settle = useEffectEvent((answer: FormState<T>) => {
    if (answer.status === "ok") options.onSuccess?.(answer.value, formRef.current, answer.sent);
    if (answer.status === "refused") options.onRefusal?.(answer);
  });
  useEffect(() => {
    if (settled.current === state) return;
    settled.current = state;
    settle(state);
  }, [state]);

  // A form's answer arrives in a transition together with the page the server rendered after it.
  // Under load that transition can stay suspended after everything it waited for has arrived (a
  // lost wake-up: vercel/next.js#98303); any urgent update lets React try it again. So while the
  // form is sent, a small one every few seconds: without it the button stayed "Bezig…" for good.
  const [, nudge] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(nudge, NUDGE_EVERY_MS);
    return () => clearInterval(timer);
  }, [pending]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (options.beforeSubmit?.(form) === false) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const fields = new FormData(form, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(fields));
  }

  const refusal = state.status === "refused" ? state : null;
  const fieldError = (name: string): string | undefined => refusal?.fieldErrors[name]?.[0];
  /** What was typed in a field that was refused, to fill it in again on a page rendered after the post. */
  const sent = (name: string): string | undefined => refusal?.sent[name];
  /** Every value sent for a group of checkboxes; undefined when nothing was refused or none was ticked. */
  const sentAll = (name: string): string[] | undefined => {
    if (!refusal) return undefined;
    const one = refusal.sent[name];
    return refusal.sentLists?.[name] ?? (one === undefined ? undefined : [one]);
  };
  return {
    state,
    pending,
    error: refusal?.error ?? null,
    fieldError,
    sent,
    sentAll,
    /**
     * A field primitive's name, error and value (`<TextField {...form.field("title")} />`): after a
     * refusal what was sent, else what is stored.
     */
    field: (name: string, stored?: string | number | null) => ({
      name,
      error: fieldError(name),
      defaultValue: sent(name) ?? stored ?? undefined,
    }),
    // Busy while sent: assistive technology hears it, and the desk's own refresh waits for it.
    props: { ref: formRef, action: dispatch, onSubmit, noValidate: true, "aria-busy": pending || undefined },
    /** The hidden key of a create-form; nothing for other forms. */
    submissionField: state.submissionId ? (
      <input type="hidden" name={SUBMISSION_FIELD} value={state.submissionId} />
    ) : null,
  };
}
