"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { logCaseTimeAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

export function TimeForm({ caseId }: { caseId: string }) {
  const t = useTranslations("time");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { pending, error, fieldError, run } = useResultAction(logCaseTimeAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ caseId, minutes: form.get("minutes"), kind: form.get("kind") }, () => {
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <FormAlert id="time-error" message={error} />
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="minutes" className="block font-medium">
            {t("minutes")}
          </label>
          <input id="minutes" name="minutes" inputMode="numeric" className={fieldClass} aria-describedby="minutes-error" aria-invalid={fieldError("minutes") ? true : undefined} />
          <p id="minutes-error" className="text-sm font-medium text-red-800">
            {fieldError("minutes")}
          </p>
        </div>
        <div>
          <label htmlFor="time-kind" className="block font-medium">
            {t("kind")}
          </label>
          <select id="time-kind" name="kind" defaultValue="AFTERCARE" className={fieldClass}>
            <option value="AFTERCARE">{t("AFTERCARE")}</option>
            <option value="CONSULTATION">{t("CONSULTATION")}</option>
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("log")}
      </button>
    </form>
  );
}
