import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { LinkVisitForm } from "@/components/cases/link-visit-form";
import { OpenDossierForm } from "@/components/cases/open-dossier-form";
import { ClientTexts } from "@/components/client-texts";
import { getNewDossierContext } from "@/lib/cases/queries";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { newSubmissionId } from "@/lib/form-state";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dossier"))("newTitle") };
}

export default async function NewDossierPage({ searchParams }: { searchParams: Promise<{ bezoek?: string }> }) {
  const actor = await requirePageRole(CASE_ROLES);
  const { bezoek } = await searchParams;
  const { visit, domains, openDossiers } = await getNewDossierContext(actor, String(bezoek ?? ""));
  const t = await getTranslations("dossier");
  const { name: label, date } = await getStaffFormat();

  return (
    <ClientTexts namespaces={["caseForms"]}>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      {!visit ? (
        <p className="mt-4">{t("visitNotFound")}</p>
      ) : visit.caseId ? (
        <p className="mt-4">
          {t("alreadyHasDossier")}{" "}
          <Link href={`/dossiers/${visit.caseId}`} className="font-semibold text-brand-800 underline">
            {t("toDossier")}
          </Link>
        </p>
      ) : (
        <>
          <p className="mb-2 text-lg">
            {t("client")}: <strong>{visit.client.displayName}</strong>
          </p>
          {openDossiers.length > 0 && (
            <section aria-labelledby="open-dossiers" className="mb-8 rounded border border-brand-700 bg-brand-50 p-4">
              <h2 id="open-dossiers" className="text-xl font-semibold">
                {t("openDossiersTitle")}
              </h2>
              <p className="mb-3">{t("openDossiersIntro")}</p>
              <ul className="space-y-4">
                {openDossiers.map((dossier) => {
                  const since = t("openSince", {
                    date: date(dossier.openedAt),
                    advisor: dossier.responsibleAdvisor?.name ?? t("noAdvisor"),
                  });
                  return (
                    <li key={dossier.id} className="space-y-2">
                      <p>
                        <span className="font-medium">{since}</span>
                        {dossier.question && <span className="block text-slate-800">{dossier.question}</span>}
                      </p>
                      <LinkVisitForm visitId={visit.id} caseId={dossier.id} label={since} />
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          <p className="mb-6 max-w-2xl text-slate-700">
            {openDossiers.length > 0 ? t("newIntroOtherQuestion") : t("newIntro")}
          </p>
          <OpenDossierForm
            visitId={visit.id}
            submissionId={newSubmissionId()}
            defaultDomainId={visit.category?.id}
            domains={domains.map((domain) => ({
              id: domain.id,
              label: label(domain),
              children: domain.children.map((child) => ({ id: child.id, label: label(child) })),
            }))}
          />
        </>
      )}
    </ClientTexts>
  );
}
