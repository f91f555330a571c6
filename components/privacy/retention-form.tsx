"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { setRetentionMonthsAction } from "@/app/(staff)/beheer/privacy/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

/** The organisation's retention period in months. */
export function RetentionForm({ months }: { months: number }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const form = useFormAction(setRetentionMonthsAction, { onSuccess: () => router.refresh() });
  const fieldError = form.fieldError;
  const saved = form.state.status === "ok";

  return (
    <form {...form.props} className="space-y-3">
      <FormAlert id="retention-error" message={form.error} />
      <div>
        <label htmlFor="retention-months" className="block font-medium">
          {t("retentionLabel")}
        </label>
        <input
          id="retention-months"
          name="months"
          inputMode="numeric"
          defaultValue={form.sent("months") ?? months}
          className="mt-1 block w-32 rounded border border-slate-500 px-3 py-2"
          {...fieldErrorProps("retention-months-error", fieldError("months"))}
        />
        <p id="retention-months-error" className="text-sm font-medium text-red-800">
          {fieldError("months")}
        </p>
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("retentionSave")}
      </button>
      <p aria-live="polite">{saved && t("retentionSaved")}</p>
    </form>
  );
}
