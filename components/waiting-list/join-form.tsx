"use client";

import { joinWaitingListAction } from "@/app/spreekuur/[locatie]/wachtlijst/actions";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { ConsentChoice, ContactFields, TrapField } from "@/components/public/public-form-fields";
import { useFormAction } from "@/components/use-form-action";

type JoinFormTexts = {
  name: string;
  nameHint: string;
  contactHint: string;
  phone: string;
  email: string;
  consentText: string;
  consent: string;
  trap: string;
  submit: string;
  submitting: string;
  doneTitle: string;
};

/**
 * A client puts themselves on a location's waiting list: a server-action form that works before
 * and without its scripts, like the booking form, with its trap field and consent.
 */
export function JoinWaitingListForm({ slug, locale, texts }: { slug: string; locale: string; texts: JoinFormTexts }) {
  const form = useFormAction(joinWaitingListAction);
  if (form.state.status === "ok")
    return (
      <div role="status" className="rounded border border-brand-700 bg-brand-50 px-4 py-3">
        <h2 className="mb-2 text-2xl font-bold text-brand-900">{texts.doneTitle}</h2>
        <p>{form.state.value.text}</p>
      </div>
    );
  return (
    <form {...form.props} className="space-y-6">
      <FormAlert id="waiting-list-error" message={form.error} />
      <input type="hidden" name="locationSlug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <ContactFields form={form} texts={texts} />
      <ConsentChoice form={form} texts={texts} />
      <TrapField label={texts.trap} />
      <SubmitButton pending={form.pending} size="large" className="w-full sm:w-auto">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}
