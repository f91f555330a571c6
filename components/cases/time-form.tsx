"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { logCaseTimeAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

export function TimeForm({ caseId, submissionId }: { caseId: string; submissionId: string }) {
  const t = useTranslations("time");
  const router = useRouter();
  const form = useFormAction(logCaseTimeAction, {
    submissionId,
    onSuccess: (_, element) => {
      element?.reset();
      router.refresh();
    },
  });

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <FormAlert id="time-error" message={form.error} />
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="minutes" className="block font-medium">
            {t("minutes")}
          </label>
          <input
            id="minutes"
            name="minutes"
            inputMode="numeric"
            defaultValue={form.sent("minutes")}
            className={fieldClass}
            aria-describedby="minutes-error"
            aria-invalid={form.fieldError("minutes") ? true : undefined}
          />
          <p id="minutes-error" className="text-sm font-medium text-red-800">
            {form.fieldError("minutes")}
          </p>
        </div>
        <div>
          <label htmlFor="time-kind" className="block font-medium">
            {t("kind")}
          </label>
          <select id="time-kind" name="kind" defaultValue={form.sent("kind") ?? "AFTERCARE"} className={fieldClass}>
            <option value="AFTERCARE">{t("AFTERCARE")}</option>
            <option value="CONSULTATION">{t("CONSULTATION")}</option>
          </select>
        </div>
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("log")}
      </button>
    </form>
  );
}
