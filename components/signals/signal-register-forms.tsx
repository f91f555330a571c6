"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
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
import { Fold } from "@/components/form/fold";
import { useFormAction } from "@/components/use-form-action";

function useRegisterForm<T>(action: Parameters<typeof useFormAction<T>>[0]) {
  const router = useRouter();
  return useFormAction(action, { onSuccess: () => router.refresh() });
}

type RegisterForm = ReturnType<typeof useFormAction<unknown>>;

type WorkedSignal = {
  id: string;
  label: string;
  status: string;
  raisedWith: string | null;
  raisedOn: string | null;
  description: string;
};

/**
 * The coordinator's work on an open signal, folded away: raised with whom, the answer, a merge,
 * new words, closing. The fold holds five forms and opens by itself when any has an answer
 * (components/form/fold.tsx), so their states live here.
 */
export function SignalWork({
  signal,
  candidates,
  today,
}: {
  signal: WorkedSignal;
  candidates: { id: string; label: string }[];
  today: string;
}) {
  const t = useTranslations("signals");
  const raised = useRegisterForm(markSignalRaisedAction);
  const answer = useRegisterForm(recordSignalAnswerAction);
  const merge = useRegisterForm(mergeSignalsAction);
  const reword = useRegisterForm(rewordSignalAction);
  const close = useRegisterForm(closeSignalAction);
  const answered = [raised, answer, merge, reword, close].some((form) => form.state.status !== "idle");
  const { id: signalId, label } = signal;
  return (
    <Fold
      answered={answered}
      folded={{
        title: (
          <>
            {t("work")}
            <span className="sr-only">: {label}</span>
          </>
        ),
        className: "mt-3 rounded border border-slate-300 px-3 py-2",
        summaryClassName: "cursor-pointer font-medium text-brand-800",
      }}
    >
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <MarkSignalRaisedForm
          signalId={signalId}
          label={label}
          raisedWith={signal.raisedWith}
          raisedOn={signal.raisedOn}
          today={today}
          form={raised}
        />
        {signal.status !== "NEW" && <SignalAnswerForm signalId={signalId} label={label} today={today} form={answer} />}
        {candidates.length > 0 && (
          <MergeSignalsForm signalId={signalId} label={label} candidates={candidates} form={merge} />
        )}
        <RewordSignalForm signalId={signalId} label={label} description={signal.description} form={reword} />
        <CloseSignalForm signalId={signalId} label={label} form={close} />
      </div>
    </Fold>
  );
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
function MarkSignalRaisedForm({
  signalId,
  label,
  raisedWith,
  raisedOn,
  today,
  form,
}: {
  signalId: string;
  label: string;
  raisedWith: string | null;
  raisedOn: string | null;
  today: string;
  form: RegisterForm;
}) {
  const t = useTranslations("signals");
  const id = useId();
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

function SignalAnswerForm({
  signalId,
  label,
  today,
  form,
}: {
  signalId: string;
  label: string;
  today: string;
  form: RegisterForm;
}) {
  const t = useTranslations("signals");
  const id = useId();
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

function CloseSignalForm({ signalId, label, form }: { signalId: string; label: string; form: RegisterForm }) {
  const t = useTranslations("signals");
  const id = useId();
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
function MergeSignalsForm({
  signalId,
  label,
  candidates,
  form,
}: {
  signalId: string;
  label: string;
  candidates: { id: string; label: string }[];
  form: RegisterForm;
}) {
  const t = useTranslations("signals");
  const id = useId();
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

function RewordSignalForm({
  signalId,
  label,
  description,
  form,
}: {
  signalId: string;
  label: string;
  description: string;
  form: RegisterForm;
}) {
  const t = useTranslations("signals");
  const id = useId();
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
