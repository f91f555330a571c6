"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { recordCredentialAction, removeCredentialAction } from "@/app/(staff)/adviseurs/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import type { CredentialKind } from "@/lib/generated/prisma/enums";

const KINDS: CredentialKind[] = ["REGISTER", "LIABILITY_INSURANCE", "TRAINING"];

/** A registration, insurance or training for one advisor; emptied after it is saved. */
export function RecordCredentialForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("credentials");
  const id = useId();
  const form = useFormAction(recordCredentialAction, { onSuccess: (_, element) => element?.reset() });
  return (
    <form {...form.props} className="space-y-3" aria-label={t("addFor", { name })}>
      <input type="hidden" name="userId" value={userId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div className="flex flex-wrap items-end gap-4">
        <SelectField id={`${id}-kind`} {...form.field("kind")} label={t("kind")} controlWidth="w-auto">
          <option value="">{t("chooseKind")}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-description`}
          {...form.field("description")}
          label={t("description")}
          hint={t("descriptionHint")}
          maxLength={200}
          controlWidth="w-80"
        />
        <TextField
          id={`${id}-until`}
          {...form.field("validUntil")}
          type="date"
          label={t("validUntil")}
          controlWidth="w-auto"
        />
        <SubmitButton pending={form.pending} variant="secondary">
          {t("add")}
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <p role="status" className="text-sm text-green-900">
            {t("added")}
          </p>
        )}
      </div>
    </form>
  );
}

export function RemoveCredentialForm({ credentialId, label }: { credentialId: string; label: string }) {
  const t = useTranslations("credentials");
  const form = useFormAction(removeCredentialAction);
  return (
    <form {...form.props}>
      <input type="hidden" name="credentialId" value={credentialId} />
      <FormAlert id={`remove-${credentialId}`} message={form.error} />
      <SubmitButton pending={form.pending} variant="secondary" aria-label={t("removeLabel", { what: label })}>
        {t("remove")}
      </SubmitButton>
    </form>
  );
}
