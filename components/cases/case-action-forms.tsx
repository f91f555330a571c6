"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { changeCaseActionAction, recordCaseActionAction, removeCaseActionAction } from "@/app/(staff)/dossiers/actions";
import { SelectField, TextareaField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { Fold, type Folded } from "@/components/form/fold";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

type Kind = { value: string; label: string };

/** Work on the dossier: what, which day (today unless changed), how many minutes, a short note. */
export function RecordCaseActionForm({
  caseId,
  kinds,
  today,
  submissionId,
}: {
  caseId: string;
  kinds: Kind[];
  today: string;
  submissionId: string;
}) {
  const t = useTranslations("caseActions");
  const router = useRouter();
  const form = useFormAction(recordCaseActionAction, {
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
      <FormAlert id="action-error" message={form.error} />
      <SelectField id="action-kind" label={t("kind")} {...form.field("kind", "")}>
        <option value="">{t("chooseKind")}</option>
        {kinds.map((kind) => (
          <option key={kind.value} value={kind.value}>
            {kind.label}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-3">
        <TextField id="action-day" type="date" label={t("day")} max={today} {...form.field("performedOn", today)} />
        <TextField id="action-minutes" label={t("minutes")} inputMode="numeric" {...form.field("minutes")} />
      </div>
      <TextareaField id="action-note" label={t("note")} rows={2} maxLength={300} {...form.field("note")} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("record")}
      </SubmitButton>
    </form>
  );
}

/** The author's own action of the last week: put it right, or take it back. */
export function ChangeCaseActionForms({
  action,
  kinds,
  label,
  folded,
}: {
  action: { id: string; kind: string; minutes: number | null; description: string | null };
  kinds: Kind[];
  /** Names the action for the buttons, so a screen reader hears which one. */
  label: string;
  /** Folded away under a title until opened (components/form/fold.tsx). */
  folded?: Folded;
}) {
  const t = useTranslations("caseActions");
  const router = useRouter();
  const change = useFormAction(changeCaseActionAction, { onSuccess: () => router.refresh() });
  const remove = useFormAction(removeCaseActionAction, { onSuccess: () => router.refresh() });
  const ids = `action-${action.id}`;
  return (
    <Fold folded={folded} answered={change.state.status !== "idle" || remove.state.status !== "idle"}>
      <div className="mt-2 space-y-3">
        <form {...change.props} className="space-y-3">
          <input type="hidden" name="actionId" value={action.id} />
          <FormAlert id={`${ids}-change-error`} message={change.error} />
          <SelectField id={`${ids}-kind`} label={t("kind")} {...change.field("kind", action.kind)}>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${ids}-minutes`}
            label={t("minutes")}
            inputMode="numeric"
            {...change.field("minutes", action.minutes)}
          />
          <TextareaField
            id={`${ids}-note`}
            label={t("note")}
            rows={2}
            maxLength={300}
            {...change.field("note", action.description)}
          />
          <SubmitButton pending={change.pending} variant="secondary" aria-label={`${t("save")}: ${label}`}>
            {t("save")}
          </SubmitButton>
        </form>
        <form {...remove.props}>
          <input type="hidden" name="actionId" value={action.id} />
          <FormAlert id={`${ids}-remove-error`} message={remove.error} />
          <SubmitButton pending={remove.pending} variant="secondary" aria-label={`${t("remove")}: ${label}`}>
            {t("remove")}
          </SubmitButton>
        </form>
      </div>
    </Fold>
  );
}
