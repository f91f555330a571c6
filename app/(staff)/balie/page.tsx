import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { requirePageRole } from "@/lib/auth/session";
import { formatLongDate, formatTime } from "@/lib/dates";
import { DESK_ROLES, getTodaysDesk } from "@/lib/desk/queries";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("title") };
}

export default async function DeskPage() {
  const actor = await requirePageRole(DESK_ROLES);
  const desk = await getTodaysDesk(actor);
  const t = await getTranslations();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const today = formatLongDate(new Date(), locale);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("desk.title")}</h1>
      <p className="mb-6 text-slate-700">
        {t("desk.today", { date: today })}
        {desk.location && ` · ${t("desk.location")}: ${desk.location.name}`}
      </p>
      {desk.sessions.length === 0 && <p>{t("desk.noSessions")}</p>}
      {desk.sessions.map((session) => (
        <section key={session.id} aria-labelledby={`session-${session.id}`} className="mb-8">
          <h2 id={`session-${session.id}`} className="mb-2 text-2xl font-semibold">
            {t("desk.session", { start: formatTime(session.startsAt), end: formatTime(session.endsAt) })}
          </h2>
          {session.status === "CANCELLED" ? (
            <p className="font-medium text-red-800">{t("desk.cancelled", { reason: session.cancelReason ?? "" })}</p>
          ) : (
            <>
              <p className="mb-3">
                {t("desk.advisors")}:{" "}
                {session.staff
                  .map((s) => `${s.advisor.name}${s.advisor.advisorKind ? ` (${t(`advisorKinds.${s.advisor.advisorKind}`)})` : ""}${s.room ? `, ${s.room.name}` : ""}`)
                  .join(" · ")}
              </p>
              <h3 className="mb-2 text-xl font-semibold">{t("desk.queue")}</h3>
              {session.visits.length === 0 ? (
                <p>{t("desk.queueEmpty")}</p>
              ) : (
                <DataTable
                  caption={t("desk.queue")}
                  headers={[t("desk.name"), t("desk.arrivedAt"), t("desk.category"), t("desk.slot"), t("desk.status")]}
                  rows={session.visits.map((visit) => [
                    visit.client.displayName,
                    visit.arrivedAt ? formatTime(visit.arrivedAt) : "–",
                    visit.category ? (locale === "en" ? visit.category.nameEn : visit.category.nameNl) : t("desk.unknownCategory"),
                    visit.slot ? `${formatTime(visit.slot.startsAt)} · ${visit.slot.advisor.name}` : t("desk.noSlot"),
                    t(`visitStatus.${visit.status}`),
                  ])}
                />
              )}
            </>
          )}
        </section>
      ))}
    </>
  );
}
