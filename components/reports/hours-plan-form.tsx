"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { setHoursPlanAction } from "@/app/(staff)/rapportages/uren/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const fieldClass = "mt-1 block rounded border border-slate-500 px-3 py-2";

/** The library's own weekly plan for one role and kind of work, e.g. 5 h aftercare for an advisor. */
export function HoursPlanForm({
  roles,
  kinds,
}: {
  roles: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
}) {
  const t = useTranslations("hoursPlan");
  const router = useRouter();
  const form = useFormAction(setHoursPlanAction, { onSuccess: () => router.refresh() });
  const fieldError = form.fieldError;

  return (
    <form {...form.props} className="space-y-3 print:hidden">
      <FormAlert id="hours-plan-error" message={form.error} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="plan-role" className="block font-medium">
            {t("role")}
          </label>
          <select id="plan-role" name="role" defaultValue={form.sent("role")} className={fieldClass}>
            {roles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="plan-kind" className="block font-medium">
            {t("kind")}
          </label>
          <select id="plan-kind" name="kind" defaultValue={form.sent("kind")} className={fieldClass}>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="plan-hours" className="block font-medium">
            {t("hours")}
          </label>
          <input
            id="plan-hours"
            name="hours"
            inputMode="decimal"
            defaultValue={form.sent("hours")}
            aria-describedby="plan-hours-error"
            aria-invalid={fieldError("hours") ? true : undefined}
            className={fieldClass}
          />
        </div>
        <button
          type="submit"
          disabled={form.pending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("save")}
        </button>
      </div>
      <p id="plan-hours-error" className="text-sm font-medium text-red-800">
        {fieldError("hours")}
      </p>
    </form>
  );
}
