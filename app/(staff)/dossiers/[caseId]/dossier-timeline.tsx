import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ChangeCaseActionForms } from "@/components/cases/case-action-forms";
import { DocumentDeleteButton } from "@/components/cases/document-delete-button";
import { VersionedTextEditor } from "@/components/cases/versioned-text-editor";
import type { Actor } from "@/lib/auth/actor";
import { isActionChangeable } from "@/lib/cases/case-actions";
import { noteEditRefusal } from "@/lib/cases/edit-case-note";
import type { getDossier } from "@/lib/cases/queries";
import { CASE_ACTION_KINDS } from "@/lib/cases/schema";
import { TIMELINE_FILTERS, type TimelineEntry, type TimelineFilter } from "@/lib/cases/timeline";
import { clock } from "@/lib/clock";
import { dayOfDateColumn } from "@/lib/dates";
import { isOverdue } from "@/lib/deadlines/overdue";
import { getStaffFormat } from "@/lib/format/server";

type Dossier = NonNullable<Awaited<ReturnType<typeof getDossier>>>;

/** Enough for the last few visits' worth; a year of history is one link away. */
const FIRST_ENTRIES = 15;
const MB = 1024 * 1024;

const MARKER: Record<TimelineEntry["kind"], string> = {
  OPENED: "border-slate-400",
  VISIT: "border-brand-700",
  AFTERCARE: "border-green-700",
  CONTACT: "border-brand-700",
  NOTE: "border-slate-500",
  ACTION: "border-green-700",
  DEADLINE: "border-red-700",
  REFERRAL: "border-amber-600",
  DOCUMENT: "border-slate-500",
  TIME: "border-slate-400",
  HANDOVER: "border-brand-700",
  REOPENED: "border-slate-700",
  CLOSED: "border-slate-700",
};

/**
 * The dossier as one timeline, newest first: visits, contact, notes, actions, deadlines,
 * referrals, documents, time and the dossier's own course. The filters are links, so they work
 * without scripts and keep the open form (or none) as it was.
 */
export async function DossierTimeline({
  actor,
  dossier,
  entries,
  filter,
  showAll,
  address,
}: {
  actor: Actor;
  dossier: Dossier;
  entries: TimelineEntry[];
  filter: TimelineFilter;
  showAll: boolean;
  /** The page's address with the given query, so a filter keeps the rest of the view. */
  address: (query: Record<string, string | undefined>) => string;
}) {
  const t = await getTranslations();
  const format = await getStaffFormat();
  const { date, dateTime, day, minutes } = format;
  const now = clock.now();
  const actionKinds = CASE_ACTION_KINDS.map((kind) => ({ value: kind, label: t(`caseActionKind.${kind}`) }));
  const shown = showAll ? entries : entries.slice(0, FIRST_ENTRIES);
  const size = (bytes: number) =>
    bytes < MB
      ? t("documents.sizeKb", { size: Math.max(1, Math.ceil(bytes / 1024)) })
      : t("documents.sizeMb", { size: bytes / MB });

  function describe(entry: TimelineEntry): { when: string; title: string; by?: string; body?: React.ReactNode } {
    switch (entry.kind) {
      case "OPENED":
        return {
          when: dateTime(entry.at),
          title: dossier.kind === "QUICK_CONTACT" ? t("dossierPage.openedQuick") : t("dossierPage.entries.OPENED"),
        };
      case "VISIT":
        return {
          when: dateTime(entry.at),
          title: `${t("dossierPage.entries.VISIT")}: ${t(`visitStatus.${entry.visit.status}`)}`,
        };
      case "CONTACT": {
        const { contact } = entry;
        return {
          when: day(dayOfDateColumn(contact.occurredOn)),
          title: `${t(`dossierContact.channels.${contact.channel}`)} · ${minutes(contact.minutes)}`,
          by: contact.advisor.name,
          body: contact.note && <p className="whitespace-pre-line">{contact.note}</p>,
        };
      }
      case "NOTE": {
        const { note } = entry;
        return {
          when: dateTime(note.createdAt),
          title: t("dossierPage.entries.NOTE"),
          by:
            note.author.name +
            (note.editedAt && note.editedBy
              ? ` · ${t("noteEdit.edited", { name: note.editedBy.name, date: dateTime(note.editedAt) })}`
              : ""),
          body: (
            <>
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
            </>
          ),
        };
      }
      case "ACTION": {
        const { action } = entry;
        const what = [
          date(action.performedAt),
          t(`caseActionKind.${action.kind}`),
          action.minutes === null ? null : minutes(action.minutes),
        ]
          .filter(Boolean)
          .join(" · ");
        return {
          when: date(action.performedAt),
          title: [t(`caseActionKind.${action.kind}`), action.minutes === null ? null : minutes(action.minutes)]
            .filter(Boolean)
            .join(" · "),
          by: action.performedBy.name,
          body: (
            <>
              {action.description && <p>{action.description}</p>}
              {dossier.kind === "DOSSIER" && isActionChangeable(action, actor, now) && (
                <ChangeCaseActionForms
                  action={action}
                  kinds={actionKinds}
                  label={what}
                  folded={{
                    title: (
                      <>
                        {t("caseActions.change")}
                        <span className="sr-only">: {what}</span>
                      </>
                    ),
                    summaryClassName: "cursor-pointer text-sm text-brand-800 underline",
                  }}
                />
              )}
            </>
          ),
        };
      }
      case "DEADLINE": {
        const { deadline } = entry;
        const due = day(dayOfDateColumn(deadline.dueOn), "EEEE d MMMM yyyy");
        return {
          when: dateTime(deadline.createdAt),
          title: `${t("dossierPage.entries.DEADLINE")}: ${t(`deadlineKind.${deadline.kind}`)}`,
          by: deadline.createdBy.name,
          body: (
            <>
              <p className={deadline.completedAt ? "text-slate-700 line-through" : "font-medium"}>
                {t("dossierPage.deadlineDue", { due, title: deadline.title })}
              </p>
              {isOverdue(deadline, now) && (
                <span className="rounded bg-red-100 px-1 text-sm font-semibold text-red-900">
                  {t("deadlines.overdue")}
                </span>
              )}
              {deadline.completedAt && <p className="text-sm">{t("deadlines.done")}</p>}
            </>
          ),
        };
      }
      case "REFERRAL": {
        const { referral } = entry;
        return {
          when: dateTime(referral.createdAt),
          title:
            referral.direction === "OUT"
              ? t("dossierPage.referredTo", { partner: referral.partner.name })
              : t("dossierPage.referredBy", { partner: referral.partner.name }),
          by: referral.createdBy?.name,
          body: (
            <>
              {referral.reason && <p>{referral.reason}</p>}
              {referral.status && (
                <p className="text-sm">
                  {t("referrals.statusLabel")}: {t(`referrals.status.${referral.status}`)}
                </p>
              )}
            </>
          ),
        };
      }
      case "DOCUMENT": {
        const { document } = entry;
        return {
          when: dateTime(document.createdAt),
          title: t("dossierPage.entries.DOCUMENT"),
          by: document.uploadedBy.name,
          body: (
            <>
              <a
                href={`/dossiers/${encodeURIComponent(dossier.id)}/documenten/${encodeURIComponent(document.id)}`}
                target="_blank"
                rel="noopener"
                className="font-medium break-all text-brand-800 underline hover:text-brand-700"
              >
                {document.fileName}
                <span className="sr-only"> {t("documents.opensInNewTab")}</span>
              </a>
              {document.review && document.review.status !== "APPROVED" && (
                <p className="font-semibold text-red-800">{t(`documents.review.${document.review.status}`)}</p>
              )}
              <p className="text-sm text-slate-700">
                {t(`documents.kinds.${document.kind}`)} · {size(document.sizeBytes)}
              </p>
              <DocumentDeleteButton caseId={dossier.id} documentId={document.id} fileName={document.fileName} />
            </>
          ),
        };
      }
      case "AFTERCARE": {
        const { task } = entry;
        const spent = task.timeEntries.reduce((sum, time) => sum + time.minutes, 0);
        return {
          when: dateTime(entry.at),
          title: [`${t("dossierPage.entries.AFTERCARE")}: ${task.title}`, spent ? minutes(spent) : null]
            .filter(Boolean)
            .join(" · "),
          by: task.assignee?.name,
          body: (
            <p className="text-sm">
              {task.status === "DONE"
                ? t("dossierPage.aftercareDone", { name: task.assignee?.name ?? "–" })
                : task.dueOn
                  ? t("dossierPage.aftercarePlanned", { due: day(dayOfDateColumn(task.dueOn)) })
                  : t("dossierPage.aftercareOpen")}
            </p>
          ),
        };
      }
      case "TIME": {
        const { entry: time } = entry;
        return {
          when: day(dayOfDateColumn(time.workedOn)),
          title: `${t("dossierPage.entries.TIME")}: ${minutes(time.minutes)}`,
          by: time.user.name,
          body: time.description && <p>{time.description}</p>,
        };
      }
      case "HANDOVER": {
        const { handover } = entry;
        return {
          when: dateTime(handover.handedOverAt),
          title: t("dossierPage.handedOver", {
            from: handover.fromAdvisor?.name ?? t("handover.fromList"),
            to: handover.toAdvisor.name,
          }),
          by: handover.handedOverBy.name,
          body: <p className="whitespace-pre-wrap">{handover.note}</p>,
        };
      }
      case "REOPENED":
        return {
          when: dateTime(entry.at),
          title: t("dossierPage.entries.REOPENED"),
          by: entry.reopening.reopenedBy.name,
          body: <p>{t("dossierPage.reopenedBecause", { reason: entry.reopening.reason })}</p>,
        };
      case "CLOSED":
        return {
          when: dateTime(entry.at),
          title: `${t("dossierPage.entries.CLOSED")}: ${t(`caseOutcome.${entry.outcome}`)}`,
        };
    }
  }

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="text-xl font-semibold">
        {t("dossierPage.timeline")}
      </h2>
      <nav aria-label={t("dossierPage.filter")} className="mt-1 mb-2 print:hidden">
        <ul className="flex flex-wrap gap-1.5">
          {(Object.keys(TIMELINE_FILTERS) as TimelineFilter[]).map((option) => (
            <li key={option}>
              <Link
                href={address({ toon: option === "alles" ? undefined : option })}
                scroll={false}
                aria-current={option === filter ? "true" : undefined}
                className="inline-block rounded-full border border-slate-500 px-2.5 py-0.5 text-sm hover:bg-slate-100 aria-[current=true]:border-brand-800 aria-[current=true]:bg-brand-800 aria-[current=true]:text-white"
              >
                {t(`dossierPage.filters.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {shown.length === 0 ? (
        <p>{t("dossierPage.nothing")}</p>
      ) : (
        <ol aria-labelledby="timeline-title" className="space-y-2">
          {shown.map((entry) => {
            const { when, title, by, body } = describe(entry);
            return (
              <li key={`${entry.kind}-${entry.key}`} className={`border-l-4 ${MARKER[entry.kind]} bg-white py-1 pl-3`}>
                <p className="text-sm text-slate-700">
                  {when}
                  {by && ` · ${by}`}
                </p>
                <p className="font-semibold">{title}</p>
                {body}
              </li>
            );
          })}
        </ol>
      )}
      {!showAll && entries.length > FIRST_ENTRIES && (
        <p className="mt-3">
          <Link href={address({ alle: "1" })} scroll={false} className="text-brand-800 underline">
            {t("dossierPage.showAll", { count: entries.length })}
          </Link>
        </p>
      )}
    </section>
  );
}
