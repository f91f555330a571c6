import { hasRole } from "@/lib/auth/roles";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { SelectField } from "@/components/form/field";
import { AutoRefresh } from "@/components/desk/auto-refresh";
import { ClockMinutes } from "@/components/desk/clock-minutes";
import { SlotGrid } from "@/components/desk/slot-grid";
import { VisitActions } from "@/components/desk/visit-actions";
import { WalkInPanel } from "@/components/desk/walk-in-panel";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getIntakeOptions, getTodaysDesk } from "@/lib/desk/queries";
import { CLIENT_LANGUAGES, HEARD_VIA } from "@/lib/desk/schema";
import { newSubmissionId } from "@/lib/form-state";
import { minutesOver } from "@/lib/desk/visit-transitions";
import { DESK_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("title") };
}

export default async function DeskPage({
  searchParams,
}: {
  searchParams: Promise<{ locatie?: string; inloop?: string }>;
}) {
  const actor = await requirePageRole(DESK_ROLES);
  const { locatie, inloop } = await searchParams;
  const [desk, options] = await Promise.all([getTodaysDesk(actor, { locationId: locatie }), getIntakeOptions(actor)]);
  const t = await getTranslations();
  const { name, longDate, time, advisorKind } = await getStaffFormat();
  const open = desk.sessions.filter((session) => session.status !== "CANCELLED" && session.endsAt > desk.now);

  return (
    <ClientTexts namespaces={["intake", "visitActions", "deskClock"]}>
      <AutoRefresh locationId={desk.location?.id} stand={desk.stand} />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("desk.title")}</h1>
          <p className="text-slate-700">
            {t("desk.today", { date: longDate(desk.now) })}
            {desk.location && ` · ${t("desk.location")}: ${desk.location.name}`}
          </p>
        </div>
        <div className="flex max-w-full flex-wrap items-end gap-3">
          {desk.locations.length > 1 && (
            <form method="get" className="flex max-w-full flex-wrap items-end gap-2">
              <SelectField
                id="locatie"
                name="locatie"
                label={t("desk.chooseLocation")}
                defaultValue={desk.location?.id}
                controlWidth="w-auto"
                className="max-w-full min-w-0"
              >
                {desk.locations.map((location) => (
                  <option key={location.id} value={location.id}>
                    {location.name}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className="rounded border border-slate-500 px-3 py-2">
                {t("desk.show")}
              </button>
            </form>
          )}
          {desk.location && (
            <Link
              href={`/balie/wachtlijst?locatie=${desk.location.id}`}
              className="rounded border border-slate-500 px-4 py-2 font-semibold hover:bg-slate-100"
            >
              {t("waitingListDesk.deskLink")}
            </Link>
          )}
          {desk.location && (
            <Link
              href={`/balie/afspraak?locatie=${desk.location.id}`}
              className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {t("desk.newAppointment")}
            </Link>
          )}
        </div>
      </div>

      {open.length > 0 && (
        <WalkInPanel
          categories={options.categories.map((category) => ({ id: category.id, label: name(category) }))}
          referrers={options.referrers.map((partner) => ({ id: partner.id, label: partner.name }))}
          languages={CLIENT_LANGUAGES}
          channels={HEARD_VIA}
          submissionId={newSubmissionId()}
          locationId={desk.location?.id}
          defaultOpen={inloop !== undefined}
          sessions={open.map((session) => ({
            id: session.id,
            label: t("desk.session", { start: time(session.startsAt), end: time(session.endsAt) }),
            slots: session.advisors
              .flatMap((advisor) =>
                advisor.slots
                  .filter((slot) => slot.state === "FREE")
                  .map((slot) => ({
                    id: slot.id,
                    startsAt: slot.startsAt,
                    label: t("intake.slotOption", { time: time(slot.startsAt), advisor: advisor.name }),
                  })),
              )
              .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
              .map(({ id, label }) => ({ id, label })),
          }))}
        />
      )}

      <section aria-labelledby="wachtrij" className="mb-8">
        <h2 id="wachtrij" className="mb-2 text-2xl font-semibold">
          {t("desk.queue")}
        </h2>
        {desk.queue.length === 0 ? (
          <p>{t("desk.queueEmpty")}</p>
        ) : (
          <ol className="space-y-2">
            {desk.queue.map((visit) => (
              <li
                key={visit.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 px-3 py-2"
              >
                <span>
                  <span className="font-semibold">{visit.client.displayName}</span> ·{" "}
                  <ClockMinutes message="waiting" pastMs={visit.waitedMs} renderedAt={desk.now.getTime()} /> ·{" "}
                  {visit.slot
                    ? t("intake.slotOption", {
                        time: time(visit.slot.startsAt),
                        advisor: visit.slot.advisor.name,
                      })
                    : t("desk.noSlot")}
                </span>
                <VisitActions visitId={visit.id} status={visit.status} clientName={visit.client.displayName} />
              </li>
            ))}
          </ol>
        )}
      </section>

      {desk.sessions.length === 0 && <p>{t("desk.noSessions")}</p>}
      {desk.sessions.map((session) => (
        <section key={session.id} aria-labelledby={`session-${session.id}`} className="mb-10">
          <h2 id={`session-${session.id}`} className="text-2xl font-semibold">
            {t("desk.session", { start: time(session.startsAt), end: time(session.endsAt) })}
          </h2>
          {session.status === "CANCELLED" ? (
            <p className="font-medium text-red-800">{t("desk.cancelled", { reason: session.cancelReason ?? "" })}</p>
          ) : (
            <>
              <p className="mb-3 text-slate-700">{t("desk.freeSlots", { count: session.freeSlots })}</p>
              <SlotGrid
                advisors={session.advisors.map((advisor) => ({
                  id: advisor.id,
                  heading: [
                    advisor.name,
                    advisor.advisorKind ? advisorKind(advisor.advisorKind) : null,
                    advisor.room,
                    advisor.standInFor ? t("desk.standInFor", { name: advisor.standInFor }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · "),
                  label: t("desk.slotsOf", { name: advisor.name }),
                  slots: advisor.slots.map((slot) => ({
                    startMinute: slot.startsAt.getTime() / 60_000,
                    time: time(slot.startsAt),
                    state: slot.state,
                    text: slot.clientName ?? (slot.state === "PAST" ? t("desk.slotPast") : t("desk.slotFree")),
                    stateText: slot.state === "FREE" || slot.state === "PAST" ? "" : t(`visitStatus.${slot.state}`),
                  })),
                }))}
              />
              <h3 className="mt-6 mb-2 text-xl font-semibold">{t("desk.visits")}</h3>
              {session.visits.length === 0 ? (
                <p>{t("desk.visitsEmpty")}</p>
              ) : (
                <DataTable
                  caption={t("desk.visits")}
                  headers={[
                    t("desk.slot"),
                    t("desk.name"),
                    t("desk.category"),
                    t("desk.advisor"),
                    t("desk.status"),
                    t("desk.actions"),
                  ]}
                  rowKeys={session.visits.map((visit) => visit.id)}
                  rows={session.visits.map((visit) => {
                    const over = visit.slot && visit.endedAt ? minutesOver(visit.slot.endsAt, visit.endedAt) : 0;
                    return [
                      visit.slot
                        ? time(visit.slot.startsAt)
                        : visit.plannedStartsAt
                          ? time(visit.plannedStartsAt)
                          : "–",
                      <span key="name">
                        {visit.client.displayName}{" "}
                        <span className="text-sm text-slate-700">
                          ({visit.kind === "APPOINTMENT" ? t("desk.kindAppointment") : t("desk.kindWalkIn")})
                        </span>
                      </span>,
                      visit.category ? name(visit.category) : t("desk.unknownCategory"),
                      visit.slot?.advisor.name ?? "–",
                      <span key="status">
                        {t(`visitStatus.${visit.status}`)}
                        {visit.reminder && (
                          <span className="block text-sm text-slate-700">{t(`desk.reminder.${visit.reminder}`)}</span>
                        )}
                        {over > 0 && (
                          <span className="block text-sm font-medium text-amber-900">
                            {t("deskClock.runningOver", { minutes: over })}
                          </span>
                        )}
                        {visit.slot && visit.status === "IN_CONVERSATION" && (
                          <ClockMinutes
                            message="runningOver"
                            pastMs={desk.now.getTime() - visit.slot.endsAt.getTime()}
                            renderedAt={desk.now.getTime()}
                            className="block text-sm font-medium text-amber-900"
                          />
                        )}
                      </span>,
                      <div key="actions" className="flex flex-wrap items-center gap-2">
                        {/* Waiting visitors have their buttons in the queue above: one place per action. */}
                        {visit.status !== "WAITING" && (
                          <VisitActions
                            visitId={visit.id}
                            status={visit.status}
                            clientName={visit.client.displayName}
                          />
                        )}
                        {hasRole(actor, "ADVISOR") &&
                          (visit.status === "IN_CONVERSATION" || visit.status === "DONE") && (
                            <Link
                              href={visit.caseId ? `/dossiers/${visit.caseId}` : `/dossiers/nieuw?bezoek=${visit.id}`}
                              aria-label={t(visit.caseId ? "dossier.dossierFor" : "dossier.openDossierFor", {
                                name: visit.client.displayName,
                              })}
                              className="rounded border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                            >
                              {t(visit.caseId ? "dossier.dossierLink" : "dossier.openDossierLink")}
                            </Link>
                          )}
                        {hasRole(actor, "ADVISOR") &&
                          !visit.caseId &&
                          (visit.status === "IN_CONVERSATION" || visit.status === "DONE") && (
                            <Link
                              href={`/dossiers/snel?bezoek=${visit.id}`}
                              aria-label={t("quickContact.linkFor", { name: visit.client.displayName })}
                              className="rounded border border-slate-500 px-3 py-2 text-sm hover:bg-slate-100"
                            >
                              {t("quickContact.link")}
                            </Link>
                          )}
                      </div>,
                    ];
                  })}
                />
              )}
            </>
          )}
        </section>
      ))}
    </ClientTexts>
  );
}
