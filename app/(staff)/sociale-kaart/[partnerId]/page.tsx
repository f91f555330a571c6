import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { domainGroups } from "@/components/partners/domain-groups";
import { PartnerActiveForm } from "@/components/partners/partner-active-form";
import { PartnerForm } from "@/components/partners/partner-form";
import { PartnerLinksSection } from "@/components/partner-links/partner-links-section";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { newSubmissionId } from "@/lib/form-state";
import { listPartnerLinks } from "@/lib/partner-links/manage";
import { getPartnerForEditing, listLegalDomainChoices } from "@/lib/partners/queries";
import { PARTNER_TYPES } from "@/lib/partners/schema";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("socialMap");
  return { title: `${t("edit")} · ${t("title")}` };
}

/** The coordinator's page for one partner: its details and whether it is on the map. */
export default async function EditPartnerPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const actor = await requirePageRole(PARTNER_EDIT_ROLES);
  const { partnerId } = await params;
  const [partner, choices] = await Promise.all([getPartnerForEditing(actor, partnerId), listLegalDomainChoices(actor)]);
  if (!partner) notFound();
  const t = await getTranslations("socialMap");
  const partnerLinks = await listPartnerLinks(actor, { partnerId: partner.id });

  return (
    <ClientTexts namespaces={["partnerForm", "partnerType", "socialMap", "partnerLinks"]}>
      <p className="mb-4">
        <Link href="/sociale-kaart" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("backToMap")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("editTitle", { name: partner.name })}</h1>
      <p className="mb-6 text-slate-700">{t("editIntro")}</p>
      <PartnerForm types={PARTNER_TYPES} domains={domainGroups(choices, await getStaffFormat())} partner={partner} />

      <section aria-labelledby="status-title" className="mt-10 max-w-2xl rounded border border-slate-300 p-4">
        <h2 id="status-title" className="mb-2 text-xl font-semibold">
          {t("statusTitle")}
        </h2>
        <PartnerActiveForm partnerId={partner.id} active={partner.active} />
      </section>

      {partnerLinks.ok && (
        <PartnerLinksSection
          partnerId={partner.id}
          links={partnerLinks.value.links}
          locations={partnerLinks.value.locations}
          submissionId={newSubmissionId()}
        />
      )}
    </ClientTexts>
  );
}
