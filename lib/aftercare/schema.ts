import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { blankAsUndefined, minutes, workedOn } from "@/lib/time/schema";
import { z } from "@/lib/zod";

const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

export const TASK_NOT_FOUND = "Deze nazorgtaak is niet gevonden.";

export const createAftercareTaskSchema = z.object({
  caseId: id("een dossier"),
  /** The conversation the task came out of, when the advisor names it. */
  visitId: z.preprocess(blankAsUndefined, id("een gesprek").optional()),
  title: z
    .string({ error: "Schrijf op wat er moet gebeuren." })
    .trim()
    .min(1, "Schrijf op wat er moet gebeuren.")
    .max(200, "Hooguit 200 tekens."),
  dueOn: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum in als jjjj-mm-dd.")
      .refine(isCalendarDay, "Deze datum bestaat niet.")
      .optional(),
  ),
  /** Who does it; nobody chosen means the advisor who creates it. */
  assigneeId: z.preprocess(blankAsUndefined, id("een adviseur").optional()),
});

export const completeAftercareTaskSchema = z.object({
  taskId: id("een nazorgtaak"),
  minutes,
  workedOn,
});
