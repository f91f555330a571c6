"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { bookAppointmentAction, registerWalkInAction, searchClientsAction } from "@/app/(staff)/balie/actions";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/form/field";
import { type FormAction, useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";
import { useStaffFormat } from "@/lib/format/client";

export type Option = { id: string; label: string };
export type SessionOption = Option & { slots: Option[] };
type OpenDossier = { id: string; advisorName: string | null; openedAt: Date };
type Match = {
  id: string;
  displayName: string;
  birthYear: number | null;
  phoneEnd: string | null;
  openDossiers: OpenDossier[];
};
/** The new client's fields under "Meer gegevens"; the use case names their errors client.newClient.*. */
const NEW_CLIENT_DETAILS = [
  "phone",
  "birthYear",
  "postcodeArea",
  "preferredLanguage",
  "needsInterpreter",
  "heardVia",
] as const;

type Registered = { visitId: string; slotStartsAt?: Date; advisorName?: string; dossierId?: string | null };

type Props = {
  categories: Option[];
  referrers: Option[];
  languages: readonly string[];
  /** The answers to "how did the client hear of the hour?" (lib/desk/schema.ts HEARD_VIA). */
  channels: readonly string[];
  /** The key that makes a double click or a retry register the client once (lib/submissions.ts). */
  submissionId: string;
} & ({ mode: "walkIn"; sessions: SessionOption[] } | { mode: "appointment"; slots: Option[] });

/**
 * The intake at the desk, for a walk-in or an appointment. It is built for speed with a queue in
 * front of the desk: type a name, tap the topic, register. Everything else has a sensible default.
 * Without scripts it still registers a new client (the search for a known one needs them); a
 * booked appointment leads to its slip.
 */
export function IntakeForm(props: Props) {
  const t = useTranslations("intake");
  const format = useStaffFormat();
  const router = useRouter();
  const formId = useId();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [chosen, setChosen] = useState<Match | null>(null);
  const [chosenSessionId, setSessionId] = useState<string | null>(null);
  // A full hour cannot take a walk-in: until the host picks one, the form goes to the first session
  // that still can, also when the hour fills up while the desk is open.
  const sessionId =
    chosenSessionId ??
    (props.mode === "walkIn" ? ((props.sessions.find((s) => s.slots.length > 0) ?? props.sessions[0])?.id ?? "") : "");
  const registeredText = (value: Registered, name: string) => {
    const time = value.slotStartsAt ? format.time(new Date(value.slotStartsAt)) : "";
    const registered = t("registered", { name, time, advisor: value.advisorName ?? "" });
    return value.dossierId ? `${registered} ${t("returnVisit")}` : registered;
  };
  const action = (props.mode === "walkIn" ? registerWalkInAction : bookAppointmentAction) as FormAction<Registered>;
  const form = useFormAction<Registered>(action, {
    submissionId: props.submissionId,
    beforeSubmit: (): void => setDone(null),
    onSuccess: (value, element, sent) => {
      setDone(registeredText(value, chosen?.displayName ?? sent.displayName ?? ""));
      element?.reset();
      setChosen(null);
      setQuery("");
      setMatches(null);
      router.refresh();
    },
  });
  // After a post without scripts the page renders with the answer: the registration is news then.
  const [done, setDone] = useState<string | null>((): string | null =>
    form.state.status === "ok" ? registeredText(form.state.value, form.state.sent.displayName ?? "") : null,
  );
  const error = form.error;

  useEffect(() => {
    if (query.trim().length < 2) return;
    const timer = setTimeout(async () => {
      const result = await searchClientsAction({ query });
      setMatches(result.ok ? result.value : []);
    }, 300);
    return () => clearTimeout(timer);
  }, [query]);

  const dossierText = (dossier: OpenDossier) =>
    t("openDossier", {
      advisor: dossier.advisorName ?? t("noAdvisor"),
      date: format.date(new Date(dossier.openedAt)),
    });

  const fieldErrors = form.state.status === "refused" ? form.state.fieldErrors : {};
  const errorFor = (prefix: string) =>
    Object.entries(fieldErrors)
      .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
      .flatMap(([, messages]) => messages)[0];

  const slots = props.mode === "walkIn" ? (props.sessions.find((s) => s.id === sessionId)?.slots ?? []) : props.slots;

  return (
    <form {...form.props} className="space-y-5" aria-describedby={error ? `${formId}-error` : undefined}>
      {form.submissionField}
      {chosen && <input type="hidden" name="existingClientId" value={chosen.id} />}
      {props.mode === "walkIn" && props.sessions.length <= 1 && (
        <input type="hidden" name="sessionId" value={sessionId} />
      )}
      <div aria-live="polite">
        {error && (
          <p
            id={`${formId}-error`}
            role="alert"
            className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800"
          >
            {error}
          </p>
        )}
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {done}
          </p>
        )}
      </div>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("client")}</legend>
        {chosen ? (
          <>
            <p className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{t("chosen", { name: chosen.displayName })}</span>
              <button type="button" onClick={() => setChosen(null)} className="text-brand-800 underline">
                {t("otherClient")}
              </button>
            </p>
            {chosen.openDossiers.length > 0 && (
              // The first open dossier is the likely one: a return visit about the same letter.
              <ChoiceGroup legend={t("visitFor")} name="caseId" error={errorFor("caseId")} className="space-y-2">
                {chosen.openDossiers.map((dossier, index) => (
                  <Choice
                    key={dossier.id}
                    type="radio"
                    name="caseId"
                    value={dossier.id}
                    defaultChecked={index === 0}
                    label={dossierText(dossier)}
                    tile
                  />
                ))}
                <Choice type="radio" name="caseId" value="new" label={t("newQuestion")} tile />
              </ChoiceGroup>
            )}
          </>
        ) : (
          <>
            <TextField
              type="search"
              label={t("search")}
              hint={t("searchHint")}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                if (event.target.value.trim().length < 2) setMatches(null);
              }}
              autoComplete="off"
            />
            {matches && (
              <div aria-live="polite">
                {matches.length === 0 ? (
                  <p className="text-sm">{t("noMatches")}</p>
                ) : (
                  <ul aria-label={t("matches")} className="divide-y divide-slate-200 rounded border border-slate-300">
                    {matches.map((match) => (
                      <li key={match.id} className="flex items-center justify-between gap-3 px-3 py-2">
                        <span>
                          <span className="font-medium">{match.displayName}</span>
                          {match.birthYear && (
                            <span className="text-slate-700"> · {t("born", { year: match.birthYear })}</span>
                          )}
                          {match.phoneEnd && (
                            <span className="text-slate-700"> · {t("phoneEnd", { digits: match.phoneEnd })}</span>
                          )}
                          {match.openDossiers.map((dossier) => (
                            <span key={dossier.id} className="block text-sm text-slate-700">
                              {dossierText(dossier)}
                            </span>
                          ))}
                        </span>
                        <button
                          type="button"
                          onClick={() => setChosen(match)}
                          className="rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800"
                        >
                          {t("choose", { name: match.displayName })}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <TextField
              name="displayName"
              label={`${t("newClient")}: ${t("displayName")}`}
              autoComplete="off"
              defaultValue={form.sent("displayName")}
              // The name's own problem, or the choice's as a whole; a phone's shows at the phone.
              error={errorFor("client.newClient.displayName") ?? fieldErrors.client?.[0]}
            />
            {(errorFor("confirmedNewClient") || form.sent("confirmedNewClient")) && (
              <Choice
                type="checkbox"
                name="confirmedNewClient"
                label={t("confirmNewClient")}
                defaultChecked={form.sent("confirmedNewClient") === "on"}
                error={errorFor("confirmedNewClient")}
              />
            )}
            {/* Open after a refusal of one of its fields: a page rendered after a post without scripts. */}
            <details
              open={NEW_CLIENT_DETAILS.some((name) => errorFor(`client.newClient.${name}`)) || undefined}
              className="rounded border border-slate-300 px-3 py-2"
            >
              <summary className="cursor-pointer font-medium">{t("moreDetails")}</summary>
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                <TextField
                  type="tel"
                  label={t("phone")}
                  autoComplete="off"
                  {...form.field("phone")}
                  error={errorFor("client.newClient.phone")}
                />
                <TextField
                  label={t("birthYear")}
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.field("birthYear")}
                  error={errorFor("client.newClient.birthYear")}
                />
                <TextField
                  label={t("postcodeArea")}
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.field("postcodeArea")}
                  error={errorFor("client.newClient.postcodeArea")}
                />
                <SelectField label={t("language")} {...form.field("preferredLanguage", "nl")}>
                  {props.languages.map((language) => (
                    <option key={language} value={language}>
                      {t(`languages.${language}`)}
                    </option>
                  ))}
                </SelectField>
                <Choice
                  type="checkbox"
                  name="needsInterpreter"
                  label={t("needsInterpreter")}
                  defaultChecked={form.sent("needsInterpreter") === "on"}
                  className="self-end py-2"
                />
                <SelectField
                  label={t("heardVia")}
                  {...form.field("heardVia", "")}
                  error={errorFor("client.newClient.heardVia")}
                >
                  <option value="">{t("heardViaNotAsked")}</option>
                  {props.channels.map((channel) => (
                    <option key={channel} value={channel}>
                      {t(`heardViaOptions.${channel}`)}
                    </option>
                  ))}
                </SelectField>
              </div>
            </details>
          </>
        )}
      </fieldset>

      <ChoiceGroup legend={t("category")} legendClassName="text-lg font-semibold" error={errorFor("categoryId")}>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {[...props.categories, { id: "unknown", label: t("unknownCategory") }].map((category) => (
            <Choice
              key={category.id}
              type="radio"
              name="categoryId"
              value={category.id}
              defaultChecked={form.sent("categoryId") === category.id}
              // Long Dutch compounds ("Vreemdelingenrecht") may break rather than push a phone's page wider.
              label={<span className="min-w-0 [overflow-wrap:anywhere]">{category.label}</span>}
              tile
              className="has-[:checked]:font-semibold"
            />
          ))}
        </div>
      </ChoiceGroup>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("referrer")} {...form.field("referrerPartnerId", "")}>
          <option value="">{t("self")}</option>
          {props.referrers.map((referrer) => (
            <option key={referrer.id} value={referrer.id}>
              {referrer.label}
            </option>
          ))}
        </SelectField>
        {props.mode === "walkIn" && props.sessions.length > 1 && (
          <SelectField
            name="sessionId"
            label={t("session")}
            value={sessionId}
            onChange={(event) => setSessionId(event.target.value)}
          >
            {props.sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.label}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label={t("slot")} {...form.field("slotId", "")}>
          {props.mode === "walkIn" && <option value="">{t("nextFreeSlot")}</option>}
          {slots.map((slot) => (
            <option key={slot.id} value={slot.id}>
              {slot.label}
            </option>
          ))}
        </SelectField>
      </div>

      <SubmitButton pending={form.pending} size="large" className="text-lg">
        {form.pending ? t("submitting") : props.mode === "walkIn" ? t("submitWalkIn") : t("submitAppointment")}
      </SubmitButton>
    </form>
  );
}
