import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { LinkBar } from "@/components/link-bar";
import { EntryList } from "@/components/time/entry-list";
import { LogHoursForm } from "@/components/time/log-hours-form";
import { WeekSummary } from "@/components/time/week-summary";
import { requirePageRole } from "@/lib/auth/session";
import { amsterdamDay } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { loggableKinds } from "@/lib/time/plan";
import { getMyWeek, listMyEntries } from "@/lib/time/queries";
import { formatTenths, tenthsOfHour } from "@/lib/reports/hours-format";
import { clock } from "@/lib/clock";
import { newSubmissionId } from "@/lib/form-state";
import { TIME_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hours"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MyHoursPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(TIME_ROLES);
  const { week: requested } = await searchParams;
  const [summary, { entries }] = await Promise.all([getMyWeek(actor, requested), listMyEntries(actor, requested)]);
  const t = await getTranslations();
  const { day, dateTime, locale } = await getStaffFormat();
  const hours = (minutes: number) => formatTenths(tenthsOfHour(minutes), locale);
  const { week } = summary;
  const href = (start: string) => `/uren?${new URLSearchParams({ week: start })}`;

  return (
    <ClientTexts namespaces={["hours"]}>
      <h1 className="text-3xl font-bold">{t("hours.title")}</h1>
      <p className="mb-6 text-slate-700">{t("hours.intro")}</p>

      <section aria-labelledby="week-title" className="mb-8">
        <h2 id="week-title" className="mb-2 text-2xl font-semibold">
          {t("hours.weekOf", { date: day(week.start, "EEEE d MMMM yyyy") })}
        </h2>
        <LinkBar
          label={t("hours.weekNavigation")}
          links={[
            { href: href(week.previous), text: t("hours.previousWeek") },
            { href: href(week.current), text: t("hours.thisWeek"), current: week.start === week.current },
            { href: href(week.next), text: t("hours.nextWeek") },
          ]}
        />
        <WeekSummary
          days={summary.days.map(({ day: date }) => day(date, "EEEEEE d MMM"))}
          rows={summary.kinds.map((kind) => ({
            kind,
            label: t(`timeKind.${kind}`),
            perDay: summary.days.map(({ minutes }) => minutes[kind]),
            total: summary.totals[kind],
            plan: summary.plan[kind] ?? null,
          }))}
          dayTotals={summary.days.map(({ total }) => total)}
          total={summary.total}
          plannedTotal={summary.plannedTotal}
        />
        {summary.utilisationPercent !== null ? (
          <p className="mt-3 max-w-prose text-slate-700">
            {t("hours.spreekuurLine", {
              present: hours(summary.spreekuur.presence + summary.spreekuur.overtime),
              conversation: hours(summary.spreekuur.inConversation),
              percent: summary.utilisationPercent,
            })}
          </p>
        ) : null}
      </section>

      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="entries-title" className="lg:col-span-2">
          <h2 id="entries-title" className="mb-2 text-2xl font-semibold">
            {t("hours.entries")}
          </h2>
          <EntryList
            entries={entries.map((entry) => ({
              id: entry.id,
              day: day(entry.day, "EEEE d MMMM"),
              kind: t(`timeKind.${entry.kind}`),
              minutes: entry.minutes,
              description: entry.description,
              taskTitle: entry.taskTitle,
              caseId: entry.caseId,
              withinPresence: entry.withinPresence,
              total: entry.total,
              corrections: entry.corrections.map((correction) => ({
                id: correction.id,
                minutes: correction.minutes,
                description: correction.description,
                enteredBy: correction.enteredBy,
                at: dateTime(correction.createdAt),
              })),
            }))}
          />
        </section>
        <div>
          <LogHoursForm
            kinds={loggableKinds(actor.roles).map((kind) => ({ value: kind, label: t(`timeKind.${kind}`) }))}
            today={amsterdamDay(clock.now())}
            submissionId={newSubmissionId()}
          />
        </div>
      </div>
    </ClientTexts>
  );
}
