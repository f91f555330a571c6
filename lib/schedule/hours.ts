import { message } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { dateColumn, formatMinuteOfDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/result";

type HourWindow = {
  locationId: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  validFrom: string;
  validUntil: string | null;
};

/**
 * Two recurring hours at one location never overlap in time and validity: each would make its own
 * sessions at the same moment. `exceptId` is the hour being changed.
 */
export async function refuseOverlappingHour(
  tx: Prisma.TransactionClient,
  actor: Actor,
  hour: HourWindow,
  exceptId?: string,
) {
  const other = await tx.consultationHour.findFirst({
    where: {
      ...scopedToOrganisation(actor),
      id: exceptId ? { not: exceptId } : undefined,
      active: true,
      locationId: hour.locationId,
      weekday: hour.weekday,
      startMinute: { lt: hour.endMinute },
      endMinute: { gt: hour.startMinute },
      ...(hour.validUntil ? { validFrom: { lte: dateColumn(hour.validUntil) } } : {}),
      OR: [{ validUntil: null }, { validUntil: { gte: dateColumn(hour.validFrom) } }],
    },
    select: { startMinute: true, endMinute: true },
  });
  if (other) {
    throw new Refusal(
      message("refusals.schedule.hourOverlaps", {
        weekday: String(hour.weekday),
        start: formatMinuteOfDay(other.startMinute),
        end: formatMinuteOfDay(other.endMinute),
      }),
    );
  }
}
