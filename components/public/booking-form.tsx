"use client";

import { bookOnlineAction } from "@/app/spreekuur/[locatie]/afspraak/actions";
import { Choice } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { ConsentChoice, ContactFields, TopicAndTimeChoices, TrapField } from "@/components/public/public-form-fields";
import { useFormAction } from "@/components/use-form-action";
import type { SlotDay } from "@/lib/booking/slot-days";

type BookingFormTexts = {
  topicLegend: string;
  topicUnknown: string;
  timeLegend: string;
  youLegend: string;
  name: string;
  nameHint: string;
  contactHint: string;
  phone: string;
  email: string;
  reminder: string;
  consentText: string;
  consent: string;
  trap: string;
  submit: string;
  submitting: string;
};

type Props = {
  slug: string;
  locale: string;
  submissionId: string;
  texts: BookingFormTexts;
  topics: { code: string; label: string }[];
  days: SlotDay[];
  /** Only where a reminder can go out: a mail server is set up. */
  reminderOffered: boolean;
};

/**
 * The public booking form: a server-action form that works before and without its scripts. The
 * texts come translated from the page (the client's language, not the staff cookie's).
 */
export function BookingForm({ slug, locale, submissionId, texts, topics, days, reminderOffered }: Props) {
  const form = useFormAction(bookOnlineAction, { submissionId });
  return (
    <form {...form.props} className="space-y-8">
      <FormAlert id="booking-error" message={form.error} />
      {form.submissionField}
      <input type="hidden" name="locationSlug" value={slug} />
      <input type="hidden" name="locale" value={locale} />

      <TopicAndTimeChoices form={form} texts={texts} topics={topics} days={days} idPrefix="dag" />

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold text-brand-900">{texts.youLegend}</legend>
        <ContactFields form={form} texts={texts} />
        {/* Only with an e-mail address: without one, lib/booking records no reminder consent. */}
        {reminderOffered && (
          <Choice
            type="checkbox"
            name="reminder"
            defaultChecked={form.sent("reminder") === "on"}
            label={texts.reminder}
          />
        )}
      </fieldset>

      <ConsentChoice form={form} texts={texts} />
      <TrapField label={texts.trap} />

      <SubmitButton pending={form.pending} size="large" className="w-full sm:w-auto">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}
