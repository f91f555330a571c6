import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BenefitsSection } from "@/app/(staff)/dossiers/[caseId]/baten/benefits-section";
import { ReferralsSection } from "@/app/(staff)/dossiers/[caseId]/verwijzing/referrals-section";
import { CaseAftercare } from "@/app/(staff)/nazorg/case-aftercare";
import { ClientDetailsForm } from "@/components/cases/client-details-form";
import { CloseCaseForm } from "@/components/cases/close-case-form";
import { DocumentsPanel } from "@/components/cases/documents-panel";
import { CompleteDeadlineButton, FreeDeadlineForm, ObjectionDeadlineForm } from "@/components/cases/deadline-forms";
import { ChangeCaseActionForms, RecordCaseActionForm } from "@/components/cases/case-action-forms";
import { ContactForm } from "@/components/cases/contact-form";
import { AddCaseDomainForm, RemoveCaseDomainButton } from "@/components/cases/case-domain-forms";
import { CaseOtherPartyForm } from "@/components/cases/case-other-party-form";
import { HandOverDossierForm } from "@/components/cases/hand-over-dossier-form";
import { MergeDuplicateForm } from "@/components/cases/merge-duplicate-form";
import { NoteForm } from "@/components/cases/note-form";
import { PromoteForm } from "@/components/cases/promote-form";
import { ReopenCaseForm } from "@/components/cases/reopen-case-form";
import { TimeForm } from "@/components/cases/time-form";
import { VersionedTextEditor } from "@/components/cases/versioned-text-editor";
import { WaitingToggle } from "@/components/cases/waiting-toggle";
import { ClientTexts } from "@/components/client-texts";
import { requirePageRole } from "@/lib/auth/session";
import { getDossier, listLegalDomainTree } from "@/lib/cases/queries";
import { listOtherPartyChoices } from "@/lib/other-parties/queries";
import { listAdvisorsToHandOverTo } from "@/lib/cases/workload";
import { listLikelyDuplicatesOfDossierClient } from "@/lib/clients/queries";
import { isActionChangeable } from "@/lib/cases/case-actions";
import { CASE_ACTION_KINDS, CASE_OUTCOMES } from "@/lib/cases/schema";
import { CLIENT_LANGUAGES } from "@/lib/desk/schema";
import { amsterdamDay, dayOfDateColumn } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { suggestedOutcome } from "@/lib/referrals/outcome";
import { FREE_DEADLINE_KINDS } from "@/lib/deadlines/add-deadline";
import { newSubmissionId } from "@/lib/form-state";
import { AWB_POSTING_RULE_EXPLANATION } from "@/lib/deadlines/awb";
import { clock } from "@/lib/clock";
import { noteEditRefusal } from "@/lib/cases/edit-case-note";
import { isOverdue } from "@/lib/deadlines/overdue";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dossier"))("title") };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="mb-8">
      <h2 className="mb-2 text-2xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function DossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(CASE_ROLES);
  const { caseId } = await params;
  const { overgedragen, samengevoegd } = await searchParams;
  const dossier = await getDossier(actor, caseId);
  if (!dossier) notFound();
  const t = await getTranslations();
  const { name, date, dateTime, day, list, minutes, advisor: advisorName } = await getStaffFormat();
  const client = dossier.client;
  const now = clock.now();
  const advisor = dossier.responsibleAdvisor;
  const actionKinds = CASE_ACTION_KINDS.map((kind) => ({ value: kind, label: t(`caseActionKind.${kind}`) }));
  const mayHandOver = dossier.kind === "DOSSIER" && dossier.status !== "CLOSED" && advisor?.id === actor.userId;
  const duplicates = await listLikelyDuplicatesOfDossierClient(actor, dossier.id);
  const domainsChangeable = dossier.kind === "DOSSIER" && dossier.status !== "CLOSED";
  const domainTree = domainsChangeable ? await listLegalDomainTree() : [];
  const otherPartyChoices = dossier.kind === "DOSSIER" ? await listOtherPartyChoices(actor) : [];
  // An entry taken off the list since stays the dossier's own choice.
  if (dossier.otherParty && !otherPartyChoices.some((choice) => choice.id === dossier.otherParty?.id))
    otherPartyChoices.push({ ...dossier.otherParty, kind: "OTHER" });
  const otherParty = dossier.otherParty?.name ?? dossier.otherPartyName;
  const colleagues = mayHandOver
    ? (await listAdvisorsToHandOverTo(actor)).filter((colleague) => colleague.id !== actor.userId)
    : [];

  return (
    <ClientTexts
      namespaces={[
        "aftercare",
        "benefitBeneficiary",
        "benefitsPanel",
        "caseActions",
        "caseDomains",
        "caseForms",
        "caseOtherParty",
        "deadlines",
        "dossierContact",
        "documents",
        "duplicates",
        "handover",
        "noteEdit",
        "quickContact",
        "referrals",
        "time",
      ]}
    >
      <h1 className="text-3xl font-bold">
        {dossier.kind === "QUICK_CONTACT" ? t("quickContact.kindQuick") : t("dossier.title")}: {client.displayName}
      </h1>
      <a
        href={`/dossiers/${dossier.id}/brief`}
        className="mt-2 inline-block rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 print:hidden"
      >
        {t("letters.writeLink")}
      </a>{" "}
      <a
        href={`/dossiers/${dossier.id}/toestemming`}
        className="mt-2 inline-block rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 print:hidden"
      >
        {t("privacy.dossierLink")}
      </a>
      {/* A div, not a p: the waiting toggle is a form. */}
      <div className="mb-6 text-slate-700">
        {t(`caseStatus.${dossier.status}`)} · {t("dossier.opened")} {date(dossier.openedAt)} ·{" "}
        {t("dossier.responsible")}: {advisor ? advisorName(advisor) : t("dossier.onCoordinatorsList")}
        {dossier.status !== "CLOSED" && dossier.kind === "DOSSIER" && (
          <>
            {" "}
            <WaitingToggle
              caseId={dossier.id}
              version={dossier.version}
              waiting={dossier.status === "WAITING_FOR_THIRD_PARTY"}
              label={dossier.status === "WAITING_FOR_THIRD_PARTY" ? t("dossier.backToOpen") : t("dossier.setWaiting")}
            />
          </>
        )}
      </div>
      {dossier.status === "CLOSED" && dossier.closedAt && dossier.outcome && (
        <p className="mb-6 rounded border border-slate-400 bg-slate-50 px-3 py-2 font-medium">
          {t("dossier.closed", { date: date(dossier.closedAt), outcome: t(`caseOutcome.${dossier.outcome}`) })}
        </p>
      )}
      {dossier.reopenings.length > 0 && (
        <section aria-labelledby="reopenings-title" className="mb-6">
          <h2 id="reopenings-title" className="text-lg font-semibold">
            {t("dossier.reopenings")}
          </h2>
          <ul className="list-disc pl-6">
            {dossier.reopenings.map((reopening) => (
              <li key={reopening.id}>
                {t("dossier.reopened", {
                  closed: date(reopening.closedAt),
                  outcome: t(`caseOutcome.${reopening.outcome}`),
                  reopened: date(reopening.reopenedAt),
                  name: reopening.reopenedBy.name,
                  reason: reopening.reason,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {samengevoegd === "1" && (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("duplicates.done")}
        </p>
      )}
      {overgedragen === "1" && (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("handover.doneStillReadable")}
        </p>
      )}
      {dossier.handovers.length > 0 && (
        <section aria-labelledby="handovers-title" className="mb-6">
          <h2 id="handovers-title" className="text-lg font-semibold">
            {t("handover.history")}
          </h2>
          <ul className="space-y-2">
            {dossier.handovers.map((handover) => (
              <li key={handover.id} className="rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
                <p className="text-sm text-slate-700">
                  {t("handover.entry", {
                    date: dateTime(handover.handedOverAt),
                    from: handover.fromAdvisor?.name ?? t("handover.fromList"),
                    to: handover.toAdvisor.name,
                    by: handover.handedOverBy.name,
                  })}
                </p>
                <p className="whitespace-pre-wrap">{handover.note}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Section title={t("dossier.question")}>
            <p className="whitespace-pre-wrap">{dossier.question}</p>
            {dossier.status !== "CLOSED" && dossier.kind === "DOSSIER" && (
              <VersionedTextEditor
                target={{ kind: "question", caseId: dossier.id }}
                body={dossier.question ?? ""}
                version={dossier.version}
              />
            )}
            <h3 className="mt-3 font-semibold">{t("caseDomains.title")}</h3>
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
                    {domainsChangeable && !primary && (
                      <RemoveCaseDomainButton caseId={dossier.id} legalDomainId={legalDomain.id} name={domain} />
                    )}
                  </li>
                );
              })}
            </ul>
            {domainsChangeable && (
              <details className="mt-2 rounded border border-slate-300 px-3 py-2">
                <summary className="cursor-pointer font-medium">{t("caseDomains.add")}</summary>
                <p className="mt-2 text-sm text-slate-700">{t("caseDomains.hint")}</p>
                <AddCaseDomainForm
                  caseId={dossier.id}
                  domains={domainTree.map((top) => ({
                    id: top.id,
                    label: name(top),
                    children: top.children.map((child) => ({ id: child.id, label: name(child) })),
                  }))}
                />
              </details>
            )}
          </Section>
          <Section title={t("caseOtherParty.title")}>
            <p>{otherParty ?? t("caseOtherParty.none")}</p>
            {dossier.otherParty && (
              <p className="text-sm text-slate-700">
                {[dossier.otherParty.department, dossier.otherParty.postalAddress, dossier.otherParty.postcodeTown]
                  .filter(Boolean)
                  .join(", ")}
              </p>
            )}
            {dossier.kind === "DOSSIER" && (
              <details className="mt-2 rounded border border-slate-300 px-3 py-2">
                <summary className="cursor-pointer font-medium">{t("caseOtherParty.change")}</summary>
                <CaseOtherPartyForm
                  caseId={dossier.id}
                  choices={otherPartyChoices}
                  current={{ otherPartyId: dossier.otherParty?.id ?? null, typedName: dossier.otherPartyName }}
                />
              </details>
            )}
          </Section>
          <Section title={t("dossier.notes")}>
            {dossier.notes.length === 0 ? (
              <p>{t("dossier.noNotes")}</p>
            ) : (
              <ul className="mb-4 space-y-3">
                {dossier.notes.map((note) => (
                  <li key={note.id} className="rounded border border-slate-300 px-3 py-2">
                    <p className="text-sm text-slate-700">
                      {dateTime(note.createdAt)} · {note.author.name}
                      {note.editedAt &&
                        note.editedBy &&
                        ` · ${t("noteEdit.edited", { name: note.editedBy.name, date: dateTime(note.editedAt) })}`}
                    </p>
                    <p className="whitespace-pre-wrap">{note.body}</p>
                    {note.revisions.length > 0 && (
                      <details className="mt-1 text-sm">
                        <summary className="cursor-pointer text-brand-800 underline">
                          {t("noteEdit.history", { count: note.revisions.length })}
                        </summary>
                        <ul className="mt-1 space-y-2">
                          {note.revisions.map((revision) => (
                            <li key={revision.version} className="border-l-2 border-slate-300 pl-2">
                              <p className="text-slate-700">
                                {t("noteEdit.revision", {
                                  version: revision.version,
                                  name: revision.writtenBy.name,
                                  date: dateTime(revision.replacedAt),
                                })}
                              </p>
                              <p className="whitespace-pre-wrap">{revision.body}</p>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                    {noteEditRefusal(actor, { ...note, case: dossier }) === null && (
                      <VersionedTextEditor
                        target={{ kind: "note", noteId: note.id }}
                        body={note.body}
                        version={note.version}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {dossier.status !== "CLOSED" && <NoteForm caseId={dossier.id} submissionId={newSubmissionId()} />}
          </Section>
          <Section title={t("referrals.title")}>
            <ReferralsSection caseId={dossier.id} closed={dossier.status === "CLOSED"} />
          </Section>
          <Section title={t("dossier.actions")}>
            {dossier.actions.length === 0 ? (
              <p>–</p>
            ) : (
              <ul className="mb-4 space-y-2">
                {dossier.actions.map((action) => {
                  const what = [
                    date(action.performedAt),
                    t(`caseActionKind.${action.kind}`),
                    action.minutes === null ? null : minutes(action.minutes),
                  ]
                    .filter(Boolean)
                    .join(" · ");
                  return (
                    <li key={action.id}>
                      <span className="font-medium">{what}</span> ({action.performedBy.name})
                      {action.description && <span className="block">{action.description}</span>}
                      {dossier.kind === "DOSSIER" && isActionChangeable(action, actor, now) && (
                        <details>
                          <summary className="cursor-pointer text-sm text-brand-800 underline">
                            {t("caseActions.change")}
                            <span className="sr-only">: {what}</span>
                          </summary>
                          <ChangeCaseActionForms action={action} kinds={actionKinds} label={what} />
                        </details>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {dossier.kind === "DOSSIER" && dossier.status !== "CLOSED" && (
              <details className="rounded border border-slate-300 px-3 py-2">
                <summary className="cursor-pointer font-medium">{t("caseActions.open")}</summary>
                <p className="mt-2 text-sm text-slate-700">{t("caseActions.changeableHint")}</p>
                <div className="mt-3">
                  <RecordCaseActionForm
                    caseId={dossier.id}
                    kinds={actionKinds}
                    today={amsterdamDay(now)}
                    submissionId={newSubmissionId()}
                  />
                </div>
              </details>
            )}
          </Section>
          {dossier.kind === "QUICK_CONTACT" && (
            <Section title={t("quickContact.promoteTitle")}>
              <PromoteForm caseId={dossier.id} />
            </Section>
          )}
          {dossier.status === "CLOSED" && dossier.kind === "DOSSIER" && (
            <Section title={t("dossier.reopenTitle")}>
              <ReopenCaseForm caseId={dossier.id} version={dossier.version} />
            </Section>
          )}
          {mayHandOver && (
            <Section title={t("handover.title")}>
              <details className="rounded border border-slate-300 px-3 py-2">
                <summary className="cursor-pointer font-medium">{t("handover.show")}</summary>
                <p className="mt-2 max-w-prose text-sm text-slate-700">{t("handover.intro")}</p>
                <div className="mt-3">
                  <HandOverDossierForm
                    by="handOver"
                    caseId={dossier.id}
                    version={dossier.version}
                    advisors={colleagues}
                  />
                </div>
              </details>
            </Section>
          )}
          {dossier.status !== "CLOSED" && (
            <Section title={t("dossier.closeTitle")}>
              <CloseCaseForm
                caseId={dossier.id}
                version={dossier.version}
                suggested={await suggestedOutcome(actor, dossier.id)}
                outcomes={CASE_OUTCOMES.map((value) => ({ value, label: t(`caseOutcome.${value}`) }))}
              />
            </Section>
          )}
        </div>

        <div>
          <Section title={t("dossier.client")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-medium">{t("dossier.born")}</dt>
              <dd>{client.birthYear ?? "–"}</dd>
              <dt className="font-medium">{t("dossier.phone")}</dt>
              <dd>{client.phone ?? "–"}</dd>
              <dt className="font-medium">{t("dossier.email")}</dt>
              <dd>{client.email ?? "–"}</dd>
              <dt className="font-medium">{t("dossier.postcodeArea")}</dt>
              <dd>{client.postcodeArea ?? "–"}</dd>
              <dt className="font-medium">{t("dossier.language")}</dt>
              <dd>{t(`intake.languages.${client.preferredLanguage}`)}</dd>
              <dt className="font-medium">{t("dossier.interpreter")}</dt>
              <dd>{client.needsInterpreter ? t("dossier.yes") : t("dossier.no")}</dd>
              <dt className="font-medium">{t("dossier.consent")}</dt>
              <dd>
                {client.consents.length === 0
                  ? t("dossier.noConsent")
                  : list(
                      client.consents.map(
                        (consent) => `${t(`consentPurpose.${consent.purpose}`)} (${date(consent.givenAt)})`,
                      ),
                      "comma",
                    )}
              </dd>
            </dl>
            <ClientDetailsForm
              caseId={dossier.id}
              client={{
                displayName: client.displayName,
                phone: client.phone,
                email: client.email,
                birthYear: client.birthYear,
                preferredLanguage: client.preferredLanguage,
                needsInterpreter: client.needsInterpreter,
              }}
              languages={CLIENT_LANGUAGES.map((value) => ({ value, label: t(`intake.languages.${value}`) }))}
            />
            {duplicates.length > 0 && (
              <section
                aria-labelledby="duplicates-title"
                className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3"
              >
                <h3 id="duplicates-title" className="font-semibold">
                  {t("duplicates.title")}
                </h3>
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
              </section>
            )}
          </Section>
          <Section title={t("dossier.timeline")}>
            {dossier.visits.length === 0 ? (
              <p>{t("dossier.noVisits")}</p>
            ) : (
              <ul className="space-y-1">
                {dossier.visits.map((visit) => {
                  const when = visit.startedAt ?? visit.arrivedAt ?? visit.plannedStartsAt;
                  return (
                    <li key={visit.id}>
                      {when ? dateTime(when) : "–"} · {t(`visitStatus.${visit.status}`)}
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
          {dossier.kind === "DOSSIER" && (
            <Section title={t("dossierContact.title")}>
              {dossier.contacts.length === 0 ? (
                <p>{t("dossierContact.none")}</p>
              ) : (
                <ul className="mb-4 space-y-2">
                  {dossier.contacts.map((contact) => (
                    <li key={contact.id}>
                      <span className="font-medium">
                        {day(dayOfDateColumn(contact.occurredOn))} · {t(`dossierContact.channels.${contact.channel}`)}
                      </span>{" "}
                      · {minutes(contact.minutes)} · {contact.advisor.name}
                      {contact.note && <span className="block whitespace-pre-line">{contact.note}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {dossier.status !== "CLOSED" && (
                <details className="rounded border border-slate-300 px-3 py-2">
                  <summary className="cursor-pointer font-medium">{t("dossierContact.open")}</summary>
                  <div className="mt-3">
                    <ContactForm caseId={dossier.id} submissionId={newSubmissionId()} today={amsterdamDay(now)} />
                  </div>
                </details>
              )}
            </Section>
          )}
          <Section title={t("dossier.deadlines")}>
            {dossier.deadlines.length === 0 ? (
              <p>{t("dossier.noDeadlines")}</p>
            ) : (
              <ul className="mb-4 space-y-2">
                {dossier.deadlines.map((deadline) => {
                  const due = dayOfDateColumn(deadline.dueOn);
                  const overdue = isOverdue(deadline, now);
                  return (
                    <li key={deadline.id} className={deadline.completedAt ? "text-slate-600" : ""}>
                      <span className={deadline.completedAt ? "line-through" : "font-medium"}>
                        {day(due, "EEEE d MMMM yyyy")}
                      </span>
                      {overdue && (
                        <span className="ml-2 rounded bg-red-100 px-1 text-sm font-semibold text-red-900">
                          {t("deadlines.overdue")}
                        </span>
                      )}
                      <span className="block text-sm">
                        {t(`deadlineKind.${deadline.kind}`)}: {deadline.title}
                      </span>
                      {deadline.completedAt ? (
                        <span className="text-sm">{t("deadlines.done")}</span>
                      ) : (
                        dossier.status !== "CLOSED" && (
                          <CompleteDeadlineButton
                            deadlineId={deadline.id}
                            label={t("deadlines.markDone", { title: deadline.title })}
                          />
                        )
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {dossier.status !== "CLOSED" && (
              <div className="space-y-4">
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
              </div>
            )}
          </Section>
          <Section title={t("time.title")}>
            <p className="mb-3">
              {t("time.total", { minutes: dossier.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0) })}
            </p>
            {dossier.status !== "CLOSED" && <TimeForm caseId={dossier.id} submissionId={newSubmissionId()} />}
          </Section>
          <Section title={t("benefitsPanel.title")}>
            <BenefitsSection caseId={dossier.id} />
          </Section>
          <Section title={t("aftercare.title")}>
            <CaseAftercare actor={actor} caseId={dossier.id} closed={dossier.status === "CLOSED"} />
          </Section>
          <Section title={t("dossier.documents")}>
            <DocumentsPanel
              caseId={dossier.id}
              closed={dossier.status === "CLOSED"}
              documents={dossier.documents.map(({ review, ...document }) => ({
                ...document,
                addedOn: date(document.createdAt),
                reviewStatus: review?.status ?? null,
              }))}
              submissionId={newSubmissionId()}
            />
          </Section>
        </div>
      </div>
    </ClientTexts>
  );
}
