"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { logOwnHoursAction } from "@/app/(staff)/uren/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

export function LogHoursForm({ kinds, today }: { kinds: { value: string; label: string }[]; today: string }) {
  const t = useTranslations("hours");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const { pending, error, fieldError, run } = useResultAction(logOwnHoursAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setLogged(null);
    run({ kind: form.get("kind"), minutes: form.get("minutes"), workedOn: form.get("workedOn"), description: form.get("description") }, () => {
      setLogged(t("logged", { minutes: Number(form.get("minutes")) }));
      formRef.current?.reset();
      router.refresh();
    });
  }

  const described = (name: string) => ({ "aria-describedby": `hours-${name}-error`, "aria-invalid": fieldError(name) ? true : undefined });
  const errorOf = (name: string) => (
    <p id={`hours-${name}-error`} className="text-sm font-medium text-red-800">
      {fieldError(name)}
    </p>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3 rounded border border-slate-300 p-3">
      <h2 className="text-xl font-semibold">{t("logTitle")}</h2>
      <FormAlert id="hours-error" message={error} />
      <div>
        <label htmlFor="hours-kind" className="block font-medium">
          {t("kind")}
        </label>
        <select id="hours-kind" name="kind" className={fieldClass} {...described("kind")}>
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
          <input id="hours-minutes" name="minutes" inputMode="numeric" className={fieldClass} {...described("minutes")} />
          {errorOf("minutes")}
        </div>
        <div>
          <label htmlFor="hours-workedOn" className="block font-medium">
            {t("workedOn")}
          </label>
          <input id="hours-workedOn" name="workedOn" type="date" defaultValue={today} max={today} className={fieldClass} {...described("workedOn")} />
          {errorOf("workedOn")}
        </div>
      </div>
      <div>
        <label htmlFor="hours-description" className="block font-medium">
          {t("description")}
        </label>
        <input id="hours-description" name="description" className={fieldClass} {...described("description")} />
        {errorOf("description")}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("log")}
      </button>
      <div aria-live="polite">
        {logged && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            {logged}
          </p>
        )}
      </div>
    </form>
  );
}
