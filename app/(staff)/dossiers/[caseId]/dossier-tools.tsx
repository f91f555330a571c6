import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { BenefitsSection } from "@/app/(staff)/dossiers/[caseId]/baten/benefits-section";
import { ReferralsSection } from "@/app/(staff)/dossiers/[caseId]/verwijzing/referrals-section";
import { CaseAftercare } from "@/app/(staff)/nazorg/case-aftercare";
import { AddCaseDomainForm, RemoveCaseDomainButton } from "@/components/cases/case-domain-forms";
import { RecordCaseActionForm } from "@/components/cases/case-action-forms";
import { CaseOtherPartyForm } from "@/components/cases/case-other-party-form";
import { ClientDetailsForm } from "@/components/cases/client-details-form";
import { CloseCaseForm } from "@/components/cases/close-case-form";
import { ContactForm } from "@/components/cases/contact-form";
import { CompleteDeadlineButton, FreeDeadlineForm, ObjectionDeadlineForm } from "@/components/cases/deadline-forms";
import { DocumentUploadForm } from "@/components/cases/document-upload-form";
import { FocusOnArrival } from "@/components/cases/focus-on-arrival";
import { HandOverDossierForm } from "@/components/cases/hand-over-dossier-form";
import { MergeDuplicateForm } from "@/components/cases/merge-duplicate-form";
import { NoteForm } from "@/components/cases/note-form";
import { PromoteForm } from "@/components/cases/promote-form";
import { ReopenCaseForm } from "@/components/cases/reopen-case-form";
import { TimeForm } from "@/components/cases/time-form";
import { VersionedTextEditor } from "@/components/cases/versioned-text-editor";
import { WaitingToggle } from "@/components/cases/waiting-toggle";
import { FocusAfterJoin, JoinSignalButton, RaiseSignalForm } from "@/components/signals/signal-forms";
import type { Actor } from "@/lib/auth/actor";
import { MANAGING_TOOLS, RECORDING_TOOLS, type DossierTool } from "@/lib/cases/dossier-tools";
import type { getDossier } from "@/lib/cases/queries";
import { listLegalDomainTree } from "@/lib/cases/queries";
import { CASE_ACTION_KINDS, CASE_OUTCOMES } from "@/lib/cases/schema";
import { listAdvisorsToHandOverTo } from "@/lib/cases/workload";
import type { listLikelyDuplicatesOfDossierClient } from "@/lib/clients/queries";
import { clock } from "@/lib/clock";
import { amsterdamDay } from "@/lib/dates";
import { FREE_DEADLINE_KINDS } from "@/lib/deadlines/add-deadline";
import { AWB_POSTING_RULE_EXPLANATION } from "@/lib/deadlines/awb";
import { CLIENT_LANGUAGES, HEARD_VIA } from "@/lib/desk/schema";
import { getStaffFormat } from "@/lib/format/server";
import { newSubmissionId } from "@/lib/form-state";
import { listOtherPartyChoices } from "@/lib/other-parties/queries";
import { openDeadlines } from "@/lib/cases/timeline";
import { dayOfDateColumn } from "@/lib/dates";
import { isOverdue } from "@/lib/deadlines/overdue";
import { suggestedOutcome } from "@/lib/referrals/outcome";
import { listSignalsForDossier } from "@/lib/signals/queries";

type Dossier = NonNullable<Awaited<ReturnType<typeof getDossier>>>;
type Duplicates = Awaited<ReturnType<typeof listLikelyDuplicatesOfDossierClient>>;
type Address = (query: Record<string, string | undefined>) => string;

const TOOL_LINK =
  "inline-flex min-h-10 items-center rounded border border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50 aria-[current=true]:bg-brand-800 aria-[current=true]:text-white";
// The dossier's own forms are asked for less often than the recording ones: smaller, still a
// target a finger hits (WCAG 2.5.8 asks 24 px).
const MANAGE_LINK =
  "inline-flex min-h-8 items-center rounded border border-slate-400 px-2 text-sm text-brand-800 hover:bg-brand-50 aria-[current=true]:border-brand-800 aria-[current=true]:bg-brand-800 aria-[current=true]:text-white";

/**
 * The buttons that open one form at a time, under the summary. Links, not script: a tap on a
 * tablet or Enter on a keyboard opens the form in place, also before the page's script runs.
 */
export async function DossierToolbar({
  dossier,
  available,
  open,
  address,
}: {
  dossier: Pick<Dossier, "id" | "kind" | "status" | "version">;
  available: ReadonlySet<DossierTool>;
  open: DossierTool | null;
  address: Address;
}) {
  const caseId = dossier.id;
  const waiting = dossier.status === "WAITING_FOR_THIRD_PARTY";
  const t = await getTranslations();
  const group = (label: string, tools: readonly DossierTool[], style: string, links?: React.ReactNode) => (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-semibold text-slate-700">{label}:</span>
      {tools
        .filter((tool) => available.has(tool))
        .map((tool) => (
          <Link
            key={tool}
            href={address({ formulier: tool === open ? undefined : tool }) + (tool === open ? "" : "#formulier")}
            scroll={false}
            aria-current={tool === open ? "true" : undefined}
            data-dossier-tool={tool}
            className={style}
          >
            {t(`dossierPage.tools.${tool}`)}
          </Link>
        ))}
      {links}
    </nav>
  );
  return (
    <div className="mb-3 space-y-2 print:hidden">
      {group(t("dossierPage.record"), RECORDING_TOOLS, TOOL_LINK)}
      {group(
        t("dossierPage.manage"),
        MANAGING_TOOLS,
        MANAGE_LINK,
        <>
          {dossier.status !== "CLOSED" && dossier.kind === "DOSSIER" && (
            <WaitingToggle
              caseId={caseId}
              version={dossier.version}
              waiting={waiting}
              label={waiting ? t("dossier.backToOpen") : t("dossier.setWaiting")}
            />
          )}
          <a href={`/dossiers/${caseId}/brief`} className={MANAGE_LINK}>
            {t("letters.writeLink")}
          </a>
          <a href={`/dossiers/${caseId}/toestemming`} className={MANAGE_LINK}>
            {t("privacy.dossierLink")}
          </a>
        </>,
      )}
    </div>
  );
}

/** The section each form opens in; its name is the one the section always had. */
function Panel({ title, closeHref, children }: { title: string; closeHref: string; children: React.ReactNode }) {
  return (
    <section
      id="formulier"
      aria-label={title}
      tabIndex={-1}
      className="mb-6 rounded border-2 border-brand-700 bg-white p-4 focus:outline-none"
    >
      {/* Keyed by the form, so going from one form straight to another moves the focus too. */}
      <FocusOnArrival key={title} targetId="formulier" />
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-2xl font-semibold">{title}</h2>
        <CloseLink href={closeHref} />
      </div>
      {children}
    </section>
  );
}

async function CloseLink({ href }: { href: string }) {
  const t = await getTranslations("dossierPage");
  return (
    <Link href={href} scroll={false} className="text-brand-800 underline">
      {t("closeForm")}
    </Link>
  );
}

/** The one open form, with only the data that form needs. */
export async function DossierToolPanel({
  actor,
  dossier,
  tool,
  duplicates,
  mayHandOver,
  address,
}: {
  actor: Actor;
  dossier: Dossier;
  tool: DossierTool;
  duplicates: Duplicates;
  mayHandOver: boolean;
  address: Address;
}) {
  const t = await getTranslations();
  const { name, date, day } = await getStaffFormat();
  const closed = dossier.status === "CLOSED";
  const deadlines = openDeadlines(dossier);
  const changeable = dossier.kind === "DOSSIER" && !closed;
  const today = amsterdamDay(clock.now());
  const closeHref = address({ formulier: undefined });
  const panel = (title: string, children: React.ReactNode) => (
    <Panel title={title} closeHref={closeHref}>
      {children}
    </Panel>
  );

  switch (tool) {
    case "notitie":
      return panel(t("dossier.notes"), <NoteForm caseId={dossier.id} submissionId={newSubmissionId()} />);
    case "actie":
      return panel(
        t("dossier.actions"),
        <>
          <p className="mb-3 text-sm text-slate-700">{t("caseActions.changeableHint")}</p>
          <RecordCaseActionForm
            caseId={dossier.id}
            kinds={CASE_ACTION_KINDS.map((kind) => ({ value: kind, label: t(`caseActionKind.${kind}`) }))}
            today={today}
            submissionId={newSubmissionId()}
          />
        </>,
      );
    case "contact":
      return panel(
        t("dossierContact.title"),
        <ContactForm caseId={dossier.id} submissionId={newSubmissionId()} today={today} />,
      );
    case "termijn":
      return panel(
        t("dossier.deadlines"),
        <div className="space-y-4">
          {deadlines.length > 0 && (
            <ul aria-label={t("dossierPage.openDeadlines")} className="space-y-2">
              {deadlines.map((deadline) => (
                <li key={deadline.id}>
                  <span className="font-medium">{day(dayOfDateColumn(deadline.dueOn), "EEEE d MMMM yyyy")}</span>
                  {isOverdue(deadline, clock.now()) && (
                    <span className="ml-2 rounded bg-red-100 px-1 text-sm font-semibold text-red-900">
                      {t("deadlines.overdue")}
                    </span>
                  )}
                  <span className="block text-sm">
                    {t(`deadlineKind.${deadline.kind}`)}: {deadline.title}
                  </span>
                  <CompleteDeadlineButton
                    deadlineId={deadline.id}
                    label={t("deadlines.markDone", { title: deadline.title })}
                  />
                </li>
              ))}
            </ul>
          )}
          <ObjectionDeadlineForm
            caseId={dossier.id}
            postingRule={AWB_POSTING_RULE_EXPLANATION}
            submissionId={newSubmissionId()}
          />
          <FreeDeadlineForm
            caseId={dossier.id}
            kinds={FREE_DEADLINE_KINDS.map((kind) => ({ value: kind, label: t(`deadlineKind.${kind}`) }))}
            submissionId={newSubmissionId()}
          />
        </div>,
      );
    case "verwijzing":
      return panel(t("referrals.title"), <ReferralsSection caseId={dossier.id} closed={closed} />);
    case "document":
      return panel(t("dossier.documents"), <DocumentUploadForm caseId={dossier.id} submissionId={newSubmissionId()} />);
    case "tijd":
      return panel(
        t("time.title"),
        <>
          <p className="mb-3">
            {t("time.total", { minutes: dossier.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0) })}
          </p>
          <TimeForm caseId={dossier.id} submissionId={newSubmissionId()} />
        </>,
      );
    case "nazorg":
      return panel(t("aftercare.title"), <CaseAftercare actor={actor} caseId={dossier.id} closed={closed} />);
    case "baten":
      return panel(t("benefitsPanel.title"), <BenefitsSection caseId={dossier.id} />);
    case "signaal": {
      const [signals, otherParties] = await Promise.all([
        listSignalsForDossier(actor, dossier.id),
        listOtherPartyChoices(actor),
      ]);
      if (!signals) return null;
      const signalItem = (signal: (typeof signals.linked)[number], join: boolean) => {
        const label = `${signal.otherParty.name}: ${t(`signals.themes.${signal.theme}`)}`;
        return (
          <li key={signal.id} className="rounded border border-slate-300 p-3">
            <p className="font-semibold">{label}</p>
            <p className="whitespace-pre-wrap">{signal.description}</p>
            <p className="text-sm text-slate-700">
              {t("signals.dossierSummary", { count: signal.dossierCount })} · {t(`signals.status.${signal.status}`)}
            </p>
            {join && <JoinSignalButton caseId={dossier.id} signalId={signal.id} label={label} />}
          </li>
        );
      };
      return panel(
        t("signals.title"),
        <div className="space-y-4">
          <p className="max-w-prose text-sm text-slate-700">{t("signals.intro")}</p>
          {signals.linked.length > 0 && (
            <>
              <h3 id="signals-linked" tabIndex={-1} className="font-semibold focus:outline-none">
                {t("signals.linkedTitle")}
              </h3>
              <FocusAfterJoin targetId="signals-linked" signalIds={signals.linked.map((signal) => signal.id)} />
              <ul className="space-y-2">{signals.linked.map((signal) => signalItem(signal, false))}</ul>
            </>
          )}
          {signals.joinable.length > 0 && (
            <>
              <h3 className="font-semibold">{t("signals.joinTitle")}</h3>
              <ul className="space-y-2">{signals.joinable.map((signal) => signalItem(signal, true))}</ul>
            </>
          )}
          <h3 className="font-semibold">{t("signals.raiseTitle")}</h3>
          <RaiseSignalForm
            caseId={dossier.id}
            otherParties={otherParties}
            otherPartyId={signals.otherPartyId}
            submissionId={newSubmissionId()}
          />
        </div>,
      );
    }
    case "vraag": {
      const domainTree = changeable ? await listLegalDomainTree() : [];
      return panel(
        t("dossier.question"),
        <>
          <p className="whitespace-pre-wrap">{dossier.question}</p>
          {changeable && (
            <VersionedTextEditor
              target={{ kind: "question", caseId: dossier.id }}
              body={dossier.question ?? ""}
              version={dossier.version}
            />
          )}
          <h3 className="mt-4 font-semibold">{t("caseDomains.title")}</h3>
          <ul className="space-y-1">
            {dossier.legalDomains.map(({ legalDomain, primary }) => {
              const domain = legalDomain.parent
                ? `${name(legalDomain.parent)} > ${name(legalDomain)}`
                : name(legalDomain);
              return (
                <li key={legalDomain.id} className="flex flex-wrap items-center gap-2">
                  <span>
                    {domain}
                    {primary && <span className="text-slate-700"> ({t("caseDomains.primary")})</span>}
                  </span>
                  {changeable && !primary && (
                    <RemoveCaseDomainButton caseId={dossier.id} legalDomainId={legalDomain.id} name={domain} />
                  )}
                </li>
              );
            })}
          </ul>
          {changeable && (
            <>
              <h3 className="mt-4 font-semibold">{t("caseDomains.add")}</h3>
              <p className="text-sm text-slate-700">{t("caseDomains.hint")}</p>
              <AddCaseDomainForm
                caseId={dossier.id}
                domains={domainTree.map((top) => ({
                  id: top.id,
                  label: name(top),
                  children: top.children.map((child) => ({ id: child.id, label: name(child) })),
                }))}
              />
            </>
          )}
        </>,
      );
    }
    case "gegevens": {
      const { client } = dossier;
      return panel(
        t("dossier.client"),
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-medium">{t("dossier.email")}</dt>
            <dd>{client.email ?? "–"}</dd>
          </dl>
          <ClientDetailsForm
            caseId={dossier.id}
            client={{
              displayName: client.displayName,
              phone: client.phone,
              email: client.email,
              birthYear: client.birthYear,
              postcodeArea: client.postcodeArea,
              preferredLanguage: client.preferredLanguage,
              needsInterpreter: client.needsInterpreter,
              heardVia: client.heardVia,
            }}
            languages={CLIENT_LANGUAGES.map((value) => ({ value, label: t(`intake.languages.${value}`) }))}
            channels={HEARD_VIA.map((value) => ({ value, label: t(`intake.heardViaOptions.${value}`) }))}
          />
        </>,
      );
    }
    case "wederpartij": {
      const choices = await listOtherPartyChoices(actor);
      // An entry taken off the list since stays the dossier's own choice.
      if (dossier.otherParty && !choices.some((choice) => choice.id === dossier.otherParty?.id))
        choices.push({ ...dossier.otherParty, kind: "OTHER" });
      return panel(
        t("caseOtherParty.title"),
        <>
          <p>{dossier.otherParty?.name ?? dossier.otherPartyName ?? t("caseOtherParty.none")}</p>
          {dossier.otherParty && (
            <p className="text-sm text-slate-700">
              {[dossier.otherParty.department, dossier.otherParty.postalAddress, dossier.otherParty.postcodeTown]
                .filter(Boolean)
                .join(", ")}
            </p>
          )}
          <CaseOtherPartyForm
            caseId={dossier.id}
            choices={choices}
            current={{ otherPartyId: dossier.otherParty?.id ?? null, typedName: dossier.otherPartyName }}
          />
        </>,
      );
    }
    case "overdragen": {
      if (!mayHandOver) return null;
      const colleagues = (await listAdvisorsToHandOverTo(actor)).filter((colleague) => colleague.id !== actor.userId);
      return panel(
        t("handover.title"),
        <>
          <p className="max-w-prose text-sm text-slate-700">{t("handover.intro")}</p>
          <div className="mt-3">
            <HandOverDossierForm by="handOver" caseId={dossier.id} version={dossier.version} advisors={colleagues} />
          </div>
        </>,
      );
    }
    case "omzetten":
      return panel(t("quickContact.promoteTitle"), <PromoteForm caseId={dossier.id} />);
    case "sluiten":
      return panel(
        t("dossier.closeTitle"),
        <CloseCaseForm
          caseId={dossier.id}
          version={dossier.version}
          suggested={await suggestedOutcome(actor, dossier.id)}
          outcomes={CASE_OUTCOMES.map((value) => ({ value, label: t(`caseOutcome.${value}`) }))}
        />,
      );
    case "heropenen":
      return panel(t("dossier.reopenTitle"), <ReopenCaseForm caseId={dossier.id} version={dossier.version} />);
    case "dubbel":
      return panel(
        t("duplicates.title"),
        <>
          <p className="text-sm">{t("duplicates.intro")}</p>
          <ul className="mt-2 space-y-3">
            {duplicates.map((other) => {
              const label = [
                other.displayName,
                other.birthYear ? t("duplicates.born", { year: other.birthYear }) : null,
                other.phoneEnd ? t("duplicates.phoneEnd", { end: other.phoneEnd }) : null,
              ]
                .filter(Boolean)
                .join(", ");
              return (
                <li key={other.id}>
                  {t("duplicates.item", {
                    name: label,
                    date: date(other.createdAt),
                    visits: other.visits,
                    cases: other.cases,
                  })}
                  <MergeDuplicateForm caseId={dossier.id} mergeClientId={other.id} label={label} />
                </li>
              );
            })}
          </ul>
        </>,
      );
  }
}
