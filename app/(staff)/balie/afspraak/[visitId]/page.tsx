import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { glossaryTags, PrintedGlossary } from "@/components/glossary/glossary";
import { PrintButton } from "@/components/print-button";
import { ClientLanguageSwitch } from "@/components/print/client-language-switch";
import { requirePageRole } from "@/lib/auth/session";
import { formatLongDate, formatTime } from "@/lib/dates";
import { getAppointmentSlip } from "@/lib/desk/queries";
import { CLIENT_LOCALES, clientLocaleFor, clientTranslator } from "@/lib/i18n/client-locales";
import { DESK_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slip"))("title") };
}

export default async function AppointmentSlipPage({
  params,
  searchParams,
}: {
  params: Promise<{ visitId: string }>;
  searchParams: Promise<{ taal?: string }>;
}) {
  const actor = await requirePageRole(DESK_ROLES);
  const [{ visitId }, { taal }] = await Promise.all([params, searchParams]);
  const slip = await getAppointmentSlip(actor, visitId);
  if (!slip || !slip.plannedStartsAt) notFound();
  const locale = clientLocaleFor(taal, slip.client.preferredLanguage);
  const t = clientTranslator(locale, "slip");
  // The buttons above the slip are for the host, in the staff language.
  const staff = await getTranslations("slip");
  const intake = await getTranslations("intake");
  const advisor = slip.slot?.advisor;
  const location = slip.location;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={staff("print")} />
        <ClientLanguageSwitch label={staff("language")} current={locale} />
        <Link href="/balie" className="font-semibold text-brand-800 underline">
          {intake("backToDesk")}
        </Link>
      </div>
      <article
        lang={locale}
        dir={CLIENT_LOCALES[locale].dir}
        className="print-sheet mx-auto max-w-2xl rounded border-2 border-slate-800 p-6 text-lg leading-relaxed"
      >
        <p className="text-base font-semibold text-brand-800">{location.organisation.name}</p>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        {slip.status === "CANCELLED" && <p className="mb-4 font-bold text-red-800">{t("cancelled")}</p>}
        <p className="mb-4">{t("intro")}</p>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold">{t("when")}</dt>
          <dd>
            {formatLongDate(slip.plannedStartsAt, locale)},{" "}
            {/* Times read left to right in every language: "14:30–15:00", also inside Arabic. */}
            <span dir="ltr" className="font-bold">
              {formatTime(slip.plannedStartsAt)}
              {slip.slot && `–${formatTime(slip.slot.endsAt)}`}
            </span>
          </dd>
          <dt className="font-semibold">{t("where")}</dt>
          {/* Names and directions are typed in Dutch by the library, whatever language the slip is in. */}
          <dd lang="nl">
            <bdi>{location.name}</bdi>
            <br />
            <bdi>
              {location.street}, {location.postcode} {location.city}
            </bdi>
            {location.directions && (
              <>
                <br />
                <bdi>{location.directions}</bdi>
              </>
            )}
          </dd>
          {advisor && (
            <>
              <dt className="font-semibold">{t("withWhom")}</dt>
              <dd>
                {advisor.advisorKind === "VOLUNTEER"
                  ? t("volunteer", { name: advisor.name })
                  : t("professional", { name: advisor.name })}
              </dd>
            </>
          )}
        </dl>
        <p className="mb-4">{t("duration")}</p>
        <h2 className="mb-2 text-xl font-bold">{t("bring")}</h2>
        <ul className="mb-4 list-disc ps-6">
          <li>{t("bringLetter")}</li>
          <li>{t("bringId")}</li>
          <li>{t("bringIncome")}</li>
        </ul>
        <p className="mb-4 font-semibold">{t.rich("deadline", glossaryTags(locale))}</p>
        <p className="mb-2">{t("cannotCome")}</p>
        <p>{t("free")}</p>
        <PrintedGlossary locale={locale} terms={["beschikking", "bezwaar", "termijn"]} />
      </article>
    </>
  );
}
