"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { logOwnHoursAction } from "@/app/(staff)/uren/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

export function LogHoursForm({
  kinds,
  today,
  submissionId,
}: {
  kinds: { value: string; label: string }[];
  today: string;
  submissionId: string;
}) {
  const t = useTranslations("hours");
  const router = useRouter();
  const [logged, setLogged] = useState<string | null>(null);
  const loggedText = (sent: Record<string, string>) => t("logged", { minutes: Number(sent.minutes) });
  const form = useFormAction(logOwnHoursAction, {
    submissionId,
    beforeSubmit: (): void => setLogged(null),
    onSuccess: (_, element, sent) => {
      setLogged(loggedText(sent));
      element?.reset();
      router.refresh();
    },
  });
  const fieldError = form.fieldError;
  // After a post without scripts the page renders with the answer.
  const shown = logged ?? (form.state.status === "ok" ? loggedText(form.state.sent) : null);

  const described = (name: string) => ({
    "aria-describedby": `hours-${name}-error`,
    "aria-invalid": fieldError(name) ? true : undefined,
  });
  const errorOf = (name: string) => (
    <p id={`hours-${name}-error`} className="text-sm font-medium text-red-800">
      {fieldError(name)}
    </p>
  );

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      {form.submissionField}
      <h2 className="text-xl font-semibold">{t("logTitle")}</h2>
      <FormAlert id="hours-error" message={form.error} />
      <div>
        <label htmlFor="hours-kind" className="block font-medium">
          {t("kind")}
        </label>
        <select
          id="hours-kind"
          name="kind"
          defaultValue={form.sent("kind")}
          className={fieldClass}
          {...described("kind")}
        >
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
        {errorOf("kind")}
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="hours-minutes" className="block font-medium">
            {t("minutes")}
          </label>
          <input
            id="hours-minutes"
            name="minutes"
            inputMode="numeric"
            defaultValue={form.sent("minutes")}
            className={fieldClass}
            {...described("minutes")}
          />
          {errorOf("minutes")}
        </div>
        <div>
          <label htmlFor="hours-workedOn" className="block font-medium">
            {t("workedOn")}
          </label>
          <input
            id="hours-workedOn"
            name="workedOn"
            type="date"
            defaultValue={form.sent("workedOn") ?? today}
            max={today}
            className={fieldClass}
            {...described("workedOn")}
          />
          {errorOf("workedOn")}
        </div>
      </div>
      <div>
        <label htmlFor="hours-description" className="block font-medium">
          {t("description")}
        </label>
        <input
          id="hours-description"
          name="description"
          defaultValue={form.sent("description")}
          className={fieldClass}
          {...described("description")}
        />
        {errorOf("description")}
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("log")}
      </button>
      <div aria-live="polite">
        {shown && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            {shown}
          </p>
        )}
      </div>
    </form>
  );
}
