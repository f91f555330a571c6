import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { blankAsUndefined, minutes, workedOn } from "@/lib/time/schema";
import { recordId, z } from "@/lib/zod";

export const TASK_NOT_FOUND = "refusals.aftercare.taskNotFound";

export const createAftercareTaskSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  /** The conversation the task came out of, when the advisor names it. */
  visitId: z.preprocess(blankAsUndefined, recordId("refusals.choose.conversation").optional()),
  title: z
    .string({ error: "refusals.aftercare.descriptionRequired" })
    .trim()
    .min(1, "refusals.aftercare.descriptionRequired")
    .max(200, "refusals.common.atMost200"),
  dueOn: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
      .refine(isCalendarDay, "refusals.common.dayNotReal")
      .optional(),
  ),
  /** Who does it; nobody chosen means the advisor who creates it. */
  assigneeId: z.preprocess(blankAsUndefined, recordId("refusals.choose.advisor").optional()),
});

export const completeAftercareTaskSchema = z.object({
  taskId: recordId("refusals.choose.aftercareTask"),
  minutes,
  workedOn,
});
