import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PrintButton } from "@/components/print-button";
import { CostBenefitFigures } from "@/components/reports/cost-benefit-figures";
import { requirePageRole } from "@/lib/auth/session";
import { getStoryCase } from "@/lib/costs/story";
import { getStaffFormat } from "@/lib/format/server";
import { REPORT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costStory"))("title") };
}

export default async function StoryPage({ params }: { params: Promise<{ caseId: string }> }) {
  const actor = await requirePageRole(REPORT_ROLES);
  const { caseId } = await params;
  const story = await getStoryCase(actor, caseId);
  if (!story) notFound();
  const t = await getTranslations();
  const s = await getTranslations("costStory");
  const { euro, month, name, minutes } = await getStaffFormat();
  const { result, ageBand } = story;
  const age = !ageBand
    ? s("unknown")
    : ageBand.from === null
      ? s("ageUnder")
      : ageBand.to === null
        ? s("ageOver")
        : s("ageBand", { from: ageBand.from, to: ageBand.to });
  const domain = story.domain
    ? story.subDomain
      ? `${name(story.domain)} > ${name(story.subDomain)}`
      : name(story.domain)
    : s("unknown");

  return (
    <>
      <p className="print:hidden">
        <Link href="/rapportages/kosten-baten" className="font-semibold text-brand-800 underline">
          {s("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{s("title")}</h1>
      <p className="mb-4 text-slate-700">{s("intro")}</p>
      <div className="mb-6 print:hidden">
        <PrintButton label={t("costBenefit.print")} />
      </div>

      <section aria-labelledby="story-who" className="mb-6">
        <h2 id="story-who" className="mb-2 text-2xl font-semibold">
          {s("whoTitle")}
        </h2>
        <CostBenefitFigures
          label={s("whoTitle")}
          figures={[
            { term: s("municipality"), value: story.municipality },
            { term: s("age"), value: age },
          ]}
        />
      </section>

      <section aria-labelledby="story-question" className="mb-6">
        <h2 id="story-question" className="mb-2 text-2xl font-semibold">
          {s("questionTitle")}
        </h2>
        <CostBenefitFigures
          label={s("questionTitle")}
          figures={[
            { term: s("domain"), value: domain },
            {
              term: s("period"),
              value: story.closedMonth
                ? s("periodClosed", { opened: month(story.openedMonth), closed: month(story.closedMonth) })
                : s("periodOpen", { opened: month(story.openedMonth) }),
            },
            {
              term: s("outcome"),
              value: story.outcome ? t(`caseOutcome.${story.outcome}`) : t(`caseStatus.${story.status}`),
            },
          ]}
        />
      </section>

      <section aria-labelledby="story-help" className="mb-6">
        <h2 id="story-help" className="mb-2 text-2xl font-semibold">
          {s("helpTitle")}
        </h2>
        {story.actions.length === 0 ? (
          <p>{s("noActions")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {story.actions.map((kind) => (
              <li key={kind}>{t(`caseActionKind.${kind}`)}</li>
            ))}
          </ul>
        )}
      </section>

      <div className="mb-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="story-costs">
          <h2 id="story-costs" className="mb-2 text-2xl font-semibold">
            {s("costsTitle")}
          </h2>
          <CostBenefitFigures
            label={s("costsTitle")}
            figures={[
              {
                term: s("hours", {
                  time: minutes(result.minutes),
                }),
                value: euro(result.costs.advisorCents),
              },
              { term: s("project"), value: euro(result.costs.projectCents) },
              { term: s("service"), value: euro(result.costs.serviceCents) },
              { term: s("total"), value: euro(result.costs.totalCents), strong: true },
            ]}
          />
        </section>
        <section aria-labelledby="story-benefits">
          <h2 id="story-benefits" className="mb-2 text-2xl font-semibold">
            {s("benefitsTitle")}
          </h2>
          {story.benefits.length === 0 ? (
            <p>{s("noBenefits")}</p>
          ) : (
            <CostBenefitFigures
              label={s("benefitsTitle")}
              figures={[
                ...story.benefits.map((item, index) => ({
                  term: `${t(`benefitCategory.${item.category}`)}${item.beneficiary ? ` (${t(`benefitBeneficiary.${item.beneficiary}`)})` : ""}`,
                  value: euro(item.amountCents ?? 0),
                  id: String(index),
                })),
                { term: s("total"), value: euro(result.benefitsCents), strong: true },
              ]}
            />
          )}
          {result.unquantified.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{s("effectsTitle")}</h3>
              <ul className="list-disc pl-6">
                {result.unquantified.map((category) => (
                  <li key={category}>{t(`benefitCategory.${category}`)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="story-result" className="mb-6">
        <h2 id="story-result" className="mb-2 text-2xl font-semibold">
          {s("resultTitle")}
        </h2>
        <p className="text-lg font-bold">
          {s("result", {
            net: euro(result.netCents),
            client: euro(result.clientBenefitsCents),
            government: euro(result.governmentNetCents),
          })}
        </p>
      </section>
    </>
  );
}
