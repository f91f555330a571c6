import { amsterdamDay, formatLongDate, formatTime } from "@/lib/dates";
import type { PublicLocale, PublicTranslator } from "@/lib/public/locales";
import type { OpenSlot } from "./queries";

export type SlotDay = { day: string; label: string; slots: { id: string; label: string }[] };

/** Free half hours grouped by their Amsterdam day, labelled in the client's language, for a choice. */
export function slotDays(slots: OpenSlot[], locale: PublicLocale, t: PublicTranslator): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    const day = amsterdamDay(slot.startsAt);
    if (!days.has(day)) days.set(day, { day, label: formatLongDate(slot.startsAt, locale), slots: [] });
    days.get(day)!.slots.push({ id: slot.id, label: t("booking.slot", { start: formatTime(slot.startsAt) }) });
  }
  return [...days.values()];
}
