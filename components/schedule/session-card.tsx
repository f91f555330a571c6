import { useTranslations } from "@/lib/i18n/use-translations";
import { cancelSessionAction, removeStaffAction, staffSessionAction } from "@/app/(staff)/rooster/actions";
import { useStaffFormat } from "@/lib/format/client";
import type { Schedule, ScheduledSession } from "@/lib/schedule/queries";
import { ActionForm } from "./action-form";
import { SelectField, TextField } from "@/components/form/field";

type Props = {
  session: ScheduledSession;
  advisors: Schedule["advisors"];
  rooms: Schedule["rooms"];
};

const PHASE_STYLES = {
  PLANNED: "bg-brand-100 text-brand-900",
  RUNNING: "bg-green-100 text-green-900",
  HELD: "bg-slate-200 text-slate-900",
  CANCELLED: "bg-red-100 text-red-900",
} as const;

/** One session of the week: when, its state, who works where, how full it is, and what can change. */
export function SessionCard({ session, advisors, rooms }: Props) {
  const t = useTranslations();
  const { longDate, time, advisorKind, advisor: advisorName } = useStaffFormat();
  const headingId = `session-${session.id}`;
  const title = t("schedule.sessionTitle", {
    date: longDate(session.startsAt),
    start: time(session.startsAt),
    end: time(session.endsAt),
  });

  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-300 p-4" data-session-id={session.id}>
      <h3 id={headingId} className="text-xl font-semibold first-letter:uppercase">
        {title}
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 text-sm font-semibold ${PHASE_STYLES[session.phase]}`}>
          {t(`schedule.status.${session.phase}`)}
        </span>
        {session.extra && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
            {t("schedule.extra")}
          </span>
        )}
        <span className="text-slate-700">{t(`schedule.modes.${session.mode}`)}</span>
      </p>
      {session.status === "CANCELLED" ? (
        <p className="mt-2 font-medium text-red-800">
          {t("schedule.cancelledBecause", { reason: session.cancelReason ?? "" })}
        </p>
      ) : (
        <>
          <p className="mt-2">
            {t("schedule.staffCount", { count: session.staff.length, capacity: session.advisorCapacity })} ·{" "}
            {t("schedule.slots", { free: session.freeSlots, booked: session.bookedSlots })}
          </p>
          {session.staff.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("schedule.noStaff")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {session.staff.map((member) => (
                <li
                  key={member.advisorId}
                  className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-2"
                >
                  <span>
                    <strong>{member.name}</strong>
                    {member.advisorKind && ` (${advisorKind(member.advisorKind)})`}
                    {member.standInFor && `, ${t("schedule.standInFor", { name: member.standInFor })}`}
                    {member.room && ` · ${member.room}`} ·{" "}
                    {t("schedule.slots", { free: member.freeSlots, booked: member.bookedSlots })}
                  </span>
                  {session.changeable && (
                    <ActionForm
                      action={removeStaffAction}
                      submitLabel={t("schedule.removeStaff")}
                      submitAccessibleName={t("schedule.removeStaffLabel", { name: member.name })}
                      successMessage="staffRemoved"
                      variant="secondary"
                      className="flex flex-wrap items-center gap-2"
                    >
                      <input type="hidden" name="sessionId" value={session.id} />
                      <input type="hidden" name="advisorId" value={member.advisorId} />
                    </ActionForm>
                  )}
                </li>
              ))}
            </ul>
          )}
          {session.staffable && (
            <div className="mt-3 space-y-2">
              <ActionForm
                folded={{ title: t("schedule.addStaffTitle"), className: "rounded border border-slate-200 p-3" }}
                action={staffSessionAction}
                submitLabel={t("schedule.addStaff")}
                successMessage="staffAdded"
                className="mt-3 space-y-3"
              >
                <input type="hidden" name="sessionId" value={session.id} />
                <div className="grid gap-3 sm:grid-cols-3">
                  <SelectField name="advisorId" label={t("schedule.advisor")} defaultValue="">
                    <option value="">{t("schedule.chooseAdvisor")}</option>
                    {advisors
                      .filter((advisor) => !session.staff.some((member) => member.advisorId === advisor.id))
                      .map((advisor) => (
                        <option key={advisor.id} value={advisor.id}>
                          {advisorName(advisor)}
                        </option>
                      ))}
                  </SelectField>
                  <SelectField name="standInForId" label={t("schedule.standInForLabel")} defaultValue="">
                    <option value="">{t("schedule.nobody")}</option>
                    {session.staff.map((member) => (
                      <option key={member.advisorId} value={member.advisorId}>
                        {member.name}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField name="roomId" label={t("schedule.room")} defaultValue="">
                    <option value="">{t("schedule.noRoom")}</option>
                    {rooms.map((room) => (
                      <option key={room.id} value={room.id}>
                        {room.name}
                      </option>
                    ))}
                  </SelectField>
                </div>
              </ActionForm>
              {session.changeable && (
                <ActionForm
                  folded={{
                    title: t("schedule.cancelTitle"),
                    className: "rounded border border-slate-200 p-3",
                    summaryClassName: "cursor-pointer font-semibold text-red-800",
                  }}
                  action={cancelSessionAction}
                  submitLabel={t("schedule.cancel")}
                  successMessage="cancelled"
                  variant="danger"
                  className="mt-3 space-y-3"
                >
                  <input type="hidden" name="sessionId" value={session.id} />
                  <TextField
                    name="reason"
                    label={t("schedule.reason")}
                    hint={t("schedule.reasonHint")}
                    maxLength={200}
                    required
                  />
                </ActionForm>
              )}
            </div>
          )}
        </>
      )}
    </article>
  );
}
