"use client";

import { useEffect, useRef } from "react";
import { bookByPartnerLinkAction } from "@/app/verwijzen/[linkSecret]/actions";
import { Choice, TextareaField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import {
  type ContactTexts,
  ContactFields,
  TopicAndTimeChoices,
  TrapField,
} from "@/components/public/public-form-fields";
import { useFormAction } from "@/components/use-form-action";
import type { SlotDay } from "@/lib/booking/slot-days";

type Texts = { client: ContactTexts } & Record<
  | "workerLegend"
  | "workerName"
  | "workerEmail"
  | "workerEmailHint"
  | "clientLegend"
  | "question"
  | "questionHint"
  | "topicLegend"
  | "topicUnknown"
  | "timeLegend"
  | "consentLegend"
  | "bookingConsent"
  | "feedbackConsent"
  | "trap"
  | "submit"
  | "submitting"
  | "bookedHeading"
  | "bookedClientLink"
  | "bookedClientLinkField"
  | "bookedFeedback"
  | "bookedNoFeedback"
  | "bookAnother",
  string
>;

type Props = {
  linkSecret: string;
  /** The form's key: a double click or a retry books once (lib/partner-links/book-by-partner-link.ts). */
  submissionId: string;
  texts: Texts;
  topics: { code: string; label: string }[];
  days: SlotDay[];
};

/**
 * The form behind a partner's link: a server-action form that works before and without its
 * scripts. After the booking it gives way to the confirmation, with the client's own link.
 */
export function PartnerReferralForm({ linkSecret, submissionId, texts, topics, days }: Props) {
  const form = useFormAction(bookByPartnerLinkAction, { submissionId });
  const heading = useRef<HTMLHeadingElement>(null);
  const booked = form.state.status === "ok" ? form.state.value : null;
  useEffect(() => {
    if (booked) heading.current?.focus();
  }, [booked]);

  if (booked)
    return (
      <section aria-labelledby="booked-heading" className="space-y-4">
        <h2 id="booked-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-900">
          {texts.bookedHeading}
        </h2>
        <p className="text-xl font-semibold">{booked.when}</p>
        <p>{booked.where}</p>
        <p>{booked.feedbackRequested ? texts.bookedFeedback : texts.bookedNoFeedback}</p>
        <div>
          <p id="client-link-text">{texts.bookedClientLink}</p>
          <TextField
            label={texts.bookedClientLinkField}
            readOnly
            value={booked.clientLink}
            dir="ltr"
            aria-describedby="client-link-text"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <p>
          {/* A fresh page: nothing of this client stays in the form. */}
          <a href={`/verwijzen/${linkSecret}`} className="font-semibold text-brand-800 underline">
            {texts.bookAnother}
          </a>
        </p>
      </section>
    );

  return (
    <form {...form.props} className="space-y-8">
      <FormAlert id="partner-referral-error" message={form.error} />
      {form.submissionField}
      <input type="hidden" name="linkSecret" value={linkSecret} />

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold text-brand-900">{texts.workerLegend}</legend>
        <TextField {...form.field("workerName")} label={texts.workerName} autoComplete="name" maxLength={100} />
        <TextField
          {...form.field("workerEmail")}
          type="email"
          dir="ltr"
          label={texts.workerEmail}
          hint={texts.workerEmailHint}
          autoComplete="email"
          maxLength={254}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold text-brand-900">{texts.clientLegend}</legend>
        <ContactFields form={form} texts={texts.client} client />
        <TextareaField
          {...form.field("question")}
          label={texts.question}
          hint={texts.questionHint}
          rows={3}
          maxLength={500}
        />
      </fieldset>

      <TopicAndTimeChoices form={form} texts={texts} topics={topics} days={days} idPrefix="verwijsdag" />

      <fieldset className="space-y-3">
        <legend className="text-2xl font-bold text-brand-900">{texts.consentLegend}</legend>
        <Choice
          type="checkbox"
          name="bookingConsent"
          defaultChecked={form.sent("bookingConsent") === "on"}
          label={texts.bookingConsent}
          error={form.fieldError("bookingConsent")}
        />
        <Choice
          type="checkbox"
          name="feedbackConsent"
          defaultChecked={form.sent("feedbackConsent") === "on"}
          label={texts.feedbackConsent}
        />
      </fieldset>

      <TrapField label={texts.trap} />

      <SubmitButton pending={form.pending} size="large" className="w-full sm:w-auto">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}
