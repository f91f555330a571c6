import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { AssignDossierForm } from "@/components/cases/assign-dossier-form";
import { RecordCredentialForm, RemoveCredentialForm } from "@/components/credentials/credential-forms";
import { DataTable } from "@/components/data-table";
import { CREDENTIAL_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { listDossiersWithoutAdvisor } from "@/lib/cases/coordinators-list";
import { listOpenDossiersPerAdvisor } from "@/lib/cases/workload";
import { listAdvisorCredentials } from "@/lib/credentials/queries";
import { getStaffFormat } from "@/lib/format/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("credentials"))("title") };
}

const STATUS_STYLE = {
  valid: "",
  expiring: "font-semibold text-amber-900",
  expired: "font-semibold text-red-800",
} as const;

/**
 * The coordinator's page of the advisors: the dossiers an advisor who left put on the coordinator's
 * list, to give each to a colleague; and what each advisor has on record, and what runs out soon.
 */
export default async function AdvisorCredentialsPage() {
  const actor = await requirePageRole(CREDENTIAL_ROLES);
  const [advisors, withoutAdvisor, workload] = await Promise.all([
    listAdvisorCredentials(actor),
    listDossiersWithoutAdvisor(actor),
    listOpenDossiersPerAdvisor(actor),
  ]);
  const t = await getTranslations("credentials");
  const h = await getTranslations("handover");
  const { day, date, role, name } = await getStaffFormat();
  const choices = advisors.map((advisor) => ({ id: advisor.id, name: advisor.name }));
  const warnings = advisors.flatMap((advisor) => advisor.credentials).filter((c) => c.status !== "valid").length;
  return (
    <ClientTexts namespaces={["credentials"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t("intro")}</p>
      {warnings > 0 && (
        <p role="status" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          {t("warning", { count: warnings })}
        </p>
      )}
      {withoutAdvisor.length > 0 && (
        <section aria-labelledby="without-advisor" className="mb-10">
          <h2 id="without-advisor" className="mb-2 text-2xl font-semibold">
            {t("withoutAdvisorTitle")}
          </h2>
          <p className="mb-3 max-w-3xl text-slate-700">{t("withoutAdvisorIntro")}</p>
          <DataTable
            caption={t("withoutAdvisorTitle")}
            headers={[t("openedOn"), t("subject"), t("nextDeadline"), t("openTasks"), t("assign")]}
            rowKeys={withoutAdvisor.map((dossier) => dossier.caseId)}
            rows={withoutAdvisor.map((dossier) => {
              const subject = dossier.legalDomain ? name(dossier.legalDomain) : t("noSubject");
              return [
                date(dossier.openedAt),
                subject,
                dossier.nextDeadline ? day(dossier.nextDeadline) : "–",
                dossier.openTasks,
                <AssignDossierForm
                  key="assign"
                  caseId={dossier.caseId}
                  label={t("dossierLabel", { subject, opened: date(dossier.openedAt) })}
                  advisors={choices}
                />,
              ];
            })}
          />
        </section>
      )}
      {workload.length > 0 && (
        <section aria-labelledby="workload" className="mb-10">
          <h2 id="workload" className="mb-2 text-2xl font-semibold">
            {h("perAdvisorTitle")}
          </h2>
          <p className="mb-3 max-w-3xl text-slate-700">{h("perAdvisorIntro")}</p>
          <DataTable
            caption={h("perAdvisorTitle")}
            headers={[
              h("advisorColumn"),
              h("openColumn"),
              h("waitingColumn"),
              h("oldestColumn"),
              h("nextDeadlineColumn"),
              h("viewColumn"),
            ]}
            rowKeys={workload.map((advisor) => advisor.id)}
            rows={workload.map((advisor) => [
              `${advisor.name} (${role("ADVISOR", advisor.advisorKind)})`,
              advisor.open,
              advisor.waiting,
              advisor.oldestOpenedAt ? date(advisor.oldestOpenedAt) : "–",
              advisor.nextDeadline ? day(advisor.nextDeadline) : "–",
              <Link key="view" href={`/adviseurs/${advisor.id}`} className="text-brand-800 underline">
                {h("viewLink", { name: advisor.name })}
              </Link>,
            ])}
          />
        </section>
      )}
      {advisors.length === 0 && <p>{t("noAdvisors")}</p>}
      {advisors.map((advisor) => (
        <section key={advisor.id} aria-labelledby={`advisor-${advisor.id}`} className="mb-8">
          <h2 id={`advisor-${advisor.id}`} className="mb-2 text-xl font-semibold">
            {advisor.name} <span className="font-normal text-slate-700">({role("ADVISOR", advisor.advisorKind)})</span>
          </h2>
          {advisor.credentials.length === 0 ? (
            <p className="mb-3">{t("none")}</p>
          ) : (
            <DataTable
              caption={t("caption", { name: advisor.name })}
              headers={[t("kind"), t("description"), t("validUntil"), t("status"), t("actions")]}
              rowKeys={advisor.credentials.map((credential) => credential.id)}
              rows={advisor.credentials.map((credential) => [
                t(`kinds.${credential.kind}`),
                credential.description,
                day(credential.validUntil),
                <span key="status" className={STATUS_STYLE[credential.status]}>
                  {t(`statuses.${credential.status}`)}
                </span>,
                <RemoveCredentialForm
                  key="remove"
                  credentialId={credential.id}
                  label={`${t(`kinds.${credential.kind}`)} ${credential.description}`}
                />,
              ])}
            />
          )}
          <RecordCredentialForm userId={advisor.id} name={advisor.name} />
        </section>
      ))}
    </ClientTexts>
  );
}
