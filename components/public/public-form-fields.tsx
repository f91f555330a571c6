"use client";

import { useId } from "react";
import { Choice, ChoiceGroup, TextField } from "@/components/form/field";
import { SlotDayChoices } from "@/components/public/slot-day-choices";
import type { useFormAction } from "@/components/use-form-action";
import type { SlotDay } from "@/lib/booking/slot-days";

// The parts the public forms share (the online booking, the waiting list and a partner's
// referral), for the fields of lib/public-forms/fields.ts. Their texts come translated from the
// page: the client's language, or the partner's Dutch.

/** What a part needs of its form (useFormAction): each field's error, and what was sent before a refusal. */
type PublicForm = Pick<ReturnType<typeof useFormAction>, "field" | "fieldError" | "sent">;

const LEGEND = "text-2xl font-bold text-brand-900";

export type ContactTexts = { name: string; nameHint: string; contactHint: string; phone: string; email: string };

/**
 * A first name or initials and a phone number or e-mail address, one of the two being enough (the
 * hint, read out with both). `client`: a partner's worker fills in their client's details, in
 * fields named client… and with nothing the browser offers from its own.
 */
export function ContactFields({ form, texts, client }: { form: PublicForm; texts: ContactTexts; client?: boolean }) {
  const hintId = useId();
  const name = (field: "Name" | "Phone" | "Email") => (client ? `client${field}` : field.toLowerCase());
  return (
    <>
      <TextField
        {...form.field(name("Name"))}
        label={texts.name}
        hint={texts.nameHint}
        autoComplete={client ? "off" : "given-name"}
        maxLength={50}
      />
      <p id={hintId}>{texts.contactHint}</p>
      <TextField
        {...form.field(name("Phone"))}
        type="tel"
        dir="ltr"
        label={texts.phone}
        autoComplete={client ? "off" : "tel"}
        inputMode="tel"
        maxLength={20}
        aria-describedby={hintId}
      />
      <TextField
        {...form.field(name("Email"))}
        type="email"
        dir="ltr"
        label={texts.email}
        autoComplete={client ? "off" : "email"}
        maxLength={254}
        aria-describedby={hintId}
      />
    </>
  );
}

/**
 * What the question is about (a top-level legal domain, or "don't know") and the half hour, each a
 * group of large boxes under a heading-sized legend.
 */
export function TopicAndTimeChoices({
  form,
  texts,
  topics,
  days,
  idPrefix,
}: {
  form: PublicForm;
  texts: { topicLegend: string; topicUnknown: string; timeLegend: string };
  topics: { code: string; label: string }[];
  days: SlotDay[];
  /** The days' ids, unique on the page. */
  idPrefix: string;
}) {
  const sentTopic = form.sent("topic") ?? "";
  return (
    <>
      <ChoiceGroup legend={texts.topicLegend} name="topic" error={form.fieldError("topic")} legendClassName={LEGEND}>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {[...topics, { code: "", label: texts.topicUnknown }].map((topic) => (
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
        </div>
      </ChoiceGroup>

      <ChoiceGroup legend={texts.timeLegend} name="slotId" error={form.fieldError("slotId")} legendClassName={LEGEND}>
        <SlotDayChoices days={days} idPrefix={idPrefix} checked={form.sent("slotId")} />
      </ChoiceGroup>
    </>
  );
}

/** The client's consent: what they agree to, and the box that says they do. */
export function ConsentChoice({ form, texts }: { form: PublicForm; texts: { consentText: string; consent: string } }) {
  return (
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
  );
}

/**
 * The trap field (lib/public-forms/fields.ts, "website"): people never see or reach it; a script
 * that fills in every field fills this one too.
 */
export function TrapField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="hidden">
      <label>
        {label}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
