import { BenefitBeneficiary, BenefitCategory } from "@/lib/generated/prisma/enums";
import { parseEuroCents } from "@/lib/money";
import { isUnquantifiedCategory } from "@/lib/reports/cost-benefit";
import { z } from "@/lib/zod";

/**
 * A single benefit counted over the current year (the report's largest is € 888) never comes near
 * this; an amount above it is far more likely a typo, such as a missing comma, than a real benefit.
 */
const MAX_BENEFIT_CENTS = 100_000_000;

const AMOUNT_HINT = "Vul het bedrag in euro’s in, bijvoorbeeld 600 of 74,50.";

/** An empty or missing form field means "not given". */
const blankAsNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

const amount = z.preprocess(
  blankAsNull,
  z
    .string({ error: AMOUNT_HINT })
    .transform((text, ctx) => {
      const cents = parseEuroCents(text);
      if (cents === null) ctx.addIssue({ code: "custom", message: AMOUNT_HINT });
      else if (cents === 0)
        ctx.addIssue({ code: "custom", message: "Vul een bedrag hoger dan € 0 in, of laat het bedrag leeg." });
      else if (cents > MAX_BENEFIT_CENTS)
        ctx.addIssue({ code: "custom", message: "Meer dan € 1.000.000 kan niet. Kijk of er een komma mist." });
      else return cents;
      return z.NEVER;
    })
    .nullable(),
);

/** Checks across fields run only once every field is valid; until then each field's own message says enough. */
const whenFieldsAreValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** One benefit of a case as the advisor enters it: money for the client or the government, or an effect without a price. */
export const benefitItemSchema = z
  .object({
    category: z.enum(BenefitCategory, { error: "Kies wat de hulp heeft opgeleverd." }),
    amount,
    beneficiary: z.preprocess(
      blankAsNull,
      z.enum(BenefitBeneficiary, { error: "Kies voor wie het bedrag is: de cliënt of de overheid." }).nullable(),
    ),
    description: z.preprocess(
      blankAsNull,
      z
        .string({ error: "Schrijf een korte omschrijving." })
        .trim()
        .max(500, "De omschrijving is te lang (hooguit 500 tekens).")
        .nullable(),
    ),
  })
  .superRefine((item, ctx) => {
    const effect = isUnquantifiedCategory(item.category);
    const needsAmount = !effect && item.category !== "OTHER";
    if (effect && item.amount !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "Dit effect tellen we niet in geld. Laat het bedrag leeg.",
      });
    }
    if (needsAmount && item.amount === null) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "Vul in hoeveel dit dit jaar oplevert, bijvoorbeeld 600 of 74,50.",
      });
    }
    if (!effect && item.amount !== null && item.beneficiary === null) {
      ctx.addIssue({
        code: "custom",
        path: ["beneficiary"],
        message: "Kies voor wie het bedrag is: de cliënt of de overheid.",
      });
    }
    if (item.beneficiary !== null && (effect || (item.category === "OTHER" && item.amount === null))) {
      ctx.addIssue({
        code: "custom",
        path: ["beneficiary"],
        message: "Alleen een bedrag is voor de cliënt of de overheid. Laat ‘voor wie’ leeg.",
      });
    }
    if (item.category === "OTHER" && item.description === null) {
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: "Schrijf op wat de hulp nog meer heeft opgeleverd.",
      });
    }
  }, whenFieldsAreValid)
  .transform(({ category, amount: amountCents, beneficiary, description }) => ({
    category,
    beneficiary,
    amountCents,
    description,
  }));
