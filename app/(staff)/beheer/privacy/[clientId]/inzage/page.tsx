import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PrintButton } from "@/components/print-button";
import { requirePageRole } from "@/lib/auth/session";
import { dayOfDateColumn } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { exportClientData } from "@/lib/privacy/export";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.sheet"))("title") };
}

/**
 * The subject-access request as a page the client can read and the admin can print: the same
 * data as the JSON download (lib/privacy/export.ts), in plain words (B1).
 */
export default async function SubjectAccessSheet({ params }: PageProps<"/beheer/privacy/[clientId]/inzage">) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const { clientId } = await params;
  const data = await exportClientData(actor, clientId, "html");
  if (!data) notFound();
  const t = await getTranslations();
  const s = await getTranslations("privacy.sheet");
  const { date, day: calendarDay, euro, list, role } = await getStaffFormat();
  const day = (moment: Date | null) => (moment ? date(moment, "d MMMM yyyy") : "–");
  const dateOnly = (value: Date | null) => (value ? calendarDay(dayOfDateColumn(value)) : "–");
  const moment = (value: Date) => date(value, "d MMMM yyyy HH:mm");
  const { client } = data;
  const section = "mb-8 break-inside-avoid-page";
  const h2 = "mb-2 text-2xl font-semibold";

  return (
    <article className="max-w-3xl">
      <p className="mb-4 flex gap-4 print:hidden">
        <Link href={`/beheer/privacy/${client.id}`} className="text-brand-800 underline">
          {t("privacy.back")}
        </Link>
        <PrintButton label={s("print")} />
      </p>
      <h1 className="text-3xl font-bold">{s("title")}</h1>
      <p className="mb-6">{s("intro", { organisation: client.organisation.name, date: day(data.exportedAt) })}</p>

      <section className={section}>
        <h2 className={h2}>{s("aboutYou")}</h2>
        <ul className="list-disc pl-6">
          <li>{s("name", { value: client.displayName })}</li>
          <li>{s("phone", { value: client.phone ?? s("none") })}</li>
          <li>{s("email", { value: client.email ?? s("none") })}</li>
          <li>{s("birthYear", { value: client.birthYear ?? s("none") })}</li>
          <li>{s("postcodeArea", { value: client.postcodeArea ?? s("none") })}</li>
          <li>
            {s("heardVia", {
              value: client.heardVia ? t(`intake.heardViaOptions.${client.heardVia}`) : s("none"),
            })}
          </li>
          <li>
            {s("language", { value: client.preferredLanguage, interpreter: client.needsInterpreter ? "yes" : "no" })}
          </li>
          <li>{s("since", { date: day(client.createdAt) })}</li>
          {client.anonymisedAt && <li>{s("anonymised", { date: day(client.anonymisedAt) })}</li>}
        </ul>
      </section>

      <section className={section}>
        <h2 className={h2}>{s("consents")}</h2>
        {data.consents.length === 0 ? (
          <p>{s("noConsents")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {data.consents.map((consent) => (
              <li key={consent.id}>
                {t(`privacy.purposes.${consent.purpose}`)}:{" "}
                {consent.withdrawnAt
                  ? t("privacy.givenAndWithdrawn", { given: day(consent.givenAt), withdrawn: day(consent.withdrawnAt) })
                  : t("privacy.givenOn", { given: day(consent.givenAt) })}
                {consent.scope && <> · “{consent.scope}”</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={section}>
        <h2 className={h2}>{s("visits")}</h2>
        {data.visits.length === 0 ? (
          <p>{s("noVisits")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {data.visits.map((visit) => (
              <li key={visit.id}>
                {day(visit.startedAt ?? visit.arrivedAt ?? visit.plannedStartsAt ?? visit.createdAt)},{" "}
                {visit.location.name}: {t(`visitStatus.${visit.status}`)}
                {visit.category && <> · {visit.category.nameNl}</>}
                {visit.aftercareTasks.map((task) => (
                  <div key={task.id}>
                    {s("aftercareItem", {
                      title: task.title,
                      who: task.assignee?.name ?? s("nobodyYet"),
                      done: task.status === "DONE" ? "yes" : "no",
                    })}
                  </div>
                ))}
                {[...visit.timeEntries, ...visit.aftercareTasks.flatMap((task) => task.timeEntries)].map((entry) => (
                  <div key={entry.id}>
                    {s("timeItem", {
                      minutes: entry.minutes,
                      kind: t(`timeKind.${entry.kind}`),
                      who: entry.user.name,
                      date: dateOnly(entry.workedOn),
                    })}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={section}>
        <h2 className={h2}>{s("waitingList")}</h2>
        {data.waitingList.length === 0 ? (
          <p>{s("noWaitingList")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {data.waitingList.map((place) => (
              <li key={place.id}>
                {s("waitingItem", {
                  location: place.location.name,
                  since: day(place.createdAt),
                  via: place.addedVia,
                  until: dateOnly(place.until),
                })}
                {place.closedAt && (
                  <> · {s("waitingClosed", { date: day(place.closedAt), reason: place.closedReason ?? "EXPIRED" })}</>
                )}
                {place.note && <div>{s("waitingNote", { note: place.note })}</div>}
                {place.offers.map((offer) => (
                  <div key={offer.id}>
                    {s("offerItem", {
                      offered: moment(offer.offeredAt),
                      slot: moment(offer.slot.startsAt),
                      mailed: offer.mailedAt ? "yes" : "no",
                      result: offer.outcome,
                    })}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={section}>
        <h2 className={h2}>{s("cases")}</h2>
        {data.cases.length === 0 && <p>{s("noCases")}</p>}
        {data.cases.map((found) => (
          <div key={found.id} className="mb-6 border-l-4 border-slate-300 pl-4">
            <h3 className="text-xl font-semibold">
              {t(`monitoring.caseKind.${found.kind}`)} · {s("openedOn", { date: day(found.openedAt) })}
            </h3>
            <ul className="list-disc pl-6">
              <li>{s("question", { value: found.question ?? s("none") })}</li>
              <li>
                {found.responsibleAdvisor ? s("advisor", { name: found.responsibleAdvisor.name }) : s("advisorComing")}
              </li>
              <li>
                {s("domains", {
                  value:
                    list(
                      found.legalDomains.map((domain) => domain.legalDomain.nameNl),
                      "comma",
                    ) || s("none"),
                })}
              </li>
              <li>{s("otherParty", { value: found.otherParty?.name ?? found.otherPartyName ?? s("none") })}</li>
              <li>
                {s("status", { value: t(`caseStatus.${found.status}`) })}
                {found.closedAt && <> · {s("closedOn", { date: day(found.closedAt) })}</>}
                {found.outcome && <> · {t(`caseOutcome.${found.outcome}`)}</>}
              </li>
            </ul>
            <List
              title={s("notes")}
              empty={s("none")}
              items={found.notes.flatMap((note) => [
                ...note.revisions.map((revision) => ({
                  id: `${note.id}-${revision.version}`,
                  text: `${moment(revision.replacedAt)}, ${revision.writtenBy.name} (${s("earlierVersion")}): ${revision.body}`,
                })),
                { id: note.id, text: `${moment(note.createdAt)}, ${note.author.name}: ${note.body}` },
              ])}
            />
            {found.reopenings.length > 0 && (
              <List
                title={s("reopenings")}
                empty={s("none")}
                items={found.reopenings.map((reopening) => ({
                  id: reopening.id,
                  text: s("reopenedItem", {
                    closed: day(reopening.closedAt),
                    outcome: t(`caseOutcome.${reopening.outcome}`),
                    reopened: day(reopening.reopenedAt),
                    name: reopening.reopenedBy.name,
                    reason: reopening.reason,
                  }),
                }))}
              />
            )}
            {found.handovers.length > 0 && (
              <List
                title={s("handovers")}
                empty={s("none")}
                items={found.handovers.map((handover) => ({
                  id: handover.id,
                  text: `${s("handoverItem", {
                    day: day(handover.handedOverAt),
                    from: handover.fromAdvisor?.name ?? s("handoverFromList"),
                    to: handover.toAdvisor.name,
                    name: handover.handedOverBy.name,
                  })}: ${handover.note}`,
                }))}
              />
            )}
            {found.letterReviews.length > 0 && (
              <List
                title={s("letterReviews")}
                empty={s("none")}
                items={found.letterReviews.flatMap((review) => [
                  {
                    id: review.id,
                    text: `${s("letterReviewItem", { title: review.title, day: day(review.createdAt), name: review.author.name })}: ${review.text}`,
                  },
                  ...review.steps
                    .filter((step) => step.comment)
                    .map((step, index) => ({
                      id: `${review.id}-${index}`,
                      text: `${moment(step.at)}, ${step.by.name}: ${step.comment}`,
                    })),
                ])}
              />
            )}
            {found.contacts.length > 0 && (
              <List
                title={s("contacts")}
                empty={s("none")}
                items={found.contacts.map((contact) => ({
                  id: contact.id,
                  text: [
                    s("contactItem", {
                      day: calendarDay(dayOfDateColumn(contact.occurredOn)),
                      channel: t(`dossierContact.channels.${contact.channel}`),
                      minutes: contact.minutes,
                      name: contact.advisor.name,
                    }),
                    contact.note,
                  ]
                    .filter(Boolean)
                    .join(": "),
                }))}
              />
            )}
            <List
              title={s("actions")}
              empty={s("none")}
              items={found.actions.map((action) => ({
                id: action.id,
                text: `${day(action.performedAt)}: ${t(`caseActionKind.${action.kind}`)}${action.description ? ` (${action.description})` : ""}, ${action.performedBy.name}`,
              }))}
            />
            <List
              title={s("deadlines")}
              empty={s("none")}
              items={found.deadlines.map((deadline) => ({
                id: deadline.id,
                text: `${dateOnly(deadline.dueOn)}: ${t(`deadlineKind.${deadline.kind}`)}, ${deadline.title}${deadline.completedAt ? ` (${s("done")})` : ""}`,
              }))}
            />
            <List
              title={s("documents")}
              empty={s("none")}
              items={found.documents.map((document) => ({
                id: document.id,
                text: `${day(document.createdAt)}: ${t(`documents.kinds.${document.kind}`)}, ${document.fileName} (${Math.ceil(document.sizeBytes / 1024)} kB)${document.deletedAt ? ` · ${s("deleted", { date: day(document.deletedAt) })}` : ""}`,
              }))}
            />
            <List
              title={s("aftercare")}
              empty={s("none")}
              items={found.aftercareTasks.map((task) => ({
                id: task.id,
                text: s("aftercareItem", {
                  title: task.title,
                  who: task.assignee?.name ?? s("nobodyYet"),
                  done: task.status === "DONE" ? "yes" : "no",
                }),
              }))}
            />
            <List
              title={s("benefits")}
              empty={s("none")}
              items={found.costBenefitItems.map((item) => ({
                id: item.id,
                text: `${t(`benefitCategory.${item.category}`)}${item.amountCents !== null ? `: ${euro(item.amountCents)}` : ""}${item.description ? ` (${item.description})` : ""}`,
              }))}
            />
            <List
              title={s("time")}
              empty={s("none")}
              items={[...found.timeEntries, ...found.aftercareTasks.flatMap((task) => task.timeEntries)].map(
                (entry) => ({
                  id: entry.id,
                  text: s("timeItem", {
                    minutes: entry.minutes,
                    kind: t(`timeKind.${entry.kind}`),
                    who: entry.user.name,
                    date: dateOnly(entry.workedOn),
                  }),
                }),
              )}
            />
          </div>
        ))}
      </section>

      <section className={section}>
        <h2 className={h2}>{s("referrals")}</h2>
        {data.referrals.length === 0 ? (
          <p>{s("noReferrals")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {data.referrals.map((referral) => (
              <li key={referral.id}>
                {day(referral.createdAt)}:{" "}
                {referral.direction === "OUT"
                  ? s("referredTo", { partner: referral.partner.name })
                  : s("referredBy", { partner: referral.partner.name })}
                {referral.reason && <> · {referral.reason}</>}
                {referral.status && <> · {t(`referrals.status.${referral.status}`)}</>}
                {referral.handover === "WARM" && <> · {s("shared")}</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={section}>
        <h2 className={h2}>{s("audit")}</h2>
        <p className="mb-2">{s("auditExplained")}</p>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{s("audit")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="px-2 py-1">
                {s("auditWhen")}
              </th>
              <th scope="col" className="px-2 py-1">
                {s("auditWho")}
              </th>
              <th scope="col" className="px-2 py-1">
                {s("auditWhat")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.audit.map((event, index) => (
              <tr key={index} className="border-b border-slate-200">
                <td className="px-2 py-1">{moment(event.occurredAt)}</td>
                <td className="px-2 py-1">
                  {event.actor
                    ? `${event.actor.name}${event.actorRole ? ` (${role(event.actorRole)})` : ""}`
                    : s("system")}
                </td>
                <td className="px-2 py-1">
                  {event.access === "READ" ? s("looked") : s("changed")} · {event.action}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

function List({ title, empty, items }: { title: string; empty: string; items: { id: string; text: string }[] }) {
  return (
    <div className="mt-2">
      <h4 className="font-semibold">{title}</h4>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="list-disc pl-6">
          {items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
