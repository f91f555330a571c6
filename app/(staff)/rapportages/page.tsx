import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { requirePageRole } from "@/lib/auth/session";
import { countCredentialWarnings } from "@/lib/credentials/queries";
import { getMonthSummaries } from "@/lib/reports/queries";
import { REPORT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage() {
  const actor = await requirePageRole(REPORT_ROLES);
  const [summary, credentialWarnings] = await Promise.all([getMonthSummaries(actor), countCredentialWarnings(actor)]);
  const t = await getTranslations("reports");
  const c = await getTranslations("credentials");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro", { organisation: summary.organisation })}</p>
      {credentialWarnings > 0 && (
        <p role="status" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          {c("homeWarning", { count: credentialWarnings })}{" "}
          <Link href="/adviseurs" className="font-medium text-brand-800 underline hover:text-brand-700">
            {c("homeLink")}
          </Link>
        </p>
      )}
      <nav aria-label={t("reportsMenu")} className="mb-8">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {(
            [
              ["/rapportages/uren", "hoursReport", "hoursReportText"],
              ["/rapportages/cijfers", "monitoring", "monitoringText"],
              ["/rapportages/kosten-baten", "costBenefit", "costBenefitText"],
              ["/rapportages/signalen", "signalReport", "signalReportText"],
            ] as const
          ).map(([href, title, text]) => (
            <li key={href}>
              <Link href={href} className="block h-full rounded border-2 border-brand-700 p-4 hover:bg-brand-50">
                <span className="block text-lg font-semibold text-brand-800">{t(title)}</span>
                <span className="block text-slate-700">{t(text)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataTable
        caption={t("title")}
        headers={[t("period"), t("contacts"), t("sessionsHeld"), t("sessionsCancelled")]}
        rows={[
          [
            `${t("thisMonth")} (${summary.thisMonth.month})`,
            summary.thisMonth.contacts,
            summary.thisMonth.sessionsHeld,
            summary.thisMonth.sessionsCancelled,
          ],
          [
            `${t("lastMonth")} (${summary.lastMonth.month})`,
            summary.lastMonth.contacts,
            summary.lastMonth.sessionsHeld,
            summary.lastMonth.sessionsCancelled,
          ],
        ]}
      />
      <p className="mt-6 text-lg">
        {t("openDossiers")}: <strong>{summary.openDossiers}</strong>
      </p>
    </>
  );
}
