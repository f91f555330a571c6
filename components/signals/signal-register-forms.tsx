"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import {
  closeSignalAction,
  markSignalRaisedAction,
  mergeSignalsAction,
  recordSignalAnswerAction,
  reopenSignalAction,
  rewordSignalAction,
} from "@/app/(staff)/signalen/actions";
import { SelectField, TextareaField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

function useRegisterForm<T>(action: Parameters<typeof useFormAction<T>>[0]) {
  const router = useRouter();
  return useFormAction(action, { onSuccess: () => router.refresh() });
}

/** Said after a save, for everyone who cannot see the card change. */
function Saved({ ok }: { ok: boolean }) {
  const t = useTranslations("signals");
  return (
    <div aria-live="polite">
      {ok && (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("saved")}
        </p>
      )}
    </div>
  );
}

/** With whom the signal was raised and when; sent again, it corrects them. */
export function MarkSignalRaisedForm({
  signalId,
  label,
  raisedWith,
  raisedOn,
  today,
}: {
  signalId: string;
  label: string;
  raisedWith: string | null;
  raisedOn: string | null;
  today: string;
}) {
  const t = useTranslations("signals");
  const id = useId();
  const form = useRegisterForm(markSignalRaisedAction);
  return (
    <form {...form.props} aria-label={t("raisedFormLabel", { signal: label })} className="space-y-2">
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <Saved ok={form.state.status === "ok"} />
      <TextField
        label={t("raisedWith")}
        hint={t("raisedWithHint")}
        autoComplete="off"
        {...form.field("raisedWith", raisedWith)}
      />
      <TextField
        label={t("raisedOn")}
        type="date"
        max={today}
        controlWidth="w-auto"
        {...form.field("raisedOn", raisedOn ?? today)}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("markRaised")}
      </SubmitButton>
    </form>
  );
}

export function SignalAnswerForm({ signalId, label, today }: { signalId: string; label: string; today: string }) {
  const t = useTranslations("signals");
  const id = useId();
  const form = useRegisterForm(recordSignalAnswerAction);
  return (
    <form {...form.props} aria-label={t("answerFormLabel", { signal: label })} className="space-y-2">
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <Saved ok={form.state.status === "ok"} />
      <TextareaField label={t("answer")} hint={t("answerHint")} rows={3} maxLength={2000} {...form.field("answer")} />
      <TextField
        label={t("answeredOn")}
        type="date"
        max={today}
        controlWidth="w-auto"
        {...form.field("answeredOn", today)}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("recordAnswer")}
      </SubmitButton>
    </form>
  );
}

export function CloseSignalForm({ signalId, label }: { signalId: string; label: string }) {
  const t = useTranslations("signals");
  const id = useId();
  const form = useRegisterForm(closeSignalAction);
  return (
    <form {...form.props} aria-label={t("closeFormLabel", { signal: label })} className="space-y-2">
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <Saved ok={form.state.status === "ok"} />
      <SelectField label={t("outcome")} {...form.field("outcome", "")}>
        <option value="">{t("chooseOutcome")}</option>
        <option value="RESOLVED">{t("status.RESOLVED")}</option>
        <option value="CLOSED">{t("status.CLOSED")}</option>
      </SelectField>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("close")}
      </SubmitButton>
    </form>
  );
}

/** The chosen duplicate goes into this signal: its dossiers move here, it is kept closed. */
export function MergeSignalsForm({
  signalId,
  label,
  candidates,
}: {
  signalId: string;
  label: string;
  candidates: { id: string; label: string }[];
}) {
  const t = useTranslations("signals");
  const id = useId();
  const form = useRegisterForm(mergeSignalsAction);
  return (
    <form {...form.props} aria-label={t("mergeFormLabel", { signal: label })} className="space-y-2">
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <Saved ok={form.state.status === "ok"} />
      <SelectField label={t("duplicate")} hint={t("duplicateHint")} {...form.field("duplicateId", "")}>
        <option value="">{t("chooseDuplicate")}</option>
        {candidates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("merge")}
      </SubmitButton>
    </form>
  );
}

export function RewordSignalForm({
  signalId,
  label,
  description,
}: {
  signalId: string;
  label: string;
  description: string;
}) {
  const t = useTranslations("signals");
  const id = useId();
  const form = useRegisterForm(rewordSignalAction);
  return (
    <form {...form.props} aria-label={t("rewordFormLabel", { signal: label })} className="space-y-2">
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <Saved ok={form.state.status === "ok"} />
      <TextareaField
        label={t("description")}
        hint={t("rewordHint")}
        rows={4}
        maxLength={1000}
        {...form.field("description", description)}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("reword")}
      </SubmitButton>
    </form>
  );
}

export function ReopenSignalButton({ signalId, label }: { signalId: string; label: string }) {
  const t = useTranslations("signals");
  const id = useId();
  const form = useRegisterForm(reopenSignalAction);
  return (
    <form {...form.props} className="mt-3">
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("reopen")}
        <span className="sr-only">: {label}</span>
      </SubmitButton>
    </form>
  );
}
