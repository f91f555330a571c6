import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { QuickContactForm } from "@/components/cases/quick-contact-form";
import { ClientTexts } from "@/components/client-texts";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getNewDossierContext } from "@/lib/cases/queries";
import { CASE_ACTION_KINDS, CASE_OUTCOMES } from "@/lib/cases/schema";
import { newSubmissionId } from "@/lib/form-state";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quickContact"))("title") };
}

export default async function QuickContactPage({ searchParams }: { searchParams: Promise<{ bezoek?: string }> }) {
  const actor = await requirePageRole(CASE_ROLES);
  const { bezoek } = await searchParams;
  const { visit, domains } = await getNewDossierContext(actor, String(bezoek ?? ""));
  const t = await getTranslations();
  const { name: label } = await getStaffFormat();

  return (
    <ClientTexts namespaces={["caseForms", "quickContact"]}>
      <h1 className="text-3xl font-bold">{t("quickContact.title")}</h1>
      {!visit || visit.caseId ? (
        <p className="mt-4">{visit ? t("dossier.alreadyHasDossier") : t("dossier.visitNotFound")}</p>
      ) : (
        <>
          <p className="mb-2 text-lg">
            {t("dossier.client")}: <strong>{visit.client.displayName}</strong>
          </p>
          <p className="mb-6 max-w-2xl text-slate-700">{t("quickContact.intro")}</p>
          <QuickContactForm
            visitId={visit.id}
            submissionId={newSubmissionId()}
            defaultDomainId={visit.category?.id}
            domains={domains.map((domain) => ({
              id: domain.id,
              label: label(domain),
              children: domain.children.map((child) => ({ id: child.id, label: label(child) })),
            }))}
            actions={CASE_ACTION_KINDS.map((kind) => ({ value: kind, label: t(`caseActionKind.${kind}`) }))}
            outcomes={CASE_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`caseOutcome.${outcome}`) }))}
          />
        </>
      )}
    </ClientTexts>
  );
}
