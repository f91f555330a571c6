"use client";

import { cancelAppointmentAction, moveAppointmentAction } from "@/app/afspraak/actions";
import { ChoiceGroup } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { SlotDayChoices } from "@/components/public/slot-day-choices";
import { useFormAction } from "@/components/use-form-action";
import type { SlotDay } from "@/lib/booking/slot-days";

type Common = { linkSecret: string; locale: string };

function LinkFields({ linkSecret, locale }: Common) {
  return (
    <>
      <input type="hidden" name="linkSecret" value={linkSecret} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
}

/** Another free half hour of the same location, chosen like the first one. */
export function MoveAppointmentForm({
  texts,
  days,
  ...link
}: Common & {
  texts: { legend: string; submit: string; submitting: string };
  days: SlotDay[];
}) {
  const form = useFormAction(moveAppointmentAction);
  return (
    <form {...form.props} className="space-y-4">
      <FormAlert id="move-error" message={form.error} />
      <LinkFields {...link} />
      <ChoiceGroup legend={texts.legend} name="slotId" error={form.fieldError("slotId")} legendClassName="sr-only">
        <SlotDayChoices days={days} idPrefix="verzet" />
      </ChoiceGroup>
      <SubmitButton pending={form.pending} variant="secondary">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}

export function CancelAppointmentForm({ texts, ...link }: Common & { texts: { submit: string; submitting: string } }) {
  const form = useFormAction(cancelAppointmentAction);
  return (
    <form {...form.props} className="space-y-4">
      <FormAlert id="cancel-error" message={form.error} />
      <LinkFields {...link} />
      <SubmitButton pending={form.pending} variant="danger">
        {form.pending ? texts.submitting : texts.submit}
      </SubmitButton>
    </form>
  );
}
