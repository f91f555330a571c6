"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { correctTimeEntryAction } from "@/app/(staff)/uren/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

/** A correction names what the entry should have been; the difference is written, not an overwrite. */
export function CorrectEntryForm({ timeEntryId, currentMinutes }: { timeEntryId: string; currentMinutes: number }) {
  const t = useTranslations("hours");
  const router = useRouter();
  const form = useFormAction(correctTimeEntryAction, { onSuccess: () => router.refresh() });
  const fieldError = form.fieldError;
  const corrected =
    form.state.status === "ok"
      ? t("corrected", { old: form.state.value.oldMinutes, new: form.state.value.newMinutes })
      : null;
  const id = (name: string) => `correct-${timeEntryId}-${name}`;

  return (
    <form {...form.props} className="mt-2 space-y-2">
      <input type="hidden" name="timeEntryId" value={timeEntryId} />
      <p className="text-sm text-slate-700">{t("correctHint")}</p>
      <FormAlert id={id("error")} message={form.error} />
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor={id("minutes")} className="block font-medium">
            {t("newMinutes")}
          </label>
          <input
            id={id("minutes")}
            name="minutes"
            inputMode="numeric"
            defaultValue={form.sent("minutes") ?? currentMinutes}
            className={fieldClass}
            {...fieldErrorProps(id("minutes-error"), fieldError("minutes"))}
          />
          <p id={id("minutes-error")} className="text-sm font-medium text-red-800">
            {fieldError("minutes")}
          </p>
        </div>
        <div>
          <label htmlFor={id("reason")} className="block font-medium">
            {t("reason")}
          </label>
          <input
            id={id("reason")}
            name="reason"
            defaultValue={form.sent("reason")}
            className={fieldClass}
            {...fieldErrorProps(id("reason-error"), fieldError("reason"))}
          />
          <p id={id("reason-error")} className="text-sm font-medium text-red-800">
            {fieldError("reason")}
          </p>
        </div>
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("saveCorrection")}
      </button>
      <div aria-live="polite">
        {corrected && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            {corrected}
          </p>
        )}
      </div>
    </form>
  );
}
