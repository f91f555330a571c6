import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { HandOverDossierForm } from "@/components/cases/hand-over-dossier-form";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { HANDOVER_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { listAdvisorsToHandOverTo, listOpenDossiersOf } from "@/lib/cases/workload";
import { getStaffFormat } from "@/lib/format/server";
import { recordIdFromUrl } from "@/lib/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover"))("perAdvisorTitle") };
}

/**
 * One advisor's open dossiers for the coordinator, to give one to a colleague (absence, workload):
 * dates and counts, never the client or the question.
 */
export default async function AdvisorDossiersPage({
  params,
  searchParams,
}: {
  params: Promise<{ advisorId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(HANDOVER_ROLES);
  const { advisorId } = await params;
  const { overgedragen } = await searchParams;
  const [found, advisors] = await Promise.all([
    listOpenDossiersOf(actor, recordIdFromUrl(advisorId)),
    listAdvisorsToHandOverTo(actor),
  ]);
  if (!found) notFound();
  const { advisor, dossiers } = found;
  const t = await getTranslations("handover");
  const { date, day } = await getStaffFormat();
  // Not the coordinator themself: coordinating gives no right to read a dossier.
  const colleagues = advisors.filter((colleague) => colleague.id !== advisor.id && colleague.id !== actor.userId);
  return (
    <ClientTexts namespaces={["handover"]}>
      <Link href="/adviseurs" className="text-brand-800 underline">
        {t("back")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{t("pageTitle", { name: advisor.name })}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("pageIntro")}</p>
      {overgedragen === "1" && (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("done")}
        </p>
      )}
      {!advisor.active && <p className="mb-4 font-medium">{t("inactive", { name: advisor.name })}</p>}
      {dossiers.length === 0 ? (
        <p>{t("noOpen", { name: advisor.name })}</p>
      ) : (
        <DataTable
          caption={t("pageTitle", { name: advisor.name })}
          headers={[
            t("openedColumn"),
            t("statusColumn"),
            t("lastVisitColumn"),
            t("nextDeadlineColumn"),
            t("openTasksColumn"),
            t("reassignColumn"),
          ]}
          rowKeys={dossiers.map((dossier) => dossier.caseId)}
          rows={dossiers.map((dossier, index) => [
            date(dossier.openedAt),
            dossier.waiting ? t("waiting") : t("open"),
            dossier.lastVisitAt ? date(dossier.lastVisitAt) : "–",
            dossier.nextDeadline ? day(dossier.nextDeadline) : "–",
            dossier.openTasks,
            <HandOverDossierForm
              key="reassign"
              by="reassign"
              caseId={dossier.caseId}
              version={dossier.version}
              label={t("dossierLabel", { number: index + 1, opened: date(dossier.openedAt) })}
              advisors={colleagues}
            />,
          ])}
        />
      )}
    </ClientTexts>
  );
}
