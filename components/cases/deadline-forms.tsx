"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { addFreeDeadlineAction, addObjectionDeadlineAction, completeDeadlineAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";
const longDate = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));

/** The objection term: the advisor types the date on the decision, the term is computed. */
export function ObjectionDeadlineForm({ caseId, locale, postingRule }: { caseId: string; locale: string; postingRule: string }) {
  const t = useTranslations("deadlines");
  const router = useRouter();
  const [computed, setComputed] = useState<{ dueOn: string; extendedBecause: string[] } | null>(null);
  const { pending, error, fieldError, run } = useResultAction(addObjectionDeadlineAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ caseId, decisionSentOn: form.get("decisionSentOn") }, (value) => {
      setComputed({ dueOn: value.dueOn, extendedBecause: value.term.extendedBecause });
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded border border-slate-300 p-3">
      <h3 className="font-semibold">{t("objectionTitle")}</h3>
      <FormAlert id="objection-error" message={error} />
      <div>
        <label htmlFor="decisionSentOn" className="block font-medium">
          {t("decisionSentOn")}
        </label>
        <input id="decisionSentOn" name="decisionSentOn" type="date" {...fieldErrorProps("decisionSentOn-error", fieldError("decisionSentOn"))} className={fieldClass} />
        <p id="decisionSentOn-error" className="text-sm font-medium text-red-800">
          {fieldError("decisionSentOn")}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("compute")}
      </button>
      <div aria-live="polite">
        {computed && (
          <div role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            <p className="font-semibold">{t("dueOn", { date: longDate(computed.dueOn, locale) })}</p>
            {computed.extendedBecause.length > 0 && <p className="text-sm">{t("extendedBecause", { days: computed.extendedBecause.join(", ") })}</p>}
          </div>
        )}
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("postingRuleTitle")}</summary>
        <p lang="nl" className="mt-2 text-sm">
          {postingRule}
        </p>
      </details>
    </form>
  );
}

export function FreeDeadlineForm({ caseId, kinds }: { caseId: string; kinds: { value: string; label: string }[] }) {
  const t = useTranslations("deadlines");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { pending, error, fieldError, run } = useResultAction(addFreeDeadlineAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ caseId, kind: form.get("kind"), title: form.get("title"), dueOn: form.get("dueOn") }, () => {
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3 rounded border border-slate-300 p-3">
      <h3 className="font-semibold">{t("freeTitle")}</h3>
      <FormAlert id="free-deadline-error" message={error} />
      <div>
        <label htmlFor="deadline-kind" className="block font-medium">
          {t("kind")}
        </label>
        <select id="deadline-kind" name="kind" className={fieldClass}>
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="deadline-title" className="block font-medium">
          {t("title")}
        </label>
        <input id="deadline-title" name="title" className={fieldClass} {...fieldErrorProps("deadline-title-error", fieldError("title"))} />
        <p id="deadline-title-error" className="text-sm font-medium text-red-800">
          {fieldError("title")}
        </p>
      </div>
      <div>
        <label htmlFor="deadline-dueOn" className="block font-medium">
          {t("date")}
        </label>
        <input id="deadline-dueOn" name="dueOn" type="date" className={fieldClass} {...fieldErrorProps("deadline-dueOn-error", fieldError("dueOn"))} />
        <p id="deadline-dueOn-error" className="text-sm font-medium text-red-800">
          {fieldError("dueOn")}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("add")}
      </button>
    </form>
  );
}

export function CompleteDeadlineButton({ deadlineId, label }: { deadlineId: string; label: string }) {
  const router = useRouter();
  const { pending, error, run } = useResultAction(completeDeadlineAction);
  return (
    <>
      <button type="button" disabled={pending} onClick={() => run({ deadlineId }, () => router.refresh())} className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100">
        {label}
      </button>
      {error && (
        <span role="alert" className="block text-sm text-red-800">
          {error}
        </span>
      )}
    </>
  );
}
