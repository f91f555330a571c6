"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createAftercareTaskAction } from "@/app/(staff)/nazorg/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

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
  // After a post without scripts the page renders with the answer.
  const shown =
    added ??
    (form.state.status === "ok" ? addedText(form.state.value.sharedWithAssignee, form.state.sent.title ?? "") : null);

  const field = (name: string, stored?: string) => ({ id: `aftercare-${name}`, ...form.field(name, stored) });

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 className="font-semibold">{t("newTitle")}</h3>
      <FormAlert id="aftercare-error" message={form.error} />
      <TextField label={t("what")} hint={t("whatHint")} {...field("title")} />
      <TextField type="date" min={today} label={t("dueOn")} {...field("dueOn")} />
      <SelectField label={t("assignee")} hint={t("shareNote")} {...field("assigneeId", meId)}>
        {advisors.map((advisor) => (
          <option key={advisor.value} value={advisor.value}>
            {advisor.label}
          </option>
        ))}
      </SelectField>
      {visits.length > 0 && (
        <SelectField label={t("visit")} {...field("visitId", "")}>
          <option value="">{t("noVisit")}</option>
          {visits.map((visit) => (
            <option key={visit.value} value={visit.value}>
              {visit.label}
            </option>
          ))}
        </SelectField>
      )}
      <SubmitButton pending={form.pending} variant="secondary">
        {t("add")}
      </SubmitButton>
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
