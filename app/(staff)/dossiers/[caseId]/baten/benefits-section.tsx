import { getTranslations } from "@/lib/i18n/server";
import { BenefitsPanel, type CategoryGroup } from "@/components/costs/benefits-panel";
import { requirePageRole } from "@/lib/auth/session";
import { getCaseBenefits } from "@/lib/costs/queries";
import type { BenefitCategory } from "@/lib/generated/prisma/enums";
import { UNQUANTIFIED_CATEGORIES } from "@/lib/reports/cost-benefit";
import { newSubmissionId } from "@/lib/form-state";
import { CASE_ROLES } from "@/lib/auth/policy";
import { getStaffFormat } from "@/lib/format/server";

/** The order of the report's tables: the client's gains, the government's avoided costs, the effects without a price. */
const GROUPS: { group: CategoryGroup["group"]; categories: BenefitCategory[] }[] = [
  { group: "CLIENT", categories: ["INCOME_IMPROVEMENT", "CLAIM_REDUCED", "REPAYMENT_CANCELLED"] },
  {
    group: "GOVERNMENT",
    categories: [
      "AVOIDED_LEGAL_AID",
      "AVOIDED_SPECIAL_ASSISTANCE",
      "AVOIDED_DEBT_HELP",
      "AVOIDED_BAILIFF_COSTS",
      "AVOIDED_COURT_COSTS",
      "AVOIDED_COLLECTION_COSTS",
    ],
  },
  { group: "EFFECT", categories: [...UNQUANTIFIED_CATEGORIES] },
  { group: "OTHER", categories: ["OTHER"] },
];

/**
 * The dossier page's benefits, loaded here so the page only places this section and the dossier
 * query stays the dossier's. It authorises on its own: a server component can be rendered from
 * elsewhere too.
 */
export async function BenefitsSection({ caseId }: { caseId: string }) {
  const actor = await requirePageRole(CASE_ROLES);
  const benefits = await getCaseBenefits(actor, caseId);
  if (!benefits) return null;
  const t = await getTranslations();
  const { euro, date, minutes } = await getStaffFormat();
  const { result } = benefits;

  return (
    <BenefitsPanel
      submissionId={newSubmissionId()}
      caseId={caseId}
      summary={t("benefitsPanel.summary", {
        time: minutes(result.minutes),
        costs: euro(result.costs.totalCents),
        rate: euro(benefits.hourlyCostCents),
        benefits: euro(result.benefitsCents),
        client: euro(result.clientBenefitsCents),
        government: euro(result.governmentBenefitsCents),
        net: euro(result.netCents),
      })}
      items={benefits.items.map((item) => ({
        id: item.id,
        category: t(`benefitCategory.${item.category}`),
        amount: item.amountCents === null ? null : euro(item.amountCents),
        beneficiary: item.beneficiary && t(`benefitBeneficiary.${item.beneficiary}`),
        description: item.description,
      }))}
      groups={GROUPS.map(({ group, categories }) => ({
        group,
        categories: categories.map((value) => ({ value, label: t(`benefitCategory.${value}`) })),
      }))}
      storyConsentOn={benefits.storyConsentGivenAt && date(benefits.storyConsentGivenAt, "d MMMM yyyy")}
    />
  );
}
