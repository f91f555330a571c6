import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { DossierSummary } from "@/app/(staff)/dossiers/[caseId]/dossier-summary";
import { DossierTimeline } from "@/app/(staff)/dossiers/[caseId]/dossier-timeline";
import { DossierToolbar, DossierToolPanel } from "@/app/(staff)/dossiers/[caseId]/dossier-tools";
import { ClientTexts } from "@/components/client-texts";
import { requirePageRole } from "@/lib/auth/session";
import { CASE_ROLES } from "@/lib/auth/policy";
import { availableDossierTools, openDossierTool } from "@/lib/cases/dossier-tools";
import { getDossier } from "@/lib/cases/queries";
import { buildDossierTimeline, timelineFilterOf } from "@/lib/cases/timeline";
import { listLikelyDuplicatesOfDossierClient } from "@/lib/clients/queries";
import { listReferralsOfCase } from "@/lib/referrals/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dossier"))("title") };
}

/**
 * The dossier as the advisor reads it with the client across the table: a summary, one form
 * when asked (`?formulier=`), and one timeline (`?toon=` filters it, `?alle=1` shows all).
 */
export default async function DossierPage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageRole(CASE_ROLES);
  const { caseId } = await params;
  const query = await searchParams;
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const dossier = await getDossier(actor, caseId);
  if (!dossier) notFound();
  const t = await getTranslations();
  const [referrals, duplicates] = await Promise.all([
    listReferralsOfCase(actor, dossier.id),
    listLikelyDuplicatesOfDossierClient(actor, dossier.id),
  ]);
  const mayHandOver =
    dossier.kind === "DOSSIER" && dossier.status !== "CLOSED" && dossier.responsibleAdvisor?.id === actor.userId;
  const available = availableDossierTools(dossier, { mayHandOver, hasDuplicates: duplicates.length > 0 });
  const open = openDossierTool(one("formulier"), available);
  const filter = timelineFilterOf(one("toon"));
  const showAll = one("alle") === "1";
  const view = {
    formulier: open ?? undefined,
    toon: filter === "alles" ? undefined : filter,
    alle: showAll ? "1" : undefined,
  };
  const address = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...view, ...change })) if (value) next.set(key, value);
    const search = next.toString();
    return `/dossiers/${dossier.id}${search ? `?${search}` : ""}`;
  };
  const entries = buildDossierTimeline(
    dossier,
    [...(referrals?.outgoing ?? []), ...(referrals?.incoming ?? [])],
    filter,
  );

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
        "partnerLinks",
        "quickContact",
        "referrals",
        "signals",
        "time",
      ]}
    >
      <h1 className="text-3xl font-bold">
        {dossier.kind === "QUICK_CONTACT" ? t("quickContact.kindQuick") : t("dossier.title")}:{" "}
        {dossier.client.displayName}
      </h1>
      {one("samengevoegd") === "1" && (
        <p role="status" className="my-2 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("duplicates.done")}
        </p>
      )}
      {one("gesloten") === "1" && dossier.status === "CLOSED" && (
        <p role="status" className="my-2 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("dossierPage.closedDone")}
        </p>
      )}
      {one("heropend") === "1" && dossier.status !== "CLOSED" && (
        <p role="status" className="my-2 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("dossierPage.reopenedDone")}
        </p>
      )}
      {one("overgedragen") === "1" && (
        <p role="status" className="my-2 rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t("handover.doneStillReadable")}
        </p>
      )}
      {duplicates.length > 0 && open !== "dubbel" && (
        <p className="my-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2">
          {t("dossierPage.duplicatesHint")}{" "}
          <Link
            href={`${address({ formulier: "dubbel" })}#formulier`}
            scroll={false}
            className="text-brand-800 underline"
          >
            {t("dossierPage.duplicatesLink")}
          </Link>
        </p>
      )}
      <div className="mt-2">
        <DossierSummary
          dossier={dossier}
          deadlinesHref={available.has("termijn") ? `${address({ formulier: "termijn" })}#formulier` : null}
        />
        <DossierToolbar dossier={dossier} available={available} open={open} address={address} />
        {open && (
          <DossierToolPanel
            actor={actor}
            dossier={dossier}
            tool={open}
            duplicates={duplicates}
            mayHandOver={mayHandOver}
            address={address}
          />
        )}
        <DossierTimeline
          actor={actor}
          dossier={dossier}
          entries={entries}
          filter={filter}
          showAll={showAll}
          address={address}
        />
      </div>
    </ClientTexts>
  );
}
