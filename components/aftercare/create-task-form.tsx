"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createAftercareTaskAction } from "@/app/(staff)/nazorg/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

type Option = { value: string; label: string };

export function CreateTaskForm({
  caseId,
  meId,
  advisors,
  visits,
  today,
  submissionId,
}: {
  caseId: string;
  meId: string;
  advisors: Option[];
  visits: Option[];
  today: string;
  submissionId: string;
}) {
  const t = useTranslations("aftercare");
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const addedText = (shared: boolean, title: string) => t(shared ? "addedShared" : "added", { title: title.trim() });
  const form = useFormAction(createAftercareTaskAction, {
    submissionId,
    beforeSubmit: (): void => setAdded(null),
    onSuccess: (value, element, sent) => {
      setAdded(addedText(value.sharedWithAssignee, sent.title ?? ""));
      element?.reset();
      router.refresh();
    },
  });
  const fieldError = form.fieldError;
  // After a post without scripts the page renders with the answer.
  const shown =
    added ??
    (form.state.status === "ok" ? addedText(form.state.value.sharedWithAssignee, form.state.sent.title ?? "") : null);

  const field = (name: string) => ({
    id: `aftercare-${name}`,
    name,
    defaultValue: form.sent(name),
    "aria-describedby": `aftercare-${name}-error`,
    "aria-invalid": fieldError(name) ? true : undefined,
  });
  const errorOf = (name: string) => (
    <p id={`aftercare-${name}-error`} className="text-sm font-medium text-red-800">
      {fieldError(name)}
    </p>
  );

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 className="font-semibold">{t("newTitle")}</h3>
      <FormAlert id="aftercare-error" message={form.error} />
      <div>
        <label htmlFor="aftercare-title" className="block font-medium">
          {t("what")}
        </label>
        <p id="aftercare-title-hint" className="text-sm text-slate-700">
          {t("whatHint")}
        </p>
        <input
          {...field("title")}
          aria-describedby="aftercare-title-hint aftercare-title-error"
          className={fieldClass}
        />
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
        <select
          {...field("assigneeId")}
          defaultValue={form.sent("assigneeId") ?? meId}
          aria-describedby="aftercare-assigneeId-hint aftercare-assigneeId-error"
          className={fieldClass}
        >
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
          <select {...field("visitId")} defaultValue={form.sent("visitId") ?? ""} className={fieldClass}>
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
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("add")}
      </button>
      <div aria-live="polite">
        {shown && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            {shown}
          </p>
        )}
      </div>
    </form>
  );
}
