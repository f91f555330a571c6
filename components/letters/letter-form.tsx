"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { draftLetterAction, saveLetterAction } from "@/app/(staff)/dossiers/letters-actions";
import { FormAlert } from "@/components/form-alert";
import { PrintButton } from "@/components/print-button";
import { useResultAction } from "@/components/use-result-action";
import { amsterdamMoment, formatInAmsterdam } from "@/lib/dates";
import type { LetterDraft } from "@/lib/letters/draft-letter";
import { DECISION_COPY_ATTACHMENT, LETTER_KINDS, type LetterKind } from "@/lib/letters/kinds";
import { LetterSheet } from "./letter-sheet";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";
const buttonClass = "rounded bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

type Props = {
  caseId: string;
  documentHref: string;
  dossierHref: string;
  clientName: string;
  place: string;
  today: string;
  question: string | null;
};

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: "text" | "date";
  rows?: number;
};

/** One labelled input or textarea with its hint and its Dutch error, read by screen readers. */
function Field({ name, label, hint, error, defaultValue, type = "text", rows }: FieldProps) {
  const described = [hint && `${name}-hint`, `${name}-error`].filter(Boolean).join(" ");
  const common = {
    id: name,
    name,
    defaultValue,
    // The address is the client's, not the advisor's: the browser must not fill in its own.
    autoComplete: "off",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    className: fieldClass,
  };
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      <p id={`${name}-error`} className="text-sm font-medium text-red-800">
        {error}
      </p>
    </div>
  );
}

function Checkbox({ name, label, hint }: { name: string; label: string; hint?: string }) {
  return (
    <div>
      <label className="flex items-start gap-3">
        <input type="checkbox" name={name} className="mt-1 h-5 w-5" aria-describedby={hint ? `${name}-hint` : undefined} />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={`${name}-hint`} className="ml-8 text-sm text-slate-700">
          {hint}
        </p>
      )}
    </div>
  );
}

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The form's values as the letter schema reads them; a field the chosen kind lacks is left out. */
function letterFields(form: HTMLFormElement, caseId: string, kind: LetterKind) {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    kind,
    caseId,
    ...Object.fromEntries(
      [
        "clientName",
        "clientStreet",
        "clientPostcodeTown",
        "authorityName",
        "authorityDepartment",
        "authorityStreet",
        "authorityPostcodeTown",
        "place",
        "letterDate",
        "decisionDate",
        "decisionReference",
        "subject",
        "incidentDate",
        "incidentWho",
        "grounds",
        "wishes",
      ].map((name) => [name, text(name)]),
    ),
    requestHearing: data.get("requestHearing") === "on",
    requestCosts: data.get("requestCosts") === "on",
    attachments: (text("attachments") ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/**
 * Fields → "Brief maken" shows the whole letter as text the advisor edits freely → "Opslaan als
 * document" stores exactly that text as a .docx in the dossier. The preview below is what prints.
 */
export function LetterForm({ caseId, documentHref, dossierHref, clientName, place, today, question }: Props) {
  const t = useTranslations("letters");
  const locale = useLocale() === "en" ? "en" : "nl";
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<LetterKind>("OBJECTION");
  const [draft, setDraft] = useState<LetterDraft | null>(null);
  const [text, setText] = useState("");
  const [stale, setStale] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [lastStep, setLastStep] = useState<"draft" | "save">("draft");
  const drafting = useResultAction(draftLetterAction);
  const saving = useResultAction(saveLetterAction, { once: true });
  const step = lastStep === "draft" ? drafting : saving;
  const longDate = (day: string) => formatInAmsterdam(amsterdamMoment(day, 720), "EEEE d MMMM yyyy", locale);

  function makeLetter(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLastStep("draft");
    drafting.run(letterFields(event.currentTarget, caseId, kind), (value) => {
      setDraft(value);
      setText(value.text);
      setStale(false);
      setSavedId(null);
    });
  }

  function save() {
    if (!formRef.current) return;
    setLastStep("save");
    saving.run({ ...letterFields(formRef.current, caseId, kind), text }, (value) => setSavedId(value.documentId));
  }

  const objection = kind === "OBJECTION";
  const error = (name: string) => step.fieldError(name);

  return (
    <div className="space-y-8">
      <form ref={formRef} onSubmit={makeLetter} onChange={() => draft && setStale(true)} noValidate className="max-w-3xl space-y-6 print:hidden">
        <FormAlert id="letter-error" message={lastStep === "draft" ? drafting.error : null} />
        <fieldset>
          <legend className="mb-2 text-lg font-semibold">{t("kind")}</legend>
          <div className="flex flex-wrap gap-6">
            {LETTER_KINDS.map((option) => (
              <label key={option} className="flex items-start gap-2">
                <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} className="mt-1 h-5 w-5" />
                <span>
                  <span className="font-medium">{t(`kinds.${option}`)}</span>
                  <span className="block text-sm text-slate-700">{t(`kindHints.${option}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <Fieldset legend={t("sender")}>
          <p className="text-sm text-slate-700">{t("addressNotStored")}</p>
          <Field name="clientName" label={t("clientName")} defaultValue={clientName} error={error("clientName")} />
          <Field name="clientStreet" label={t("clientStreet")} error={error("clientStreet")} />
          <Field name="clientPostcodeTown" label={t("clientPostcodeTown")} hint={t("postcodeTownHint")} error={error("clientPostcodeTown")} />
        </Fieldset>

        <Fieldset legend={t("addressee")}>
          <Field name="authorityName" label={t("authorityName")} hint={t(objection ? "authorityNameObjectionHint" : "authorityNameComplaintHint")} error={error("authorityName")} />
          <Field name="authorityDepartment" label={t("authorityDepartment")} error={error("authorityDepartment")} />
          <Field name="authorityStreet" label={t("authorityStreet")} error={error("authorityStreet")} />
          <Field name="authorityPostcodeTown" label={t("authorityPostcodeTown")} error={error("authorityPostcodeTown")} />
        </Fieldset>

        {objection ? (
          <Fieldset key="objection" legend={t("decision")}>
            <Field name="decisionDate" type="date" label={t("decisionDate")} hint={t("decisionDateHint")} error={error("decisionDate")} />
            <Field name="decisionReference" label={t("decisionReference")} error={error("decisionReference")} />
            <Field name="subject" label={t("objectionSubject")} hint={t("objectionSubjectHint")} error={error("subject")} />
          </Fieldset>
        ) : (
          <Fieldset key="complaint" legend={t("complaint")}>
            <Field name="subject" label={t("complaintSubject")} hint={t("complaintSubjectHint")} error={error("subject")} />
            <Field name="incidentDate" type="date" label={t("incidentDate")} error={error("incidentDate")} />
            <Field name="incidentWho" label={t("incidentWho")} hint={t("incidentWhoHint")} error={error("incidentWho")} />
          </Fieldset>
        )}

        <Fieldset legend={t(objection ? "objectionContent" : "complaintContent")}>
          {question && (
            <aside aria-label={t("questionReminder")} className="rounded bg-brand-50 px-3 py-2 text-sm">
              <p className="font-medium">{t("questionReminder")}</p>
              <p className="whitespace-pre-wrap">{question}</p>
            </aside>
          )}
          <Field name="grounds" rows={8} label={t(objection ? "objectionGrounds" : "complaintGrounds")} hint={t("groundsHint")} error={error("grounds")} />
          <Field key={kind} name="wishes" rows={3} label={t(objection ? "objectionWishes" : "complaintWishes")} hint={t(objection ? "objectionWishesHint" : "complaintWishesHint")} error={error("wishes")} />
          <Checkbox key={`hearing-${kind}`} name="requestHearing" label={t(objection ? "objectionHearing" : "complaintHearing")} />
          {objection && <Checkbox name="requestCosts" label={t("requestCosts")} hint={t("requestCostsHint")} />}
          <Field key={`attachments-${kind}`} name="attachments" rows={3} label={t("attachments")} hint={t("attachmentsHint")} defaultValue={objection ? DECISION_COPY_ATTACHMENT : ""} error={error("attachments")} />
        </Fieldset>

        <Fieldset legend={t("placeAndDate")}>
          <Field name="place" label={t("place")} defaultValue={place} error={error("place")} />
          <Field name="letterDate" type="date" label={t("letterDate")} defaultValue={today} error={error("letterDate")} />
        </Fieldset>

        <button type="submit" disabled={drafting.pending} className={buttonClass}>
          {t("make")}
        </button>
      </form>

      {draft && (
        <section aria-labelledby="letter-editor-title" className="space-y-4">
          <h2 id="letter-editor-title" className="text-2xl font-semibold print:hidden">
            {t("editorTitle")}
          </h2>
          <div aria-live="polite" className="space-y-2 print:hidden">
            {stale && <p className="rounded border border-amber-600 bg-amber-50 px-3 py-2">{t("stale")}</p>}
            {draft.objectionTerm &&
              (draft.objectionTerm.late ? (
                <p className="rounded border border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900">{t("termLate", { date: longDate(draft.objectionTerm.dueOn) })}</p>
              ) : (
                <p className="rounded border border-slate-400 bg-slate-50 px-3 py-2">{t("termDue", { date: longDate(draft.objectionTerm.dueOn) })}</p>
              ))}
            {draft.complaintOverAYear && <p className="rounded border border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900">{t("overAYear")}</p>}
          </div>
          <div className="grid gap-6 xl:grid-cols-2">
            <div className="space-y-3 print:hidden">
              <label htmlFor="letter-text" className="block font-medium">
                {t("editorLabel")}
              </label>
              <p id="letter-text-hint" className="text-sm text-slate-700">
                {t("editorHint")}
              </p>
              <textarea
                id="letter-text"
                lang="nl"
                rows={30}
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                  setSavedId(null);
                }}
                aria-describedby="letter-text-hint letter-text-error"
                aria-invalid={step.fieldError("text") ? true : undefined}
                className={`${fieldClass} font-[Arial,Helvetica,sans-serif]`}
              />
              <p id="letter-text-error" className="text-sm font-medium text-red-800">
                {step.fieldError("text")}
              </p>
              <FormAlert id="letter-save-error" message={lastStep === "save" ? saving.error : null} />
              <div className="flex flex-wrap items-center gap-4">
                <button type="button" onClick={save} disabled={saving.pending || savedId !== null} className={buttonClass}>
                  {t("save")}
                </button>
                <PrintButton label={t("print")} />
              </div>
              <div aria-live="polite">
                {savedId && (
                  <div role="status" className="space-y-2 rounded border border-green-700 bg-green-50 px-3 py-2">
                    <p className="font-semibold">{t("saved")}</p>
                    <p className="flex flex-wrap gap-4">
                      <a href={`${documentHref}/${savedId}`} className="font-semibold text-brand-800 underline">
                        {t("download")}
                      </a>
                      <Link href={dossierHref} className="font-semibold text-brand-800 underline">
                        {t("backToDossier")}
                      </Link>
                    </p>
                  </div>
                )}
              </div>
            </div>
            <div>
              <h3 className="mb-2 font-semibold print:hidden">{t("preview")}</h3>
              <LetterSheet text={text} label={t("preview")} />
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
