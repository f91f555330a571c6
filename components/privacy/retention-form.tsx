"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRetentionMonthsAction } from "@/app/(staff)/beheer/privacy/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

/** The organisation's retention period in months. */
export function RetentionForm({ months }: { months: number }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, fieldError, run } = useResultAction(setRetentionMonthsAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    run({ months: new FormData(event.currentTarget).get("months") }, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormAlert id="retention-error" message={error} />
      <div>
        <label htmlFor="retention-months" className="block font-medium">
          {t("retentionLabel")}
        </label>
        <input
          id="retention-months"
          name="months"
          inputMode="numeric"
          defaultValue={months}
          className="mt-1 block w-32 rounded border border-slate-500 px-3 py-2"
          {...fieldErrorProps("retention-months-error", fieldError("months"))}
        />
        <p id="retention-months-error" className="text-sm font-medium text-red-800">
          {fieldError("months")}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("retentionSave")}
      </button>
      <p aria-live="polite">{saved && t("retentionSaved")}</p>
    </form>
  );
}
