"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import {
  addToWaitingListAction,
  bookOfferAtDeskAction,
  withdrawFromWaitingListAction,
} from "@/app/(staff)/balie/wachtlijst/actions";
import { Choice, SelectField, TextareaField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const NEW_CLIENT = "client.newClient";

/** The host puts a new client on the waiting list of the location shown. */
export function AddToWaitingListForm({ locationId, submissionId }: { locationId: string; submissionId: string }) {
  const t = useTranslations("waitingListDesk");
  const router = useRouter();
  const form = useFormAction(addToWaitingListAction, {
    submissionId,
    onSuccess: (_value, element) => {
      element?.reset();
      router.refresh();
    },
  });
  const clientField = (name: string) => ({
    name,
    error: form.fieldError(`${NEW_CLIENT}.${name}`) ?? form.fieldError(name),
    defaultValue: form.sent(name),
  });
  return (
    <form {...form.props} className="max-w-xl space-y-4">
      {form.state.status === "ok" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
          {t("added")}
        </p>
      )}
      <FormAlert id="waiting-list-add-error" message={form.error} />
      {form.submissionField}
      <input type="hidden" name="locationId" value={locationId} />
      <TextField {...clientField("displayName")} label={t("displayName")} maxLength={100} autoComplete="off" />
      <p id="waiting-list-contact-hint">{t("contactHint")}</p>
      <TextField
        {...clientField("phone")}
        type="tel"
        dir="ltr"
        label={t("phone")}
        inputMode="tel"
        maxLength={20}
        autoComplete="off"
        aria-describedby="waiting-list-contact-hint"
      />
      <TextField
        {...clientField("email")}
        type="email"
        dir="ltr"
        label={t("email")}
        maxLength={254}
        autoComplete="off"
        aria-describedby="waiting-list-contact-hint"
      />
      <Choice
        type="checkbox"
        name="listConsent"
        defaultChecked={form.sent("listConsent") === "on"}
        label={t("listConsent")}
        error={form.fieldError("listConsent")}
      />
      <Choice
        type="checkbox"
        name="mailConsent"
        defaultChecked={form.sent("mailConsent") === "on"}
        label={t("mailConsent")}
      />
      <TextareaField {...form.field("note")} label={t("note")} rows={2} maxLength={200} />
      <SelectField {...form.field("weeks", 4)} label={t("weeks")} controlWidth="w-auto">
        {[1, 2, 3, 4, 6, 8].map((weeks) => (
          <option key={weeks} value={weeks}>
            {weeks}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={form.pending}>{t("add")}</SubmitButton>
    </form>
  );
}

/** Takes one client off the list; a live offer is let go for the next one. */
export function WithdrawForm({ entryId, name }: { entryId: string; name: string }) {
  const t = useTranslations("waitingListDesk");
  const router = useRouter();
  const form = useFormAction(withdrawFromWaitingListAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props}>
      <FormAlert id={`waiting-list-withdraw-error-${entryId}`} message={form.error} />
      <input type="hidden" name="entryId" value={entryId} />
      <SubmitButton pending={form.pending} variant="secondary" aria-label={t("withdrawFor", { name })}>
        {t("withdraw")}
      </SubmitButton>
    </form>
  );
}

/** The host called and the client said yes: book the offered half hour for them. */
export function BookOfferForm({ offerId, name }: { offerId: string; name: string }) {
  const t = useTranslations("waitingListDesk");
  const form = useFormAction(bookOfferAtDeskAction);
  return (
    <form {...form.props} className="mt-2">
      <FormAlert id={`waiting-list-book-error-${offerId}`} message={form.error} />
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton pending={form.pending} aria-label={t("bookOfferFor", { name })}>
        {t("bookOffer")}
      </SubmitButton>
    </form>
  );
}
