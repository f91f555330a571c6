"use client";

import { Choice } from "@/components/form/field";
import type { SlotDay } from "@/lib/booking/slot-days";

/** Free half hours as radio tiles, a group per day; the times read left to right in every language. */
export function SlotDayChoices({ days, idPrefix, checked }: { days: SlotDay[]; idPrefix: string; checked?: string }) {
  return days.map((day) => (
    <div key={day.day} role="group" aria-labelledby={`${idPrefix}-${day.day}`} className="mt-4">
      <p id={`${idPrefix}-${day.day}`} className="font-semibold">
        {day.label}
      </p>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {day.slots.map((slot) => (
          <Choice
            key={slot.id}
            type="radio"
            name="slotId"
            value={slot.id}
            defaultChecked={checked === slot.id}
            label={<bdi dir="ltr">{slot.label}</bdi>}
            tile
          />
        ))}
      </div>
    </div>
  ));
}
