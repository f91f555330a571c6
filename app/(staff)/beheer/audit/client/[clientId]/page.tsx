import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PrintButton } from "@/components/print-button";
import { PrintPageStyle } from "@/components/print-page-style";
import { getClientAccessReport, type AccessReportLine } from "@/lib/audit/queries";
import { requirePageRole } from "@/lib/auth/session";
import { staffFormat } from "@/lib/format/staff-format";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { clock } from "@/lib/clock";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessReport"))("title") };
}

export default async function ClientAccessReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<{ taal?: string }>;
}) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const [{ clientId }, { taal }] = await Promise.all([params, searchParams]);
  const report = await getClientAccessReport(actor, clientId);
  if (!report) notFound();
  // The report is handed to the client: Dutch unless they read English better.
  const locale = isLocale(taal) ? taal : "nl";
  const t = await getTranslations({ locale, namespace: "accessReport" });
  const { date } = staffFormat(locale);
  const staff = await getTranslations("auditLog");
  const who = (line: AccessReportLine) => {
    if (!line.who) return t("roles.system");
    const role =
      line.role === "ADVISOR" ? (line.advisorKind === "VOLUNTEER" ? "VOLUNTEER" : "ADVISOR") : (line.role ?? "system");
    return `${line.who}, ${t(`roles.${role}`)}`;
  };

  return (
    <>
      <PrintPageStyle css="@page { size: A4; margin: 18mm; }" />
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("print")} />
        <nav aria-label={t("language")} className="flex gap-2">
          {LOCALES.map((option) => (
            <Link
              key={option}
              href={`?taal=${option}`}
              lang={option}
              aria-current={option === locale ? "true" : undefined}
              className="rounded px-2 py-1 underline aria-[current=true]:bg-brand-100 aria-[current=true]:font-semibold"
            >
              {option === "nl" ? "Nederlands" : "English"}
            </Link>
          ))}
        </nav>
        <Link href={`/beheer/audit?client=${report.client.id}`} className="font-semibold text-brand-800 underline">
          {staff("backToLog")}
        </Link>
      </div>
      <article lang={locale} className="mx-auto max-w-3xl text-lg leading-relaxed print:max-w-none print:text-base">
        <p className="text-base font-semibold text-brand-800 print:text-black">{report.organisationName}</p>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 font-medium">
          {t("forClient", { name: report.client.anonymised ? t("anonymised") : report.client.displayName })}
        </p>
        <p className="mb-2">{t("intro")}</p>
        <p className="mb-6">{t("printedOn", { date: date(clock.now(), "d MMMM yyyy") })}</p>
        {report.lines.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-semibold">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-2 pr-3">
                  {t("when")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("who")}
                </th>
                <th scope="col" className="py-2">
                  {t("what")}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((line, index) => (
                <tr key={index} className="break-inside-avoid border-b border-slate-300">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={line.at.toISOString()}>{date(line.at, "d MMMM yyyy, HH:mm")}</time>
                  </td>
                  <td className="py-2 pr-3">{who(line)}</td>
                  <td className="py-2">{t(`did.${line.phrase}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {report.truncated && <p className="mt-4">{t("truncated")}</p>}
        <p className="mt-6">{t("questions")}</p>
      </article>
    </>
  );
}
