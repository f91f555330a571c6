"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { recordDossierContactAction } from "@/app/(staff)/dossiers/actions";
import { Choice, ChoiceGroup, TextareaField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";
import { CONTACT_CHANNELS } from "@/lib/cases/contact-channels";

/** A contact between consultation hours: how, which day (today unless changed), minutes and a note. */
export function ContactForm({ caseId, submissionId, today }: { caseId: string; submissionId: string; today: string }) {
  const t = useTranslations("dossierContact");
  const router = useRouter();
  const form = useFormAction(recordDossierContactAction, {
    submissionId,
    onSuccess: (_, element) => {
      element?.reset();
      router.refresh();
    },
  });
  const sentChannel = form.sent("channel");

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <FormAlert id="contact-error" message={form.error} />
      <ChoiceGroup legend={t("channel")} error={form.fieldError("channel")}>
        <div className="mt-1 flex flex-wrap gap-2">
          {CONTACT_CHANNELS.map((channel) => (
            <Choice
              key={channel}
              type="radio"
              name="channel"
              value={channel}
              defaultChecked={sentChannel === channel}
              label={t(`channels.${channel}`)}
              tile
            />
          ))}
        </div>
      </ChoiceGroup>
      <div className="grid grid-cols-2 gap-3">
        <TextField id="contact-day" type="date" label={t("day")} max={today} {...form.field("occurredOn", today)} />
        <TextField id="contact-minutes" label={t("minutes")} inputMode="numeric" {...form.field("minutes")} />
      </div>
      <TextareaField id="contact-note" label={t("note")} hint={t("noteHint")} rows={3} {...form.field("note")} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("record")}
      </SubmitButton>
    </form>
  );
}
