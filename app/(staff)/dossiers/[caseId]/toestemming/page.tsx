import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { ConsentPanel } from "@/components/privacy/consent-panel";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getCaseClientConsents } from "@/lib/privacy/queries";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("consentsTitle") };
}

/** The advisor records or withdraws the client's consents during the conversation. */
export default async function CaseConsentsPage({ params }: PageProps<"/dossiers/[caseId]/toestemming">) {
  const actor = await requirePageRole(CASE_ROLES);
  const { caseId } = await params;
  const found = await getCaseClientConsents(actor, caseId);
  if (!found) notFound();
  const t = await getTranslations("privacy");
  const { date } = await getStaffFormat();
  const day = (moment: Date) => date(moment, "d MMMM yyyy");
  const consents = found.consents.map((state) => ({
    purpose: state.purpose,
    standing: state.standing,
    history: state.history.map((consent) => ({
      id: consent.id,
      givenOn: day(consent.givenAt),
      withdrawnOn: consent.withdrawnAt ? day(consent.withdrawnAt) : null,
      scope: consent.scope,
    })),
  }));
  return (
    <ClientTexts namespaces={["privacy"]}>
      <p className="mb-2">
        <Link href={`/dossiers/${found.caseId}`} className="text-brand-800 underline">
          {t("backToDossier")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("caseConsentsTitle", { name: found.client.displayName })}</h1>
      <p className="mb-6 max-w-prose text-slate-700">{t("caseConsentsIntro")}</p>
      <ConsentPanel clientId={found.client.id} consents={consents} editable />
    </ClientTexts>
  );
}
