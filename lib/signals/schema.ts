import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { recordId, singleLine, z } from "@/lib/zod";
import { SIGNAL_THEMES } from "./themes";

const signalId = recordId("refusals.choose.signal");
const caseId = recordId("refusals.choose.case");

/** Plain words for the municipality: long enough to say what goes wrong, short enough to read. */
const description = z
  .string({ error: "refusals.signals.descriptionRequired" })
  .trim()
  .min(20, "refusals.signals.descriptionTooShort")
  .max(1000, "refusals.signals.descriptionTooLong");

/** A day up to today: when the signal was raised or answered (the use case checks it is not ahead). */
const pastDay = z
  .string({ error: "refusals.common.dayFormat" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
  .refine(isCalendarDay, "refusals.common.dayNotReal");

export const raiseSignalSchema = z.object({
  caseId,
  otherPartyId: recordId("refusals.signals.chooseOtherParty"),
  theme: z.enum(SIGNAL_THEMES, { error: "refusals.signals.chooseTheme" }),
  description,
});

/** "Ik zie dit ook": the dossier joins a signal another advisor (or the same) raised. */
export const joinSignalSchema = z.object({ signalId, caseId });

export const markSignalRaisedSchema = z.object({
  signalId,
  raisedWith: z
    .string({ error: "refusals.signals.raisedWithRequired" })
    .trim()
    .transform(singleLine)
    .pipe(z.string().min(2, "refusals.signals.raisedWithRequired").max(150, "refusals.signals.raisedWithTooLong")),
  raisedOn: pastDay,
});

export const recordSignalAnswerSchema = z.object({
  signalId,
  answer: z
    .string({ error: "refusals.signals.answerRequired" })
    .trim()
    .min(2, "refusals.signals.answerRequired")
    .max(2000, "refusals.signals.answerTooLong"),
  answeredOn: pastDay,
});

export const closeSignalSchema = z.object({
  signalId,
  outcome: z.enum(["RESOLVED", "CLOSED"], { error: "refusals.signals.chooseOutcome" }),
});

/** The coordinator puts a signal in words the municipality understands before sending it on. */
export const rewordSignalSchema = z.object({ signalId, description });

/** A finished signal whose problem came back, or was closed by mistake. */
export const reopenSignalSchema = z.object({ signalId });

/** The duplicate's dossiers move to the signal kept; the duplicate stays, pointing to it. */
export const mergeSignalsSchema = z
  .object({ signalId, duplicateId: recordId("refusals.signals.chooseDuplicate") })
  .refine((input) => input.signalId !== input.duplicateId, {
    path: ["duplicateId"],
    message: "refusals.signals.mergeWithItself",
  });
