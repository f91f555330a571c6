import { useTranslations } from "@/lib/i18n/use-translations";
import { addExtraSessionAction, generateSessionsAction } from "@/app/(staff)/rooster/actions";
import { CONSULTATION_MODES } from "@/lib/schedule/schema";
import { ActionForm } from "./action-form";
import { SelectField, TextField } from "@/components/form/field";

/** Planning ahead for every recurring hour of the organisation. */
export function GenerateSessionsForm() {
  const t = useTranslations("schedule");
  return (
    <section aria-labelledby="generate-title" className="rounded border border-slate-300 p-4">
      <h2 id="generate-title" className="text-xl font-semibold">
        {t("generateTitle")}
      </h2>
      <p className="mb-3 text-slate-700">{t("generateIntro")}</p>
      <ActionForm action={generateSessionsAction} submitLabel={t("generate")} successMessage="generated">
        <TextField name="weeks" label={t("weeks")} type="number" min={1} max={52} defaultValue={8} />
      </ActionForm>
    </section>
  );
}

/** A one-off session at this location. */
export function ExtraSessionForm({ locationId, defaultDay }: { locationId: string; defaultDay: string }) {
  const t = useTranslations("schedule");
  return (
    <section aria-labelledby="extra-title" className="rounded border border-slate-300 p-4">
      <h2 id="extra-title" className="text-xl font-semibold">
        {t("extraTitle")}
      </h2>
      <p className="mb-3 text-slate-700">{t("extraIntro")}</p>
      <ActionForm action={addExtraSessionAction} submitLabel={t("addExtra")} successMessage="extraAdded">
        <input type="hidden" name="locationId" value={locationId} />
        <TextField name="day" label={t("date")} type="date" defaultValue={defaultDay} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="startTime" label={t("startTime")} type="time" defaultValue="14:00" />
          <TextField name="endTime" label={t("endTime")} hint={t("extraEndHint")} type="time" defaultValue="16:00" />
        </div>
        <TextField name="advisorCapacity" label={t("capacity")} type="number" min={1} max={10} defaultValue={1} />
        <SelectField name="mode" label={t("mode")}>
          {CONSULTATION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`modes.${mode}`)}
            </option>
          ))}
        </SelectField>
      </ActionForm>
    </section>
  );
}
