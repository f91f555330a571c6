"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useEffect, useId } from "react";
import { joinSignalAction, raiseSignalAction } from "@/app/(staff)/signalen/actions";
import { SelectField, TextareaField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SIGNAL_THEMES } from "@/lib/signals/themes";

/**
 * A new signal from this dossier. The words go to the municipality: the hint says so, and the use
 * case refuses a client's name, phone, e-mail, a BSN or an IBAN.
 */
export function RaiseSignalForm({
  caseId,
  otherParties,
  otherPartyId,
  submissionId,
}: {
  caseId: string;
  otherParties: { id: string; name: string }[];
  otherPartyId: string | null;
  submissionId: string;
}) {
  const t = useTranslations("signals");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(raiseSignalAction, {
    submissionId,
    onSuccess: (_value, element) => {
      element?.reset();
      router.refresh();
    },
  });
  return (
    <form {...form.props} aria-label={t("raiseTitle")} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("raised")}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t("otherParty")} {...form.field("otherPartyId", otherPartyId ?? "")}>
          <option value="">{t("chooseOtherParty")}</option>
          {otherParties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("theme")} {...form.field("theme", "")}>
          <option value="">{t("chooseTheme")}</option>
          {SIGNAL_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`themes.${theme}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextareaField
        label={t("description")}
        hint={t("descriptionHint")}
        rows={4}
        maxLength={1000}
        {...form.field("description")}
      />
      <SubmitButton pending={form.pending}>{t("raise")}</SubmitButton>
    </form>
  );
}

/**
 * The signal a join was sent for. The answer re-renders the page without the button (the server
 * action's revalidation arrives with it), so the focus would fall to the top of the page; the
 * list the signal moves to takes it instead, once the signal is in it.
 */
let joinSent: string | null = null;

/** Rendered by the list of the dossier's signals, with the ids in it. */
export function FocusAfterJoin({ targetId, signalIds }: { targetId: string; signalIds: string[] }) {
  useEffect(() => {
    if (!joinSent || !signalIds.includes(joinSent)) return;
    joinSent = null;
    document.getElementById(targetId)?.focus();
  });
  return null;
}

/** "Ik zie dit ook": this dossier joins a signal a colleague (or the advisor) raised before. */
export function JoinSignalButton({ caseId, signalId, label }: { caseId: string; signalId: string; label: string }) {
  const t = useTranslations("signals");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(joinSignalAction, {
    beforeSubmit: () => {
      joinSent = signalId;
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <form {...form.props} className="mt-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="signalId" value={signalId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("join")}
        <span className="sr-only">: {label}</span>
      </SubmitButton>
    </form>
  );
}
