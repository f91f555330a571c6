// The server actions are made here: an action file declares each one in a line,
// `export const registerWalkInAction = formAction(registerWalkIn, { input: intakeInput, revalidate: "/balie" })`,
// and only a form whose button means one of several such actions is written out, around
// chooseFormAction.
// Every action made so asks the session who is calling and hands the rest to the use case, which
// guards, validates and answers in message keys (lib/use-case.ts), which the action translates
// into the staff member's language; tests/unit/server-actions-coverage.test.ts
// knows these factories. Next.js allows such an export in a "use server" file: it must be a
// function (checked when the file loads), and these return async functions.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { answer, type FormShape, formInput, type FormState } from "@/lib/form-state";
import { translateResult } from "@/lib/i18n/translate-refusal";
import { type Answer, refuse } from "@/lib/result";
import type { UseCase } from "@/lib/use-case";
import type { z } from "@/lib/zod";

/** A page that shows what the action changes: its path, or a layout with every page below it. */
type Shown = string | { layout: string };

export type FormActionOptions<T> = {
  /** The posted form as the use case's input: a shape for formInput (the default, `{}`) or a function of its own. */
  input?: FormShape | ((form: FormData) => unknown);
  /** After a success, these pages are rendered anew. */
  revalidate?: Shown | readonly Shown[];
  /**
   * After a success, the browser goes here instead of staying on the form, with scripts or
   * without; a function answering null keeps it on the form.
   */
  redirectTo?: string | ((value: T) => string | null);
  /**
   * After a success and before any redirect: work that follows the committed change without
   * holding up its answer (it schedules with Next's after(), as lib/jobs/waiting-list-sweep.ts).
   */
  afterSuccess?: (value: T, actor: Actor) => void;
};

/** A form's server action: for useActionState (components/use-form-action.tsx), so it works without scripts. */
export type ServerFormAction<T> = (previous: FormState, form: FormData) => Promise<FormState<T>>;

/**
 * The server action of a form: caller from the session, posted fields as input, the use case's
 * result as the form's next state. A refusal changes nothing and stays on the form.
 */
export function formAction<S extends z.ZodType, T>(
  useCase: UseCase<S, T>,
  options: FormActionOptions<T> = {},
): ServerFormAction<T> {
  const { input = {}, revalidate = [], redirectTo, afterSuccess } = options;
  const read = typeof input === "function" ? input : (form: FormData) => formInput(form, input);
  const shown = [revalidate].flat();
  return async (_previous, form) => {
    const actor = await currentActor();
    const result = await useCase(actor, read(form));
    if (result.ok) {
      if (actor) afterSuccess?.(result.value, actor);
      for (const page of shown) {
        if (typeof page === "string") revalidatePath(page);
        else revalidatePath(page.layout, "layout");
      }
      const destination = typeof redirectTo === "function" ? redirectTo(result.value) : redirectTo;
      if (destination) redirect(destination);
    }
    return answer(await translateResult(result), form);
  };
}

/**
 * One form whose button means one of several use cases, named by a posted field: a visit's next
 * step, or a switch that deactivates what is active and reactivates what is not. One action per
 * such form, not one per meaning, because React hands the answer of a post made without scripts
 * only to the useActionState of the action that was posted: a switch that rendered the other
 * action after its change lost the answer ("the partner is inactive now") on the way back.
 * The form's action is written out around it, the choices made by formAction:
 * `export async function setPartnerActiveAction(previous: FormState, form: FormData) { return
 * chooseFormAction(ACTIVE_SWITCH, "change", previous, form); }`. An unknown choice changes nothing.
 */
export async function chooseFormAction<K extends string>(
  choices: Record<K, ServerFormAction<unknown>>,
  field: string,
  previous: FormState,
  form: FormData,
): Promise<FormState<unknown>> {
  const chosen = form instanceof FormData ? form.get(field) : null;
  if (typeof chosen !== "string" || !Object.hasOwn(choices, chosen))
    return answer(await translateResult(refuse("refusals.common.unknownAction")), form);
  return choices[chosen as K](previous, form);
}

/**
 * A server action that a script calls with a value, not a form (the intake form's search-as-you-
 * type): caller from the session, the value as the use case's input, its result as the answer.
 */
export function scriptAction<S extends z.ZodType, T>(useCase: UseCase<S, T>): (input: unknown) => Promise<Answer<T>> {
  return async (input) => translateResult(await useCase(await currentActor(), input));
}
