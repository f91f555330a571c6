import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { objectionTermEnd } from "@/lib/deadlines/awb";
import { ok, refuse } from "@/lib/result";
import { INVALID_INPUT, defineUseCase } from "@/lib/use-case";
import { composeLetterText } from "./compose";
import { letterDateErrors, letterSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

type LetterDraft = {
  text: string;
  /** An objection: the last day of its term (Awb art. 6:7-6:8 and the Atw), and whether the letter is dated after it. */
  objectionTerm?: { dueOn: string; late: boolean };
  /** A complaint about conduct more than a year before the letter. */
  complaintOverAYear?: boolean;
};

/**
 * The first version of a letter from the advisor's facts. Nothing is stored: the advisor edits the
 * text and then saves it (`saveLetter`). The case is looked up all the same, so only those who may
 * work on the dossier can use the letter form for it.
 */
export const draftLetter = defineUseCase({
  name: "letters.draftLetter",
  roles: CASE_ROLES,
  input: letterSchema,
  run: async (actor, input, { now }) => {
    const dossier = await db.case.findFirst({
      where: { ...readableCases(actor), id: input.caseId },
      select: { id: true },
    });
    if (!dossier) return refuse(CASE_NOT_FOUND);
    const dateErrors = letterDateErrors(input, amsterdamDay(now));
    if (dateErrors) return refuse(INVALID_INPUT, dateErrors);
    const draft: LetterDraft = { text: composeLetterText(input) };
    if (input.kind === "OBJECTION" || input.kind === "PRO_FORMA_OBJECTION") {
      const { dueOn } = objectionTermEnd(input.decisionDate);
      draft.objectionTerm = { dueOn, late: input.letterDate > dueOn };
    } else if (input.kind === "COMPLAINT" && input.incidentDate) {
      // Awb art. 9:8 lid 1 b: conduct more than a year before the complaint need not be handled.
      const yearLater = `${Number(input.incidentDate.slice(0, 4)) + 1}${input.incidentDate.slice(4)}`;
      draft.complaintOverAYear = input.letterDate > yearLater;
    }
    return ok(draft);
  },
});
