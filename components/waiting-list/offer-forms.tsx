"use client";

import { declineOfferAction, takeOfferAction } from "@/app/aanbod/actions";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

type Props = { offerSecret: string; locale: string; texts: { submit: string; submitting: string } };

function OfferFields({ offerSecret, locale }: { offerSecret: string; locale: string }) {
  return (
    <>
      <input type="hidden" name="offerSecret" value={offerSecret} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
}

/** "Yes, I take this time": server-action forms that work before and without their scripts. */
export function TakeOfferForm({ texts, ...offer }: Props) {
  const form = useFormAction(takeOfferAction);
  return (
    <form {...form.props} className="space-y-4">
      <FormAlert id="take-error" message={form.error} />
      <OfferFields {...offer} />
      <SubmitButton pending={form.pending} size="large">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}

export function DeclineOfferForm({ texts, ...offer }: Props) {
  const form = useFormAction(declineOfferAction);
  return (
    <form {...form.props} className="space-y-4">
      <FormAlert id="decline-error" message={form.error} />
      <OfferFields {...offer} />
      <SubmitButton pending={form.pending} variant="secondary">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}
