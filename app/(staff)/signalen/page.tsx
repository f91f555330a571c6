import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { ReopenSignalButton, SignalWork } from "@/components/signals/signal-register-forms";
import { SIGNAL_REGISTER_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { amsterdamDay, dayOfDateColumn } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { listSignalRegister } from "@/lib/signals/queries";
import { isFinishedSignal } from "@/lib/signals/themes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signals"))("registerTitle") };
}

/**
 * The coordinator's register of signals: what the advisors keep seeing, with how many dossiers and
 * advisors, and each step towards the municipality. Counts only: no dossier, no client.
 */
export default async function SignalRegisterPage() {
  const actor = await requirePageRole(SIGNAL_REGISTER_ROLES);
  const signals = await listSignalRegister(actor);
  const t = await getTranslations("signals");
  const { date, day } = await getStaffFormat();
  const today = amsterdamDay(clock.now());
  const labelOf = (signal: (typeof signals)[number]) => `${signal.otherParty.name}: ${t(`themes.${signal.theme}`)}`;
  const open = signals.filter((signal) => !isFinishedSignal(signal.status));
  const finished = signals.filter((signal) => isFinishedSignal(signal.status));

  const card = (signal: (typeof signals)[number]) => {
    const label = labelOf(signal);
    // A duplicate is about the same body: merging another's dossiers in would change the report.
    const candidates = open
      .filter((other) => other.id !== signal.id && other.otherParty.id === signal.otherParty.id)
      .map((other) => ({
        id: other.id,
        label: `${labelOf(other)} – ${other.description.slice(0, 60)}${other.description.length > 60 ? "…" : ""}`,
      }));
    return (
      <li key={signal.id}>
        <article
          aria-labelledby={`signal-${signal.id}`}
          className="rounded border border-slate-300 p-4"
          data-signal={signal.id}
        >
          <h3 id={`signal-${signal.id}`} className="text-xl font-semibold">
            {label}
          </h3>
          <p className="my-2 max-w-3xl whitespace-pre-wrap">{signal.description}</p>
          <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("statusLabel")}</dt>
            <dd data-signal-status>{t(`status.${signal.status}`)}</dd>
            <dt className="font-medium">{t("dossierCount")}</dt>
            <dd data-signal-dossiers>{signal.dossierCount}</dd>
            <dt className="font-medium">{t("advisorCount")}</dt>
            <dd>{signal.advisorCount}</dd>
            <dt className="font-medium">{t("seen")}</dt>
            <dd>{t("seenRange", { first: date(signal.firstSeen), last: date(signal.lastSeen) })}</dd>
            {signal.raisedWith && (
              <>
                <dt className="font-medium">{t("raisedWith")}</dt>
                <dd>
                  {signal.raisedWith}
                  {signal.raisedOn && `, ${day(dayOfDateColumn(signal.raisedOn))}`}
                </dd>
              </>
            )}
            {signal.answer && (
              <>
                <dt className="font-medium">{t("answer")}</dt>
                <dd className="whitespace-pre-wrap">
                  {signal.answeredOn && `${day(dayOfDateColumn(signal.answeredOn))}: `}
                  {signal.answer}
                </dd>
              </>
            )}
            {signal.mergedCount > 0 && (
              <>
                <dt className="font-medium">{t("mergedLabel")}</dt>
                <dd>{t("mergedCount", { count: signal.mergedCount })}</dd>
              </>
            )}
          </dl>
          {!isFinishedSignal(signal.status) && (
            <SignalWork
              signal={{
                id: signal.id,
                label,
                status: signal.status,
                raisedWith: signal.raisedWith,
                raisedOn: signal.raisedOn ? dayOfDateColumn(signal.raisedOn) : null,
                description: signal.description,
              }}
              candidates={candidates}
              today={today}
            />
          )}
          {isFinishedSignal(signal.status) && <ReopenSignalButton signalId={signal.id} label={label} />}
          <details className="mt-3 rounded border border-slate-300 px-3 py-2">
            <summary className="cursor-pointer font-medium text-brand-800">
              {t("history")}
              <span className="sr-only">: {label}</span>
            </summary>
            <ol className="mt-2 space-y-1">
              {signal.history.map((event, index) => (
                <li key={index}>
                  {event.dayOnly ? date(event.at) : date(event.at, "d MMM yyyy HH:mm")}:{" "}
                  {t(`historyAction.${event.action.replace(".", "_")}`)}
                  {event.by && ` (${event.by})`}
                </li>
              ))}
            </ol>
          </details>
        </article>
      </li>
    );
  };

  return (
    <ClientTexts namespaces={["signals"]}>
      <h1 className="text-3xl font-bold">{t("registerTitle")}</h1>
      <p className="mb-2 max-w-3xl text-slate-700">{t("registerIntro")}</p>
      <p className="mb-6">
        <Link href="/rapportages/signalen" className="font-semibold text-brand-800 underline">
          {t("toReport")}
        </Link>
      </p>
      <section aria-labelledby="open-signals" className="mb-8">
        <h2 id="open-signals" className="mb-3 text-2xl font-semibold">
          {t("openTitle", { count: open.length })}
        </h2>
        {open.length === 0 ? <p>{t("noneOpen")}</p> : <ul className="space-y-4">{open.map(card)}</ul>}
      </section>
      {finished.length > 0 && (
        <section aria-labelledby="finished-signals" className="mb-8">
          <h2 id="finished-signals" className="mb-3 text-2xl font-semibold">
            {t("finishedTitle", { count: finished.length })}
          </h2>
          <ul className="space-y-4">{finished.map(card)}</ul>
        </section>
      )}
    </ClientTexts>
  );
}
