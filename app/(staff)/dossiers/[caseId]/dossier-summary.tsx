import { getTranslations } from "@/lib/i18n/server";
import type { getDossier } from "@/lib/cases/queries";
import { openDeadlines } from "@/lib/cases/timeline";
import { clock } from "@/lib/clock";
import { dayOfDateColumn } from "@/lib/dates";
import { isOverdue } from "@/lib/deadlines/overdue";
import { getStaffFormat } from "@/lib/format/server";

type Dossier = NonNullable<Awaited<ReturnType<typeof getDossier>>>;

function Fact({ term, children, wide }: { term: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2 md:col-span-4" : undefined}>
      <dt className="text-sm font-semibold text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * What the advisor needs before the client sits down, in one view: who, what about, against
 * whom, with whom, and what is due. Everything else is in the timeline below.
 */
export async function DossierSummary({
  dossier,
  deadlinesHref,
}: {
  dossier: Dossier;
  /** Where all open deadlines are listed, when more than one is open. */
  deadlinesHref: string | null;
}) {
  const t = await getTranslations();
  const { name, date, day, list, minutes, advisor: advisorName } = await getStaffFormat();
  const { client } = dossier;
  const [deadline, ...laterDeadlines] = openDeadlines(dossier);
  const openTasks = dossier.aftercareTasks.filter((task) => task.status === "OPEN");
  const otherParty = dossier.otherParty?.name ?? dossier.otherPartyName;
  const firstTask = openTasks[0];
  const domains = dossier.legalDomains.map(({ legalDomain }) =>
    legalDomain.parent ? `${name(legalDomain.parent)} > ${name(legalDomain)}` : name(legalDomain),
  );
  const spent = dossier.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0);
  const contact = [
    client.birthYear ? t("dossierPage.born", { year: client.birthYear }) : null,
    client.phone,
    client.preferredLanguage === "nl" ? null : t(`intake.languages.${client.preferredLanguage}`),
    client.needsInterpreter ? t("dossierPage.interpreter") : null,
  ].filter(Boolean);

  return (
    <section aria-labelledby="summary-title" className="mb-3 rounded border border-slate-300 bg-white p-3">
      <h2 id="summary-title" className="sr-only">
        {t("dossierPage.summary")}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-2 md:grid-cols-4">
        <Fact term={t("dossierPage.question")} wide>
          <span className="line-clamp-2 whitespace-pre-wrap">{dossier.question ?? "–"}</span>
          {domains.length > 0 && <span className="block text-sm text-slate-700">{domains.join(" · ")}</span>}
        </Fact>
        <Fact term={t("dossierPage.client")}>
          {client.displayName}
          {contact.length > 0 && <span className="block text-sm text-slate-700">{contact.join(" · ")}</span>}
        </Fact>
        {dossier.kind === "DOSSIER" && (
          <Fact term={t("dossierPage.otherParty")}>{otherParty ?? t("dossierPage.noOtherParty")}</Fact>
        )}
        <Fact term={t("dossierPage.advisor")}>
          {dossier.responsibleAdvisor ? advisorName(dossier.responsibleAdvisor) : t("dossier.onCoordinatorsList")}
        </Fact>
        <Fact term={t("dossierPage.status")}>
          {t("dossierPage.openedOn", { status: t(`caseStatus.${dossier.status}`), date: date(dossier.openedAt) })}
          {dossier.status === "CLOSED" && dossier.closedAt && dossier.outcome && (
            <span className="block text-sm">
              {t("dossier.closed", { date: date(dossier.closedAt), outcome: t(`caseOutcome.${dossier.outcome}`) })}
            </span>
          )}
        </Fact>
        <Fact term={t("dossierPage.nextDeadline")}>
          {deadline ? (
            <>
              <span className="font-medium">{day(dayOfDateColumn(deadline.dueOn), "EEEE d MMMM yyyy")}</span>
              {isOverdue(deadline, clock.now()) && (
                <span className="ml-2 rounded bg-red-100 px-1 text-sm font-semibold text-red-900">
                  {t("dossierPage.overdue")}
                </span>
              )}
              <span className="block text-sm">{deadline.title}</span>
              {laterDeadlines.length > 0 && deadlinesHref && (
                <a href={deadlinesHref} className="text-sm text-brand-800 underline">
                  {t("dossierPage.moreDeadlines", { count: laterDeadlines.length })}
                </a>
              )}
            </>
          ) : (
            t("dossierPage.noDeadline")
          )}
        </Fact>
        <Fact term={t("dossierPage.aftercare")}>
          {firstTask?.dueOn
            ? t("dossierPage.aftercareNext", {
                count: openTasks.length,
                date: day(dayOfDateColumn(firstTask.dueOn), "d MMMM yyyy"),
              })
            : t("dossierPage.aftercareCount", { count: openTasks.length })}
        </Fact>
        <Fact term={t("dossierPage.time")}>{minutes(spent)}</Fact>
        <Fact term={t("dossier.consent")}>
          {client.consents.length === 0
            ? t("dossier.noConsent")
            : list(
                client.consents.map(
                  (consent) => `${t(`consentPurpose.${consent.purpose}`)} (${date(consent.givenAt)})`,
                ),
                "comma",
              )}
        </Fact>
      </dl>
    </section>
  );
}
