import { BenefitBeneficiary, BenefitCategory } from "@/lib/generated/prisma/enums";
import { parseEuroCents } from "@/lib/money";
import { isUnquantifiedCategory } from "@/lib/reports/cost-benefit";
import { blankAsNull, z } from "@/lib/zod";

/**
 * A single benefit counted over the current year (the report's largest is € 888) never comes near
 * this; an amount above it is far more likely a typo, such as a missing comma, than a real benefit.
 */
const MAX_BENEFIT_CENTS = 100_000_000;

const AMOUNT_HINT = "refusals.reports.amountHint";

/** An empty or missing form field means "not given". */

const amount = z.preprocess(
  blankAsNull,
  z
    .string({ error: AMOUNT_HINT })
    .transform((text, ctx) => {
      const cents = parseEuroCents(text);
      if (cents === null) ctx.addIssue({ code: "custom", message: AMOUNT_HINT });
      else if (cents === 0) ctx.addIssue({ code: "custom", message: "refusals.reports.amountZero" });
      else if (cents > MAX_BENEFIT_CENTS) ctx.addIssue({ code: "custom", message: "refusals.reports.amountTooHigh" });
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
    category: z.enum(BenefitCategory, { error: "refusals.reports.chooseCategory" }),
    amount,
    beneficiary: z.preprocess(
      blankAsNull,
      z.enum(BenefitBeneficiary, { error: "refusals.reports.chooseBeneficiary" }).nullable(),
    ),
    description: z.preprocess(
      blankAsNull,
      z
        .string({ error: "refusals.reports.descriptionRequired" })
        .trim()
        .max(500, "refusals.reports.descriptionTooLong")
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
        message: "refusals.reports.effectHasNoAmount",
      });
    }
    if (needsAmount && item.amount === null) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "refusals.reports.amountRequired",
      });
    }
    if (!effect && item.amount !== null && item.beneficiary === null) {
      ctx.addIssue({
        code: "custom",
        path: ["beneficiary"],
        message: "refusals.reports.chooseBeneficiary",
      });
    }
    if (item.beneficiary !== null && (effect || (item.category === "OTHER" && item.amount === null))) {
      ctx.addIssue({
        code: "custom",
        path: ["beneficiary"],
        message: "refusals.reports.beneficiaryOnlyWithAmount",
      });
    }
    if (item.category === "OTHER" && item.description === null) {
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: "refusals.reports.otherRequired",
      });
    }
  }, whenFieldsAreValid)
  .transform(({ category, amount: amountCents, beneficiary, description }) => ({
    category,
    beneficiary,
    amountCents,
    description,
  }));
