"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { draftLetterAction, saveLetterAction } from "@/app/(staff)/dossiers/letters-actions";
import { FormAlert } from "@/components/form-alert";
import { PrintButton } from "@/components/print-button";
import { useFormAction } from "@/components/use-form-action";
import { useStaffFormat } from "@/lib/format/client";
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
  /** The save's key: a double click stores the letter once. */
  submissionId: string;
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

function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  return (
    <div>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 h-5 w-5"
          aria-describedby={hint ? `${name}-hint` : undefined}
        />
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

/**
 * Fields → "Brief maken" shows the whole letter as text the advisor edits freely → "Opslaan als
 * document" stores exactly that text as a .docx in the dossier. The preview below is what prints.
 */
export function LetterForm({
  caseId,
  documentHref,
  dossierHref,
  clientName,
  place,
  today,
  question,
  submissionId,
}: Props) {
  const t = useTranslations("letters");
  const { day } = useStaffFormat();
  const drafting = useFormAction(draftLetterAction, {
    beforeSubmit: (): void => setLastStep("draft"),
    onSuccess: (value) => {
      setText(value.text);
      setStale(false);
      setSavedId(null);
    },
  });
  const saving = useFormAction(saveLetterAction, {
    submissionId,
    beforeSubmit: (): void => setLastStep("save"),
    onSuccess: (value) => setSavedId(value.documentId),
  });
  // A page rendered after a post without scripts starts from that post's answer.
  const draft = drafting.state.status === "ok" ? drafting.state.value : null;
  const afterSave = saving.state.status === "idle" ? null : saving.state;
  const [kind, setKind] = useState<LetterKind>(() =>
    drafting.state.status === "refused" && drafting.state.sent.kind === "COMPLAINT" ? "COMPLAINT" : "OBJECTION",
  );
  const [text, setText] = useState(() => draft?.text ?? afterSave?.sent.text ?? "");
  const [stale, setStale] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(() =>
    saving.state.status === "ok" ? saving.state.value.documentId : null,
  );
  const [lastStep, setLastStep] = useState<"draft" | "save">(afterSave ? "save" : "draft");
  const step = lastStep === "draft" ? drafting : saving;
  /** The facts the text was made from: they travel with the save, so the document says what the letter is. */
  const madeFrom = drafting.state.status === "ok" ? drafting.state.sent : afterSave?.sent;
  const longDate = (value: string) => day(value, "EEEE d MMMM yyyy");
  const sent = (name: string) => drafting.sent(name);

  const objection = kind === "OBJECTION";
  const error = (name: string) => step.fieldError(name);
  const value = (name: string, initial?: string) => sent(name) ?? initial;

  return (
    <div className="space-y-8">
      <form {...drafting.props} onChange={() => draft && setStale(true)} className="max-w-3xl space-y-6 print:hidden">
        <input type="hidden" name="caseId" value={caseId} />
        <FormAlert id="letter-error" message={lastStep === "draft" ? drafting.error : null} />
        <fieldset>
          <legend className="mb-2 text-lg font-semibold">{t("kind")}</legend>
          <div className="flex flex-wrap gap-6">
            {LETTER_KINDS.map((option) => (
              <label key={option} className="flex items-start gap-2">
                <input
                  type="radio"
                  name="kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                  className="mt-1 h-5 w-5"
                />
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
          <Field
            name="clientName"
            label={t("clientName")}
            defaultValue={value("clientName", clientName)}
            error={error("clientName")}
          />
          <Field
            name="clientStreet"
            defaultValue={value("clientStreet")}
            label={t("clientStreet")}
            error={error("clientStreet")}
          />
          <Field
            name="clientPostcodeTown"
            defaultValue={value("clientPostcodeTown")}
            label={t("clientPostcodeTown")}
            hint={t("postcodeTownHint")}
            error={error("clientPostcodeTown")}
          />
        </Fieldset>

        <Fieldset legend={t("addressee")}>
          <Field
            name="authorityName"
            defaultValue={value("authorityName")}
            label={t("authorityName")}
            hint={t(objection ? "authorityNameObjectionHint" : "authorityNameComplaintHint")}
            error={error("authorityName")}
          />
          <Field
            name="authorityDepartment"
            defaultValue={value("authorityDepartment")}
            label={t("authorityDepartment")}
            error={error("authorityDepartment")}
          />
          <Field
            name="authorityStreet"
            defaultValue={value("authorityStreet")}
            label={t("authorityStreet")}
            error={error("authorityStreet")}
          />
          <Field
            name="authorityPostcodeTown"
            defaultValue={value("authorityPostcodeTown")}
            label={t("authorityPostcodeTown")}
            error={error("authorityPostcodeTown")}
          />
        </Fieldset>

        {objection ? (
          <Fieldset key="objection" legend={t("decision")}>
            <Field
              name="decisionDate"
              type="date"
              defaultValue={value("decisionDate")}
              label={t("decisionDate")}
              hint={t("decisionDateHint")}
              error={error("decisionDate")}
            />
            <Field
              name="decisionReference"
              defaultValue={value("decisionReference")}
              label={t("decisionReference")}
              error={error("decisionReference")}
            />
            <Field
              name="subject"
              defaultValue={value("subject")}
              label={t("objectionSubject")}
              hint={t("objectionSubjectHint")}
              error={error("subject")}
            />
          </Fieldset>
        ) : (
          <Fieldset key="complaint" legend={t("complaint")}>
            <Field
              name="subject"
              defaultValue={value("subject")}
              label={t("complaintSubject")}
              hint={t("complaintSubjectHint")}
              error={error("subject")}
            />
            <Field
              name="incidentDate"
              type="date"
              defaultValue={value("incidentDate")}
              label={t("incidentDate")}
              error={error("incidentDate")}
            />
            <Field
              name="incidentWho"
              defaultValue={value("incidentWho")}
              label={t("incidentWho")}
              hint={t("incidentWhoHint")}
              error={error("incidentWho")}
            />
          </Fieldset>
        )}

        <Fieldset legend={t(objection ? "objectionContent" : "complaintContent")}>
          {question && (
            <aside aria-label={t("questionReminder")} className="rounded bg-brand-50 px-3 py-2 text-sm">
              <p className="font-medium">{t("questionReminder")}</p>
              <p className="whitespace-pre-wrap">{question}</p>
            </aside>
          )}
          <Field
            name="grounds"
            defaultValue={value("grounds")}
            rows={8}
            label={t(objection ? "objectionGrounds" : "complaintGrounds")}
            hint={t("groundsHint")}
            error={error("grounds")}
          />
          <Field
            key={kind}
            name="wishes"
            defaultValue={value("wishes")}
            rows={3}
            label={t(objection ? "objectionWishes" : "complaintWishes")}
            hint={t(objection ? "objectionWishesHint" : "complaintWishesHint")}
            error={error("wishes")}
          />
          <Checkbox
            key={`hearing-${kind}`}
            name="requestHearing"
            label={t(objection ? "objectionHearing" : "complaintHearing")}
            defaultChecked={sent("requestHearing") === "on"}
          />
          {objection && (
            <Checkbox
              name="requestCosts"
              label={t("requestCosts")}
              hint={t("requestCostsHint")}
              defaultChecked={sent("requestCosts") === "on"}
            />
          )}
          <Field
            key={`attachments-${kind}`}
            name="attachments"
            rows={3}
            label={t("attachments")}
            hint={t("attachmentsHint")}
            defaultValue={value("attachments", objection ? DECISION_COPY_ATTACHMENT : "")}
            error={error("attachments")}
          />
        </Fieldset>

        <Fieldset legend={t("placeAndDate")}>
          <Field name="place" label={t("place")} defaultValue={value("place", place)} error={error("place")} />
          <Field
            name="letterDate"
            type="date"
            label={t("letterDate")}
            defaultValue={value("letterDate", today)}
            error={error("letterDate")}
          />
        </Fieldset>

        <button type="submit" disabled={drafting.pending} className={buttonClass}>
          {t("make")}
        </button>
      </form>

      {madeFrom && (
        <section aria-labelledby="letter-editor-title" className="space-y-4">
          <h2 id="letter-editor-title" className="text-2xl font-semibold print:hidden">
            {t("editorTitle")}
          </h2>
          <div aria-live="polite" className="space-y-2 print:hidden">
            {stale && <p className="rounded border border-amber-600 bg-amber-50 px-3 py-2">{t("stale")}</p>}
            {draft?.objectionTerm &&
              (draft.objectionTerm.late ? (
                <p className="rounded border border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900">
                  {t("termLate", { date: longDate(draft.objectionTerm.dueOn) })}
                </p>
              ) : (
                <p className="rounded border border-slate-400 bg-slate-50 px-3 py-2">
                  {t("termDue", { date: longDate(draft.objectionTerm.dueOn) })}
                </p>
              ))}
            {draft?.complaintOverAYear && (
              <p className="rounded border border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900">
                {t("overAYear")}
              </p>
            )}
          </div>
          <div className="grid gap-6 xl:grid-cols-2">
            <form {...saving.props} className="space-y-3 print:hidden">
              {Object.entries(madeFrom).map(([name, fact]) => (
                <input key={name} type="hidden" name={name} value={fact} />
              ))}
              {saving.submissionField}
              <label htmlFor="letter-text" className="block font-medium">
                {t("editorLabel")}
              </label>
              <p id="letter-text-hint" className="text-sm text-slate-700">
                {t("editorHint")}
              </p>
              <textarea
                id="letter-text"
                name="text"
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
                <button type="submit" disabled={saving.pending || savedId !== null} className={buttonClass}>
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
            </form>
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
