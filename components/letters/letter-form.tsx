"use client";

import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { draftLetterAction, saveLetterAction } from "@/app/(staff)/dossiers/letters-actions";
import { Choice, ChoiceGroup, TextareaField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { PrintButton } from "@/components/print-button";
import { useFormAction } from "@/components/use-form-action";
import { useStaffFormat } from "@/lib/format/client";
import { DECISION_COPY_ATTACHMENT, LETTER_KINDS, type LetterKind } from "@/lib/letters/kinds";
import { LetterSheet } from "./letter-sheet";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  caseId: string;
  documentHref: string;
  dossierHref: string;
  clientName: string;
  place: string;
  today: string;
  question: string | null;
  /** The dossier's other party, as the coordinator's list gives its address: the letter's addressee. */
  addressee: { name: string; department: string; street: string; postcodeTown: string };
  /** A volunteer's letter is saved as a draft for their supervisor: it prints marked CONCEPT. */
  awaitsReview: boolean;
  /** The save's key: a double click stores the letter once. */
  submissionId: string;
};

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
  addressee,
  awaitsReview,
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
  const [kind, setKind] = useState<LetterKind>(() => {
    const sentKind = drafting.state.status === "refused" ? drafting.state.sent.kind : undefined;
    return LETTER_KINDS.find((option) => option === sentKind) ?? "OBJECTION";
  });
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

  const objection = kind === "OBJECTION" || kind === "PRO_FORMA_OBJECTION";
  const field = (name: string, initial?: string) => ({
    id: name,
    name,
    defaultValue: sent(name) ?? initial,
    error: step.fieldError(name),
    // The address is the client's, not the advisor's: the browser must not fill in its own.
    autoComplete: "off",
  });

  return (
    <div className="space-y-8">
      <form {...drafting.props} onChange={() => draft && setStale(true)} className="max-w-3xl space-y-6 print:hidden">
        <input type="hidden" name="caseId" value={caseId} />
        <FormAlert id="letter-error" message={lastStep === "draft" ? drafting.error : null} />
        <ChoiceGroup legend={t("kind")} legendClassName="mb-2 text-lg font-semibold">
          <div className="flex flex-wrap gap-6">
            {LETTER_KINDS.map((option) => (
              <Choice
                key={option}
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                label={
                  <span>
                    <span className="font-medium">{t(`kinds.${option}`)}</span>
                    <span className="block text-sm text-slate-700">{t(`kindHints.${option}`)}</span>
                  </span>
                }
              />
            ))}
          </div>
        </ChoiceGroup>

        <Fieldset legend={t("sender")}>
          <p className="text-sm text-slate-700">{t("addressNotStored")}</p>
          <TextField label={t("clientName")} {...field("clientName", clientName)} />
          <TextField label={t("clientStreet")} {...field("clientStreet")} />
          <TextField label={t("clientPostcodeTown")} hint={t("postcodeTownHint")} {...field("clientPostcodeTown")} />
        </Fieldset>

        <Fieldset legend={t("addressee")}>
          {addressee.name && <p className="text-sm text-slate-700">{t("addresseeFromDossier")}</p>}
          <TextField
            label={t("authorityName")}
            hint={t(`authorityNameHint.${kind}`)}
            {...field("authorityName", addressee.name)}
          />
          <TextField label={t("authorityDepartment")} {...field("authorityDepartment", addressee.department)} />
          <TextField label={t("authorityStreet")} {...field("authorityStreet", addressee.street)} />
          <TextField label={t("authorityPostcodeTown")} {...field("authorityPostcodeTown", addressee.postcodeTown)} />
        </Fieldset>

        {objection && (
          <Fieldset key="objection" legend={t("decision")}>
            <TextField type="date" label={t("decisionDate")} hint={t("decisionDateHint")} {...field("decisionDate")} />
            <TextField label={t("decisionReference")} {...field("decisionReference")} />
            <TextField label={t("objectionSubject")} hint={t("objectionSubjectHint")} {...field("subject")} />
          </Fieldset>
        )}
        {kind === "COMPLAINT" && (
          <Fieldset key="complaint" legend={t("complaint")}>
            <TextField label={t("complaintSubject")} hint={t("complaintSubjectHint")} {...field("subject")} />
            <TextField type="date" label={t("incidentDate")} {...field("incidentDate")} />
            <TextField label={t("incidentWho")} hint={t("incidentWhoHint")} {...field("incidentWho")} />
          </Fieldset>
        )}
        {!objection && kind !== "COMPLAINT" && (
          <Fieldset key={kind} legend={t(`facts.${kind}.legend`)}>
            <TextField label={t(`facts.${kind}.subject`)} hint={t(`facts.${kind}.subjectHint`)} {...field("subject")} />
            {kind === "PAYMENT_ARRANGEMENT" && (
              <TextField
                label={t("monthlyAmount")}
                inputMode="decimal"
                controlWidth="w-32"
                {...field("monthlyAmount")}
              />
            )}
            {kind === "SPECIAL_ASSISTANCE" && (
              <TextField label={t("costsAmount")} inputMode="decimal" controlWidth="w-32" {...field("amount")} />
            )}
            {kind === "TERM_EXTENSION" && (
              <>
                <TextField type="date" label={t("currentDueDate")} {...field("currentDueDate")} />
                <TextField type="date" label={t("requestedDate")} {...field("requestedDate")} />
              </>
            )}
            <TextField label={t("reference")} hint={t("referenceHint")} {...field("reference")} />
          </Fieldset>
        )}

        <Fieldset legend={t(`content.${kind}`)}>
          {question && (
            <aside aria-label={t("questionReminder")} className="rounded bg-brand-50 px-3 py-2 text-sm">
              <p className="font-medium">{t("questionReminder")}</p>
              <p className="whitespace-pre-wrap">{question}</p>
            </aside>
          )}
          {kind === "PRO_FORMA_OBJECTION" ? (
            <p>{t("proFormaExplained")}</p>
          ) : (
            <TextareaField
              key={`grounds-${kind}`}
              rows={8}
              label={t(`grounds.${kind}`)}
              hint={t("groundsHint")}
              {...field("grounds")}
            />
          )}
          {(kind === "OBJECTION" || kind === "COMPLAINT") && (
            <TextareaField
              key={kind}
              rows={3}
              label={t(kind === "OBJECTION" ? "objectionWishes" : "complaintWishes")}
              hint={t(kind === "OBJECTION" ? "objectionWishesHint" : "complaintWishesHint")}
              {...field("wishes")}
            />
          )}
          {(objection || kind === "COMPLAINT") && (
            <Choice
              key={`hearing-${kind}`}
              type="checkbox"
              name="requestHearing"
              label={t(objection ? "objectionHearing" : "complaintHearing")}
              defaultChecked={sent("requestHearing") === "on"}
            />
          )}
          {objection && (
            <div>
              <Choice
                type="checkbox"
                name="requestCosts"
                label={t("requestCosts")}
                hint={t("requestCostsHint")}
                defaultChecked={sent("requestCosts") === "on"}
              />
            </div>
          )}
          {kind === "PAYMENT_ARRANGEMENT" && (
            <Choice
              type="checkbox"
              name="requestSuspension"
              label={t("requestSuspension")}
              defaultChecked={sent("requestSuspension") === "on"}
            />
          )}
          <TextareaField
            key={`attachments-${kind}`}
            rows={3}
            label={t("attachments")}
            hint={t("attachmentsHint")}
            {...field("attachments", objection ? DECISION_COPY_ATTACHMENT : "")}
          />
        </Fieldset>

        <Fieldset legend={t("placeAndDate")}>
          <TextField label={t("place")} {...field("place", place)} />
          <TextField type="date" label={t("letterDate")} {...field("letterDate", today)} />
        </Fieldset>

        <SubmitButton pending={drafting.pending} size="large">
          {t("make")}
        </SubmitButton>
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
              {/* The text in the font of the document it becomes. */}
              <TextareaField
                id="letter-text"
                name="text"
                label={t("editorLabel")}
                hint={t("editorHint")}
                lang="nl"
                rows={30}
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                  setSavedId(null);
                }}
                error={step.fieldError("text")}
                className="[&_textarea]:font-[Arial,Helvetica,sans-serif]"
              />
              <FormAlert id="letter-save-error" message={lastStep === "save" ? saving.error : null} />
              <div className="flex flex-wrap items-center gap-4">
                <SubmitButton pending={saving.pending} disabled={savedId !== null} size="large">
                  {t("save")}
                </SubmitButton>
                <PrintButton label={t("print")} />
              </div>
              <div aria-live="polite">
                {savedId && (
                  <div role="status" className="space-y-2 rounded border border-green-700 bg-green-50 px-3 py-2">
                    <p className="font-semibold">{awaitsReview ? t("savedForReview") : t("saved")}</p>
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
              <LetterSheet text={text} label={t("preview")} draftMark={awaitsReview ? t("draftMark") : undefined} />
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
