import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { SelectField, TextField } from "@/components/form/field";
import { requirePageRole } from "@/lib/auth/session";
import { countLettersToReview } from "@/lib/letters/review-queries";
import { getAdvisorAgenda, listDossiers, listTopLegalDomains } from "@/lib/cases/queries";
import { dayOfDateColumn } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { clock } from "@/lib/clock";
import { isOverdue } from "@/lib/deadlines/overdue";
import { CASE_ROLES } from "@/lib/auth/policy";
import { SubmitButton } from "@/components/form/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dossiers"))("title") };
}

export default async function MyDossiersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(CASE_ROLES);
  const params = await searchParams;
  const [{ filter, total, pages, dossiers }, agenda, domains, lettersToReview] = await Promise.all([
    listDossiers(actor, {
      status: params.status,
      domain: params.domein,
      query: params.zoek,
      scope: params.welke,
      page: params.pagina,
    }),
    getAdvisorAgenda(actor),
    listTopLegalDomains(),
    countLettersToReview(actor),
  ]);
  const t = await getTranslations();
  const { name, date, day: calendarDay, advisor: advisorName } = await getStaffFormat();
  const day = (column: Date) => calendarDay(dayOfDateColumn(column), "d MMM yyyy");
  const now = clock.now();
  const p = await getTranslations("pagination");
  const pageHref = (page: number) => {
    const query = new URLSearchParams({
      status: filter.status,
      welke: filter.scope,
      ...(filter.domain ? { domein: filter.domain } : {}),
      ...(filter.query ? { zoek: filter.query } : {}),
      pagina: String(page),
    });
    return `/dossiers?${query.toString()}`;
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{t("dossiers.title")}</h1>
      {params.overgedragen === "1" && (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("handover.handedOver")}
        </p>
      )}
      <p className="mb-6 text-slate-700">{t("dossiers.count", { count: total })}</p>
      {lettersToReview > 0 && (
        <p className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          <Link href="/te-beoordelen" className="font-semibold text-brand-800 underline">
            {t("letterReview.waiting", { count: lettersToReview })}
          </Link>
        </p>
      )}

      <section aria-labelledby="agenda" className="mb-8 grid gap-6 md:grid-cols-2">
        <h2 id="agenda" className="sr-only">
          {t("dossiers.agenda")}
        </h2>
        <div>
          <h3 className="mb-2 text-xl font-semibold">{t("dossiers.dueSoon")}</h3>
          {agenda.deadlines.length === 0 ? (
            <p>{t("dossiers.noDueSoon")}</p>
          ) : (
            <ul className="space-y-1">
              {agenda.deadlines.map((deadline) => (
                <li key={deadline.id}>
                  <span className="font-medium">{day(deadline.dueOn)}</span>
                  {isOverdue(deadline, now) && (
                    <span className="ml-2 rounded bg-red-100 px-1 text-sm font-semibold text-red-900">
                      {t("dossiers.overdue")}
                    </span>
                  )}{" "}
                  <Link href={`/dossiers/${deadline.case.id}`} className="text-brand-800 underline">
                    {deadline.case.client.displayName}
                  </Link>
                  : {deadline.title}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-xl font-semibold">{t("dossiers.noNextStep")}</h3>
          {agenda.withoutNextStep.length === 0 ? (
            <p>{t("dossiers.allHaveNextStep")}</p>
          ) : (
            <ul className="space-y-1">
              {agenda.withoutNextStep.map((dossier) => (
                <li key={dossier.id}>
                  <Link href={`/dossiers/${dossier.id}`} className="text-brand-800 underline">
                    {dossier.client.displayName}
                  </Link>{" "}
                  ({t("dossiers.openedAt").toLowerCase()} {date(dossier.openedAt)})
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <form method="get" aria-label={t("dossiers.filters")} className="mb-6 flex flex-wrap items-end gap-3">
        <TextField
          id="zoek"
          name="zoek"
          type="search"
          label={t("dossiers.search")}
          defaultValue={filter.query ?? ""}
          controlWidth="w-auto"
        />
        <SelectField
          id="status"
          name="status"
          label={t("dossiers.statusFilter")}
          defaultValue={filter.status}
          controlWidth="w-auto"
        >
          <option value="ACTIVE">{t("dossiers.active")}</option>
          {(["OPEN", "WAITING_FOR_THIRD_PARTY", "CLOSED"] as const).map((status) => (
            <option key={status} value={status}>
              {t(`caseStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="domein"
          name="domein"
          label={t("dossiers.domainFilter")}
          defaultValue={filter.domain ?? ""}
          controlWidth="w-auto"
        >
          <option value="">{t("dossiers.allDomains")}</option>
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {name(domain)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="welke"
          name="welke"
          label={t("dossiers.scopeFilter")}
          defaultValue={filter.scope}
          controlWidth="w-auto"
        >
          <option value="all">{t("dossiers.scopeAll")}</option>
          <option value="mine">{t("dossiers.scopeMine")}</option>
        </SelectField>
        <SubmitButton>{t("dossiers.apply")}</SubmitButton>
      </form>

      {dossiers.length === 0 ? (
        <p>{t("dossiers.empty")}</p>
      ) : (
        <DataTable
          caption={t("dossiers.title")}
          headers={[
            t("dossiers.client"),
            t("dossiers.domain"),
            t("dossiers.status"),
            t("dossiers.responsible"),
            t("dossiers.nextDeadline"),
            t("dossiers.lastContact"),
            t("dossiers.aftercare"),
          ]}
          rows={dossiers.map((dossier) => {
            const domain = dossier.legalDomains[0]?.legalDomain;
            const deadline = dossier.deadlines[0];
            const advisor = dossier.responsibleAdvisor;
            return [
              <Link key="client" href={`/dossiers/${dossier.id}`} className="font-semibold text-brand-800 underline">
                {dossier.client.displayName}
              </Link>,
              domain ? name(domain) : t("dossiers.none"),
              t(`caseStatus.${dossier.status}`),
              !advisor
                ? t("dossier.onCoordinatorsList")
                : advisor.id === actor.userId
                  ? t("dossiers.none")
                  : advisorName(advisor),
              deadline ? (
                <span key="deadline" className={isOverdue(deadline, now) ? "font-semibold text-red-900" : ""}>
                  {day(deadline.dueOn)}
                </span>
              ) : (
                t("dossiers.none")
              ),
              dossier.visits[0] ? date(dossier.visits[0].createdAt) : t("dossiers.none"),
              dossier._count.aftercareTasks || t("dossiers.none"),
            ];
          })}
        />
      )}
      {pages > 1 && (
        <nav aria-label={p("label")} className="mt-4 flex flex-wrap items-center gap-4">
          {filter.page > 1 && (
            <Link href={pageHref(filter.page - 1)} className="text-brand-800 underline">
              {p("previous")}
            </Link>
          )}
          <span aria-current="page">{p("page", { page: Math.min(filter.page, pages), pages })}</span>
          {filter.page < pages && (
            <Link href={pageHref(filter.page + 1)} className="text-brand-800 underline">
              {p("next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
