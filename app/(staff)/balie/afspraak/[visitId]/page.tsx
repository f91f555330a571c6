import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print-button";
import { requirePageRole } from "@/lib/auth/session";
import { formatInAmsterdam, formatTime } from "@/lib/dates";
import { DESK_ROLES, getAppointmentSlip } from "@/lib/desk/queries";
import { isLocale, LOCALES } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slip"))("title") };
}

export default async function AppointmentSlipPage({ params, searchParams }: { params: Promise<{ visitId: string }>; searchParams: Promise<{ taal?: string }> }) {
  const actor = await requirePageRole(DESK_ROLES);
  const [{ visitId }, { taal }] = await Promise.all([params, searchParams]);
  const slip = await getAppointmentSlip(actor, visitId);
  if (!slip || !slip.plannedStartsAt) notFound();
  // The slip is for the client: in their language where we have it, else Dutch.
  const locale = isLocale(taal) ? taal : isLocale(slip.client.preferredLanguage) ? slip.client.preferredLanguage : "nl";
  const t = await getTranslations({ locale, namespace: "slip" });
  const staff = await getTranslations("intake");
  const advisor = slip.slot?.advisor;
  const location = slip.location;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("print")} />
        <nav aria-label={t("language")} className="flex gap-2">
          {LOCALES.map((option) => (
            <Link key={option} href={`?taal=${option}`} lang={option} aria-current={option === locale ? "true" : undefined} className="rounded px-2 py-1 underline aria-[current=true]:bg-brand-100 aria-[current=true]:font-semibold">
              {option === "nl" ? "Nederlands" : "English"}
            </Link>
          ))}
        </nav>
        <Link href="/balie" className="font-semibold text-brand-800 underline">
          {staff("backToDesk")}
        </Link>
      </div>
      <article lang={locale} className="mx-auto max-w-2xl rounded border-2 border-slate-800 p-6 text-lg leading-relaxed print:border-0 print:p-0">
        <p className="text-base font-semibold text-brand-800">{location.organisation.name}</p>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        {slip.status === "CANCELLED" && <p className="mb-4 font-bold text-red-800">{t("cancelled")}</p>}
        <p className="mb-4">{t("intro")}</p>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold">{t("when")}</dt>
          <dd>
            {formatInAmsterdam(slip.plannedStartsAt, "EEEE d MMMM yyyy", locale)}, {formatTime(slip.plannedStartsAt)}
            {slip.slot && `–${formatTime(slip.slot.endsAt)}`}
          </dd>
          <dt className="font-semibold">{t("where")}</dt>
          <dd>
            {location.name}
            <br />
            {location.street}, {location.postcode} {location.city}
            {location.directions && (
              <>
                <br />
                {location.directions}
              </>
            )}
          </dd>
          {advisor && (
            <>
              <dt className="font-semibold">{t("withWhom")}</dt>
              <dd>{advisor.advisorKind === "VOLUNTEER" ? t("volunteer", { name: advisor.name }) : t("professional", { name: advisor.name })}</dd>
            </>
          )}
        </dl>
        <p className="mb-4">{t("duration")}</p>
        <h2 className="mb-2 text-xl font-bold">{t("bring")}</h2>
        <ul className="mb-4 list-disc pl-6">
          <li>{t("bringLetter")}</li>
          <li>{t("bringId")}</li>
          <li>{t("bringIncome")}</li>
        </ul>
        <p className="mb-2">{t("cannotCome")}</p>
        <p>{t("free")}</p>
      </article>
    </>
  );
}
