"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { createAftercareTaskAction } from "@/app/(staff)/nazorg/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

type Option = { value: string; label: string };

export function CreateTaskForm({ caseId, meId, advisors, visits, today }: { caseId: string; meId: string; advisors: Option[]; visits: Option[]; today: string }) {
  const t = useTranslations("aftercare");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { pending, error, fieldError, run } = useResultAction(createAftercareTaskAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get("title") ?? "").trim();
    setAdded(null);
    run({ caseId, title, dueOn: form.get("dueOn"), assigneeId: form.get("assigneeId"), visitId: form.get("visitId") }, (value) => {
      setAdded(t(value.sharedWithAssignee ? "addedShared" : "added", { title }));
      formRef.current?.reset();
      router.refresh();
    });
  }

  const field = (name: string) => ({
    id: `aftercare-${name}`,
    name,
    "aria-describedby": `aftercare-${name}-error`,
    "aria-invalid": fieldError(name) ? true : undefined,
  });
  const errorOf = (name: string) => (
    <p id={`aftercare-${name}-error`} className="text-sm font-medium text-red-800">
      {fieldError(name)}
    </p>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3 rounded border border-slate-300 p-3">
      <h3 className="font-semibold">{t("newTitle")}</h3>
      <FormAlert id="aftercare-error" message={error} />
      <div>
        <label htmlFor="aftercare-title" className="block font-medium">
          {t("what")}
        </label>
        <p id="aftercare-title-hint" className="text-sm text-slate-700">
          {t("whatHint")}
        </p>
        <input {...field("title")} aria-describedby="aftercare-title-hint aftercare-title-error" className={fieldClass} />
        {errorOf("title")}
      </div>
      <div>
        <label htmlFor="aftercare-dueOn" className="block font-medium">
          {t("dueOn")}
        </label>
        <input {...field("dueOn")} type="date" min={today} className={fieldClass} />
        {errorOf("dueOn")}
      </div>
      <div>
        <label htmlFor="aftercare-assigneeId" className="block font-medium">
          {t("assignee")}
        </label>
        <select {...field("assigneeId")} defaultValue={meId} aria-describedby="aftercare-assigneeId-hint aftercare-assigneeId-error" className={fieldClass}>
          {advisors.map((advisor) => (
            <option key={advisor.value} value={advisor.value}>
              {advisor.label}
            </option>
          ))}
        </select>
        <p id="aftercare-assigneeId-hint" className="text-sm text-slate-700">
          {t("shareNote")}
        </p>
        {errorOf("assigneeId")}
      </div>
      {visits.length > 0 && (
        <div>
          <label htmlFor="aftercare-visitId" className="block font-medium">
            {t("visit")}
          </label>
          <select {...field("visitId")} defaultValue="" className={fieldClass}>
            <option value="">{t("noVisit")}</option>
            {visits.map((visit) => (
              <option key={visit.value} value={visit.value}>
                {visit.label}
              </option>
            ))}
          </select>
          {errorOf("visitId")}
        </div>
      )}
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("add")}
      </button>
      <div aria-live="polite">
        {added && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            {added}
          </p>
        )}
      </div>
    </form>
  );
}
