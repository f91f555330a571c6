import { describe, expect, it } from "vitest";
import {
  addExtraSessionSchema,
  cancelSessionSchema,
  createConsultationHourSchema,
  generateSessionsSchema,
  staffSessionSchema,
  updateConsultationHourSchema,
} from "@/lib/schedule/schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

const hour = {
  locationId: "loc1",
  weekday: "2",
  startTime: "10:00",
  endTime: "13:00",
  advisorCapacity: "2",
  slotMinutes: "30",
  validFrom: "2026-12-01",
  validUntil: "",
  advisorIds: ["a1", "a2"],
};

describe("schedule input", () => {
  it("reads a form's hour as wall-clock minutes, with defaults for what was left empty", () => {
    expect(createConsultationHourSchema.parse(hour)).toEqual({
      locationId: "loc1",
      weekday: 2,
      startMinute: 600,
      endMinute: 780,
      advisorCapacity: 2,
      slotMinutes: 30,
      mode: "WALK_IN_AND_APPOINTMENT",
      validFrom: "2026-12-01",
      validUntil: undefined,
      advisorIds: ["a1", "a2"],
    });
  });

  it("refuses a window that ends before it starts, or is not a whole number of slots", () => {
    expect(messages(createConsultationHourSchema.safeParse({ ...hour, endTime: "09:00" }))).toEqual({
      endTime: "refusals.schedule.endBeforeStart",
    });
    expect(messages(createConsultationHourSchema.safeParse({ ...hour, endTime: "12:45" }))).toEqual({
      endTime: "refusals.schedule.wholeSlots",
    });
    expect(createConsultationHourSchema.safeParse({ ...hour, endTime: "12:45", slotMinutes: "15" }).success).toBe(true);
  });

  it("caps a slot at half an hour, as the database does", () => {
    expect(messages(createConsultationHourSchema.safeParse({ ...hour, slotMinutes: "45" }))).toEqual({
      slotMinutes: "refusals.schedule.slotLengthMax",
    });
  });

  it("refuses odd times, days and dates in plain Dutch", () => {
    const result = messages(
      createConsultationHourSchema.safeParse({
        ...hour,
        weekday: "8",
        startTime: "25:00",
        validFrom: "2026-02-30",
        validUntil: "morgen",
      }),
    );
    expect(result).toEqual({
      weekday: "refusals.schedule.chooseDay",
      startTime: "refusals.schedule.time.start.format",
      validFrom: "refusals.schedule.day.firstDay.notADay",
      validUntil: "refusals.schedule.day.lastDay.format",
    });
  });

  it("refuses a last day before the first day and a doubly chosen advisor", () => {
    expect(messages(createConsultationHourSchema.safeParse({ ...hour, validUntil: "2026-11-30" }))).toEqual({
      validUntil: "refusals.schedule.lastBeforeFirst",
    });
    expect(messages(createConsultationHourSchema.safeParse({ ...hour, advisorIds: ["a1", "a1"] }))).toEqual({
      advisorIds: "refusals.schedule.advisorTwice",
    });
  });

  it("lets an update clear the last day", () => {
    expect(
      updateConsultationHourSchema.parse({ consultationHourId: "h1", advisorCapacity: "1", validUntil: "" }).validUntil,
    ).toBeUndefined();
  });

  it("plans 1 to 52 weeks ahead, 8 by default", () => {
    expect(generateSessionsSchema.parse({})).toEqual({ weeks: 8 });
    expect(generateSessionsSchema.parse({ weeks: "12" })).toEqual({ weeks: 12 });
    expect(messages(generateSessionsSchema.safeParse({ weeks: "0" }))).toEqual({
      weeks: "refusals.schedule.weeksMin",
    });
    expect(messages(generateSessionsSchema.safeParse({ weeks: "53" }))).toEqual({
      weeks: "refusals.schedule.weeksMax",
    });
    expect(generateSessionsSchema.safeParse({ weeks: "1.5" }).success).toBe(false);
  });

  it("gives extra sessions half-hour slots", () => {
    const extra = { locationId: "loc1", day: "2026-12-02", startTime: "14:00", endTime: "16:00", advisorCapacity: "1" };
    expect(addExtraSessionSchema.parse(extra)).toMatchObject({ startMinute: 840, endMinute: 960 });
    expect(messages(addExtraSessionSchema.safeParse({ ...extra, endTime: "15:15" }))).toEqual({
      endTime: "refusals.schedule.wholeSlots",
    });
  });

  it("wants a reason to cancel, and a short one", () => {
    expect(messages(cancelSessionSchema.safeParse({ sessionId: "s1", reason: "  " }))).toEqual({
      reason: "refusals.schedule.reasonTooShort",
    });
    expect(messages(cancelSessionSchema.safeParse({ sessionId: "s1", reason: "x".repeat(201) }))).toEqual({
      reason: "refusals.schedule.reasonTooLong",
    });
  });

  it("treats an empty stand-in or room as not chosen, and refuses standing in for oneself", () => {
    expect(staffSessionSchema.parse({ sessionId: "s1", advisorId: "a1", standInForId: "", roomId: "" })).toEqual({
      sessionId: "s1",
      advisorId: "a1",
    });
    expect(messages(staffSessionSchema.safeParse({ sessionId: "s1", advisorId: "a1", standInForId: "a1" }))).toEqual({
      standInForId: "refusals.schedule.selfStandIn",
    });
  });
});
