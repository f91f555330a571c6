import { useTranslations } from "@/lib/i18n/use-translations";
import { createConsultationHourAction, updateConsultationHourAction } from "@/app/(staff)/rooster/actions";
import { formatMinuteOfDay, weekdayName } from "@/lib/dates";
import { useStaffFormat } from "@/lib/format/client";
import type { Schedule } from "@/lib/schedule/queries";
import { CONSULTATION_MODES } from "@/lib/schedule/schema";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/form/field";
import { ActionForm } from "./action-form";

type Props = {
  locationId: string;
  hours: Schedule["hours"];
  advisors: Schedule["advisors"];
  /** The first day a new hour gets by default (yyyy-MM-dd). */
  today: string;
};

const SLOT_LENGTHS = [30, 20, 15, 10];

/** The location's recurring hours, each with a form to change or end it, and a form for a new one. */
export function HourList({ locationId, hours, advisors, today }: Props) {
  const t = useTranslations("schedule");
  const { locale, day: calendarDay, list } = useStaffFormat();
  const day = (value: string) => calendarDay(value, "EEEE d MMMM yyyy");
  const modeOptions = CONSULTATION_MODES.map((mode) => (
    <option key={mode} value={mode}>
      {t(`modes.${mode}`)}
    </option>
  ));
  const advisorChoices = (checked: string[] = []) => (
    <ChoiceGroup legend={t("advisors")} name="advisorIds">
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {advisors.map((advisor) => (
          <Choice
            key={advisor.id}
            type="checkbox"
            name="advisorIds"
            value={advisor.id}
            defaultChecked={checked.includes(advisor.id)}
            label={advisor.name}
          />
        ))}
      </div>
    </ChoiceGroup>
  );

  return (
    <div className="space-y-4">
      {hours.length === 0 && <p>{t("noHours")}</p>}
      {hours.map((hour) => (
        <article key={hour.id} aria-labelledby={`hour-${hour.id}`} className="rounded border border-slate-300 p-4">
          <h3 id={`hour-${hour.id}`} className="text-lg font-semibold first-letter:uppercase">
            {t("hourTitle", {
              weekday: weekdayName(hour.weekday, locale),
              start: formatMinuteOfDay(hour.startMinute),
              end: formatMinuteOfDay(hour.endMinute),
            })}
          </h3>
          <p>
            {t("hourDetails", {
              capacity: hour.advisorCapacity,
              slotMinutes: hour.slotMinutes,
              mode: t(`modes.${hour.mode}`),
            })}
          </p>
          <p>
            {hour.validUntil
              ? t("validFromUntil", { from: day(hour.validFrom), until: day(hour.validUntil) })
              : t("validFrom", { from: day(hour.validFrom) })}
          </p>
          <p>
            {hour.advisors.length
              ? t("regularAdvisors", {
                  names: list(
                    hour.advisors.map((advisor) => advisor.name),
                    "comma",
                  ),
                })
              : t("noRegularAdvisors")}
          </p>
          <ActionForm
            folded={{
              title: t("editHourTitle"),
              intro: t("editHourIntro"),
              className: "mt-2 rounded border border-slate-200 p-3",
            }}
            action={updateConsultationHourAction}
            submitLabel={t("save")}
            successMessage="hourSaved"
            className="mt-3 space-y-3"
          >
            <input type="hidden" name="consultationHourId" value={hour.id} />
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField
                name="advisorCapacity"
                label={t("capacity")}
                type="number"
                min={1}
                max={10}
                defaultValue={hour.advisorCapacity}
              />
              <SelectField name="mode" label={t("mode")} defaultValue={hour.mode}>
                {modeOptions}
              </SelectField>
              <TextField name="validUntil" label={t("lastDay")} type="date" defaultValue={hour.validUntil ?? ""} />
            </div>
            {advisorChoices(hour.advisors.map((advisor) => advisor.id))}
          </ActionForm>
        </article>
      ))}
      <ActionForm
        folded={{
          title: t("newHourTitle"),
          className: "rounded border border-slate-300 p-4",
          summaryClassName: "cursor-pointer text-lg font-semibold text-brand-800",
        }}
        action={createConsultationHourAction}
        submitLabel={t("addHour")}
        successMessage="hourAdded"
        className="mt-3 space-y-3"
      >
        <input type="hidden" name="locationId" value={locationId} />
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField name="weekday" label={t("weekday")} defaultValue="2">
            {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
              <option key={weekday} value={weekday}>
                {weekdayName(weekday, locale)}
              </option>
            ))}
          </SelectField>
          <TextField name="startTime" label={t("startTime")} type="time" defaultValue="10:00" />
          <TextField name="endTime" label={t("endTime")} type="time" defaultValue="13:00" />
          <TextField name="advisorCapacity" label={t("capacity")} type="number" min={1} max={10} defaultValue={1} />
          <SelectField name="slotMinutes" label={t("slotMinutes")}>
            {SLOT_LENGTHS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t("minutes", { count: minutes })}
              </option>
            ))}
          </SelectField>
          <SelectField name="mode" label={t("mode")}>
            {modeOptions}
          </SelectField>
          <TextField name="validFrom" label={t("firstDay")} type="date" defaultValue={today} />
          <TextField name="validUntil" label={t("lastDay")} type="date" />
        </div>
        {advisorChoices()}
      </ActionForm>
    </div>
  );
}
