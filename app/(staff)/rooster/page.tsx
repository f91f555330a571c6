import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PosterLinks } from "@/components/locations/poster-links";
import { ClientTexts } from "@/components/client-texts";
import { HourList } from "@/components/schedule/hour-list";
import { LinkBar } from "@/components/link-bar";
import { ExtraSessionForm, GenerateSessionsForm } from "@/components/schedule/planning-forms";
import { SessionCard } from "@/components/schedule/session-card";
import { requirePageRole } from "@/lib/auth/session";
import { amsterdamDay } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { getSchedule } from "@/lib/schedule/queries";
import { scheduleViewSchema } from "@/lib/schedule/schema";
import { clock } from "@/lib/clock";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schedule"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SchedulePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(SCHEDULE_ROLES);
  const params = await searchParams;
  const view = scheduleViewSchema.safeParse({ locationId: params.locatie, week: params.week });
  const schedule = await getSchedule(actor, view.success ? view.data : {});
  if (view.success && view.data.locationId && !schedule.location) notFound();

  const t = await getTranslations("schedule");
  const { day } = await getStaffFormat();
  const { location, week } = schedule;
  const today = amsterdamDay(clock.now());
  if (!location) {
    return (
      <>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("noLocation")}</p>
      </>
    );
  }

  const href = (locationId: string, weekStart: string) =>
    `/rooster?${new URLSearchParams({ locatie: locationId, week: weekStart })}`;
  return (
    <ClientTexts namespaces={["schedule"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-slate-700">{t("intro", { location: location.name })}</p>
      {schedule.locations.length > 1 && (
        <LinkBar
          label={t("locations")}
          links={schedule.locations.map((l) => ({
            href: href(l.id, week.start),
            text: l.name,
            current: l.id === location.id,
          }))}
        />
      )}

      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="week-title" className="space-y-4 lg:col-span-2">
          <h2 id="week-title" className="text-2xl font-semibold">
            {t("weekOf", { date: day(week.start, "EEEE d MMMM yyyy") })}
          </h2>
          <LinkBar
            label={t("weekNavigation")}
            links={[
              { href: href(location.id, week.previous), text: t("previousWeek") },
              { href: href(location.id, week.current), text: t("thisWeek"), current: week.start === week.current },
              { href: href(location.id, week.next), text: t("nextWeek") },
            ]}
          />
          {schedule.sessions.length === 0 && <p>{t("noSessions")}</p>}
          {schedule.sessions.map((session) => (
            <SessionCard key={session.id} session={session} advisors={schedule.advisors} rooms={schedule.rooms} />
          ))}
        </section>

        <div className="space-y-6">
          <GenerateSessionsForm />
          <ExtraSessionForm locationId={location.id} defaultDay={today} />
        </div>
      </div>

      <section aria-labelledby="hours-title" className="mt-10">
        <h2 id="hours-title" className="mb-3 text-2xl font-semibold">
          {t("hoursTitle")}
        </h2>
        <HourList locationId={location.id} hours={schedule.hours} advisors={schedule.advisors} today={today} />
      </section>
      <PosterLinks locationId={location.id} />
    </ClientTexts>
  );
}
