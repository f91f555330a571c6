"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { FieldFeedback } from "@/components/form/field";
import { Fold, type Folded } from "@/components/form/fold";
import { SubmitButton } from "@/components/form/submit-button";
import { type FormAction, useFormAction } from "@/components/use-form-action";

type Props = {
  action: FormAction<unknown>;
  submitLabel: string;
  /** The accessible name of the button when its visible text alone is too short (a button in a list). */
  submitAccessibleName?: string;
  /** A key in the "schedule" messages; the result's numbers fill its placeholders. */
  successMessage: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** Folded away under a title until opened (components/form/fold.tsx). */
  folded?: Folded;
  children?: React.ReactNode;
};

/**
 * A schedule form: sends its fields to a server action and shows the answer right below it, the
 * refusal in Dutch (role="alert") and each field's problem next to that field. The fields keep
 * what was typed after a refusal and are cleared after a success.
 */
export function ActionForm({
  action,
  submitLabel,
  submitAccessibleName,
  successMessage,
  variant = "primary",
  className,
  folded,
  children,
}: Props) {
  const t = useTranslations("schedule");
  const formId = useId();
  const form = useFormAction(action, { onSuccess: (_, element) => element?.reset() });

  const refusal = form.state.status === "refused" ? form.state : null;
  const values = form.state.status === "ok" ? numbersOf(form.state.value) : {};
  return (
    <Fold folded={folded} answered={form.state.status !== "idle"}>
      <form {...form.props} className={className ?? "space-y-3"} aria-describedby={`${formId}-feedback`}>
        <FieldFeedback value={{ error: form.fieldError, sent: form.sent }}>{children}</FieldFeedback>
        <SubmitButton pending={form.pending} variant={variant} aria-label={submitAccessibleName}>
          {form.pending ? t("busy") : submitLabel}
        </SubmitButton>
        <div id={`${formId}-feedback`} aria-live="assertive">
          {refusal && (
            <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
              {refusal.error}
            </p>
          )}
          {form.state.status === "ok" && (
            <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
              {t(successMessage, values)}
            </p>
          )}
        </div>
      </form>
    </Fold>
  );
}

function numbersOf(value: unknown): Record<string, number> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}
