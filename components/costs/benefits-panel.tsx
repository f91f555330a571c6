import { useTranslations } from "@/lib/i18n/use-translations";
import { BenefitForm } from "./benefit-form";
import { RemoveBenefitButton } from "./remove-benefit-button";
import { StoryConsentForm } from "./story-consent-form";

export type CategoryGroup = {
  group: "CLIENT" | "GOVERNMENT" | "EFFECT" | "OTHER";
  categories: { value: string; label: string }[];
};

/** Already formatted for the reader's language. */
type PanelItem = {
  id: string;
  category: string;
  amount: string | null;
  beneficiary: string | null;
  description: string | null;
};

type Props = {
  caseId: string;
  summary: string;
  items: PanelItem[];
  groups: CategoryGroup[];
  storyConsentOn: string | null;
  submissionId: string;
};

/** What the help brought: the recorded benefits with the case's costs and net, a new benefit, and the story consent. */
export function BenefitsPanel({ caseId, summary, items, groups, storyConsentOn, submissionId }: Props) {
  const t = useTranslations("benefitsPanel");
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("intro")}</p>
      {items.length === 0 ? (
        <p>{t("noItems")}</p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-slate-300 px-3 py-2">
              <p className="font-medium">
                {item.category}
                {item.amount ? `: ${item.amount}` : ` (${t("notCounted")})`}
                {item.beneficiary && ` · ${item.beneficiary}`}
              </p>
              {item.description && <p className="text-sm">{item.description}</p>}
              <RemoveBenefitButton
                benefitItemId={item.id}
                label={t("removeLabel", { item: item.amount ? `${item.category} ${item.amount}` : item.category })}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="rounded bg-slate-50 px-3 py-2">{summary}</p>
      <BenefitForm caseId={caseId} groups={groups} submissionId={submissionId} />
      <StoryConsentForm caseId={caseId} givenOn={storyConsentOn} />
    </div>
  );
}
