"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import {
  addFreeDeadlineAction,
  addObjectionDeadlineAction,
  completeDeadlineAction,
} from "@/app/(staff)/dossiers/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";
import { useStaffFormat } from "@/lib/format/client";

/** The objection term: the advisor types the date on the decision, the term is computed. */
export function ObjectionDeadlineForm({
  caseId,
  postingRule,
  submissionId,
}: {
  caseId: string;
  postingRule: string;
  submissionId: string;
}) {
  const t = useTranslations("deadlines");
  const { day, list } = useStaffFormat();
  const router = useRouter();
  const form = useFormAction(addObjectionDeadlineAction, { submissionId, onSuccess: () => router.refresh() });
  const computed = form.state.status === "ok" ? form.state.value : null;

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 className="font-semibold">{t("objectionTitle")}</h3>
      <FormAlert id="objection-error" message={form.error} />
      <TextField id="decisionSentOn" type="date" label={t("decisionSentOn")} {...form.field("decisionSentOn")} />
      <SubmitButton pending={form.pending}>{t("compute")}</SubmitButton>
      <div aria-live="polite">
        {computed && (
          <div role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            <p className="font-semibold">{t("dueOn", { date: day(computed.dueOn, "EEEE d MMMM yyyy") })}</p>
            {computed.term.extendedBecause.length > 0 && (
              <p className="text-sm">{t("extendedBecause", { days: list(computed.term.extendedBecause, "comma") })}</p>
            )}
          </div>
        )}
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("postingRuleTitle")}</summary>
        <p lang="nl" className="mt-2 text-sm">
          {postingRule}
        </p>
      </details>
    </form>
  );
}

export function FreeDeadlineForm({
  caseId,
  kinds,
  submissionId,
}: {
  caseId: string;
  kinds: { value: string; label: string }[];
  submissionId: string;
}) {
  const t = useTranslations("deadlines");
  const router = useRouter();
  const form = useFormAction(addFreeDeadlineAction, {
    submissionId,
    onSuccess: (_, element) => {
      element?.reset();
      router.refresh();
    },
  });

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 className="font-semibold">{t("freeTitle")}</h3>
      <FormAlert id="free-deadline-error" message={form.error} />
      <SelectField id="deadline-kind" label={t("kind")} {...form.field("kind")}>
        {kinds.map((kind) => (
          <option key={kind.value} value={kind.value}>
            {kind.label}
          </option>
        ))}
      </SelectField>
      <TextField id="deadline-title" label={t("title")} {...form.field("title")} />
      <TextField id="deadline-dueOn" type="date" label={t("date")} {...form.field("dueOn")} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("add")}
      </SubmitButton>
    </form>
  );
}

export function CompleteDeadlineButton({ deadlineId, label }: { deadlineId: string; label: string }) {
  const router = useRouter();
  const form = useFormAction(completeDeadlineAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="contents">
      <input type="hidden" name="deadlineId" value={deadlineId} />
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100"
      >
        {label}
      </button>
      {form.error && (
        <span role="alert" className="block text-sm text-red-800">
          {form.error}
        </span>
      )}
    </form>
  );
}
