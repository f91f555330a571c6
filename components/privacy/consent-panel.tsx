"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { changeConsentAction } from "@/app/(staff)/beheer/privacy/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

export type ConsentView = {
  purpose: ConsentPurpose;
  standing: boolean;
  history: { id: string; givenOn: string; withdrawnOn: string | null; scope: string | null }[];
};

/** Per purpose: given or withdrawn, since when, and one button to change it. */
export function ConsentPanel({
  clientId,
  consents,
  editable,
}: {
  clientId: string;
  consents: ConsentView[];
  editable: boolean;
}) {
  const t = useTranslations("privacy");
  return (
    <ul className="space-y-4">
      {consents.map((consent) => (
        <li key={consent.purpose} className="rounded border border-slate-300 p-3">
          <h3 className="font-semibold">{t(`purposes.${consent.purpose}`)}</h3>
          <p>
            {consent.standing
              ? t("consentStanding")
              : consent.history.length > 0
                ? t("consentWithdrawn")
                : t("consentNever")}
          </p>
          {consent.history.length > 0 && (
            <ul className="ml-5 list-disc text-sm text-slate-700">
              {consent.history.map((entry) => (
                <li key={entry.id}>
                  {entry.withdrawnOn
                    ? t("givenAndWithdrawn", { given: entry.givenOn, withdrawn: entry.withdrawnOn })
                    : t("givenOn", { given: entry.givenOn })}
                  {entry.scope && <> · “{entry.scope}”</>}
                </li>
              ))}
            </ul>
          )}
          {editable && <ConsentChange clientId={clientId} purpose={consent.purpose} standing={consent.standing} />}
        </li>
      ))}
    </ul>
  );
}

function ConsentChange({
  clientId,
  purpose,
  standing,
}: {
  clientId: string;
  purpose: ConsentPurpose;
  standing: boolean;
}) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const form = useFormAction(changeConsentAction, {
    onSuccess: () => router.refresh(),
  });
  const id = `consent-${purpose}`;

  return (
    <form {...form.props} className="mt-2 space-y-2">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="purpose" value={purpose} />
      <input type="hidden" name="change" value={standing ? "withdraw" : "record"} />
      <FormAlert id={`${id}-error`} message={form.error} />
      {!standing && (
        <TextField id={`${id}-scope`} label={t("scopeLabel")} className="max-w-xl" {...form.field("scope")} />
      )}
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {standing
          ? t("withdraw", { purpose: t(`purposes.${purpose}`) })
          : t("give", { purpose: t(`purposes.${purpose}`) })}
      </button>
    </form>
  );
}
