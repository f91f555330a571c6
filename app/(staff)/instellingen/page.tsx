import { hasRole } from "@/lib/auth/roles";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { RetentionForm } from "@/components/privacy/retention-form";
import { CostBenefitRateForm } from "@/components/reports/cost-benefit-rate-form";
import { HoursPlanForm } from "@/components/reports/hours-plan-form";
import { LetterReviewSettingForm } from "@/components/letters/letter-review-forms";
import { PartnershipForm } from "@/components/settings/partnership-form";
import { SETTINGS_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { getCurrentCostRate } from "@/lib/costs/current-rate";
import { getLetterReviewSetting } from "@/lib/letters/review-queries";
import { getStaffFormat } from "@/lib/format/server";
import { decimalString } from "@/lib/money";
import { getPartnership } from "@/lib/organisations/queries";
import { listHoursPlan, ROLES_WITH_A_PLAN } from "@/lib/time/hours-plan";
import { formatTenths, tenthsOfHour } from "@/lib/reports/hours-format";
import { isoWeekOf } from "@/lib/reports/hours-weeks";
import { TIME_KINDS } from "@/lib/time/plan";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

/**
 * One place for the partnership's settings. Each sees the part that is theirs to keep: the admin
 * the partnership and how long data is kept, the coordinator the hours plan and the rates.
 */
export default async function SettingsPage() {
  const actor = await requirePageRole(SETTINGS_ROLES);
  const t = await getTranslations();
  const { locale, role, day } = await getStaffFormat();
  const asInput = (cents: number) => decimalString(cents, 2).replace(".", locale === "en" ? "." : ",");
  const admin = hasRole(actor, "ADMIN") ? await getPartnership(actor) : null;
  const rates = hasRole(actor, "COORDINATOR") ? await getCurrentCostRate(actor) : null;
  const letterReview = hasRole(actor, "COORDINATOR") ? await getLetterReviewSetting(actor) : null;
  const planHistory = hasRole(actor, "COORDINATOR") ? await listHoursPlan(actor) : [];

  return (
    <ClientTexts namespaces={["settings", "privacy", "hoursPlan", "costBenefit", "letterReview"]}>
      <h1 className="text-3xl font-bold">{t("settings.title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("settings.intro")}</p>
      {admin && (
        <>
          <section aria-labelledby="partnership-title" className="mb-10">
            <h2 id="partnership-title" className="mb-2 text-2xl font-semibold">
              {t("settings.partnershipTitle")}
            </h2>
            <p className="mb-4 max-w-3xl text-slate-700">{t("settings.partnershipIntro")}</p>
            <PartnershipForm partnership={admin} />
          </section>
          <section aria-labelledby="retention-title" className="mb-10">
            <h2 id="retention-title" className="mb-2 text-2xl font-semibold">
              {t("privacy.retentionTitle")}
            </h2>
            <p className="mb-3 max-w-prose text-slate-700">{t("privacy.retentionExplained")}</p>
            <RetentionForm months={admin.retentionMonths} />
          </section>
        </>
      )}
      {rates && (
        <>
          <section aria-labelledby="hours-plan-title" className="mb-10">
            <h2 id="hours-plan-title" className="mb-2 text-2xl font-semibold">
              {t("hoursPlan.title")}
            </h2>
            <p className="mb-3 max-w-3xl text-slate-700">{t("hoursPlan.intro")}</p>
            <HoursPlanForm
              roles={ROLES_WITH_A_PLAN.map((planRole) => ({ value: planRole, label: role(planRole) }))}
              kinds={TIME_KINDS.map((kind) => ({ value: kind, label: t(`timeKind.${kind}`) }))}
              today={rates.today}
            />
            <h3 className="mt-6 mb-2 text-lg font-semibold">{t("hoursPlan.historyTitle")}</h3>
            {planHistory.length === 0 ? (
              <p className="text-slate-700">{t("hoursPlan.historyEmpty")}</p>
            ) : (
              <DataTable
                caption={t("hoursPlan.historyCaption")}
                headers={[t("hoursPlan.from"), t("hoursPlan.role"), t("hoursPlan.kind"), t("hoursPlan.hours")]}
                rowKeys={planHistory.map((change) => `${change.validFrom}-${change.role}-${change.kind}`)}
                rows={planHistory.map((change) => {
                  const week = isoWeekOf(change.validFrom);
                  return [
                    t("hoursPlan.weekOf", {
                      week: week.week,
                      year: week.year,
                      day: day(change.validFrom, "d MMMM yyyy"),
                    }),
                    role(change.role),
                    t(`timeKind.${change.kind}`),
                    t("hoursPlan.hoursValue", { hours: formatTenths(tenthsOfHour(change.minutesPerWeek), locale) }),
                  ];
                })}
              />
            )}
          </section>
          <section aria-labelledby="letter-review-title" className="mb-10">
            <h2 id="letter-review-title" className="mb-2 text-2xl font-semibold">
              {t("letterReview.settingTitle")}
            </h2>
            <p className="mb-3 max-w-3xl text-slate-700">{t("letterReview.settingIntro")}</p>
            <LetterReviewSettingForm enabled={letterReview ?? true} />
          </section>
          <section aria-labelledby="rates-title" className="mb-10">
            <h2 id="rates-title" className="mb-2 text-2xl font-semibold">
              {t("settings.ratesTitle")}
            </h2>
            <p className="mb-3 max-w-3xl text-slate-700">{t("settings.ratesIntro")}</p>
            <CostBenefitRateForm
              today={rates.today}
              current={{
                advisorHour: asInput(rates.rate.advisorHourCents),
                projectHour: asInput(rates.rate.projectHourCents),
                serviceHour: asInput(rates.rate.serviceHourCents),
              }}
            />
          </section>
        </>
      )}
    </ClientTexts>
  );
}
