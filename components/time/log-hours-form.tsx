"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { logOwnHoursAction } from "@/app/(staff)/uren/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

export function LogHoursForm({
  kinds,
  today,
  submissionId,
}: {
  kinds: { value: string; label: string }[];
  today: string;
  submissionId: string;
}) {
  const t = useTranslations("hours");
  const router = useRouter();
  const [logged, setLogged] = useState<string | null>(null);
  const loggedText = (sent: Record<string, string>) => t("logged", { minutes: Number(sent.minutes) });
  const form = useFormAction(logOwnHoursAction, {
    submissionId,
    beforeSubmit: (): void => setLogged(null),
    onSuccess: (_, element, sent) => {
      setLogged(loggedText(sent));
      element?.reset();
      router.refresh();
    },
  });
  // After a post without scripts the page renders with the answer.
  const shown = logged ?? (form.state.status === "ok" ? loggedText(form.state.sent) : null);

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      {form.submissionField}
      <h2 className="text-xl font-semibold">{t("logTitle")}</h2>
      <FormAlert id="hours-error" message={form.error} />
      <SelectField
        id="hours-kind"
        label={t("kind")}
        hint={kinds.some((kind) => kind.value === "CONSULTATION") ? t("spreekuurCountsItself") : undefined}
        {...form.field("kind")}
      >
        {kinds.map((kind) => (
          <option key={kind.value} value={kind.value}>
            {kind.label}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-3">
        <TextField id="hours-minutes" label={t("minutes")} inputMode="numeric" {...form.field("minutes")} />
        <TextField
          id="hours-workedOn"
          type="date"
          label={t("workedOn")}
          max={today}
          {...form.field("workedOn", today)}
        />
      </div>
      <TextField id="hours-description" label={t("description")} {...form.field("description")} />
      <SubmitButton pending={form.pending}>{t("log")}</SubmitButton>
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
