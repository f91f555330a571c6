"use client";

import { bookOnlineAction } from "@/app/spreekuur/[locatie]/afspraak/actions";
import { Choice, ChoiceGroup, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { SlotDayChoices } from "@/components/public/slot-day-choices";
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
  const sentTopic = form.sent("topic") ?? "";
  const sentSlot = form.sent("slotId");
  return (
    <form {...form.props} className="space-y-8">
      <FormAlert id="booking-error" message={form.error} />
      {form.submissionField}
      <input type="hidden" name="locationSlug" value={slug} />
      <input type="hidden" name="locale" value={locale} />

      <ChoiceGroup
        legend={texts.topicLegend}
        name="topic"
        error={form.fieldError("topic")}
        legendClassName="text-2xl font-bold text-brand-900"
      >
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {topics.map((topic) => (
            <Choice
              key={topic.code}
              type="radio"
              name="topic"
              value={topic.code}
              defaultChecked={sentTopic === topic.code}
              label={topic.label}
              tile
            />
          ))}
          <Choice
            type="radio"
            name="topic"
            value=""
            defaultChecked={sentTopic === ""}
            label={texts.topicUnknown}
            tile
          />
        </div>
      </ChoiceGroup>

      <ChoiceGroup
        legend={texts.timeLegend}
        name="slotId"
        error={form.fieldError("slotId")}
        legendClassName="text-2xl font-bold text-brand-900"
      >
        <SlotDayChoices days={days} idPrefix="dag" checked={sentSlot} />
      </ChoiceGroup>

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold text-brand-900">{texts.youLegend}</legend>
        <TextField
          {...form.field("name")}
          label={texts.name}
          hint={texts.nameHint}
          autoComplete="given-name"
          maxLength={50}
        />
        <p id="booking-contact-hint">{texts.contactHint}</p>
        <TextField
          {...form.field("phone")}
          type="tel"
          dir="ltr"
          label={texts.phone}
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
          aria-describedby="booking-contact-hint"
        />
        <TextField
          {...form.field("email")}
          type="email"
          dir="ltr"
          label={texts.email}
          autoComplete="email"
          maxLength={254}
          aria-describedby="booking-contact-hint"
        />
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

      <div>
        <p className="mb-2">{texts.consentText}</p>
        <Choice
          type="checkbox"
          name="consent"
          defaultChecked={form.sent("consent") === "on"}
          label={<strong>{texts.consent}</strong>}
          error={form.fieldError("consent")}
        />
      </div>

      {/* A field people never see or reach: a script that fills in every field fills this one too. */}
      <div aria-hidden="true" className="hidden">
        <label>
          {texts.trap}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <SubmitButton pending={form.pending} size="large" className="w-full sm:w-auto">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}
