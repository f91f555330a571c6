import { hasAnyRole } from "@/lib/auth/roles";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { PartnerCard } from "@/components/partners/partner-card";
import { PartnerForm } from "@/components/partners/partner-form";
import { domainGroups } from "@/components/partners/domain-groups";
import { SocialMapFilters } from "@/components/partners/social-map-filters";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { listLegalDomainChoices, searchSocialMap } from "@/lib/partners/queries";
import { PARTNER_TYPES, socialMapFilterSchema } from "@/lib/partners/schema";
import { PARTNER_EDIT_ROLES, PARTNER_READ_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("socialMap"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SocialMapPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(PARTNER_READ_ROLES);
  const params = await searchParams;
  const canEdit = hasAnyRole(actor, PARTNER_EDIT_ROLES);
  const filter = socialMapFilterSchema.parse({
    query: params.zoek,
    type: params.soort,
    domainId: params.rechtsgebied,
    inLibrary: params.bibliotheek,
    includeInactive: params.inactief,
  });
  const [partners, choices] = await Promise.all([searchSocialMap(actor, filter), listLegalDomainChoices(actor)]);
  const domains = domainGroups(choices, await getStaffFormat());
  const t = await getTranslations("socialMap");

  return (
    <ClientTexts namespaces={["partnerForm", "partnerType"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>

      {canEdit && (
        <p className="mb-4">
          <Link href="/sociale-kaart/importeren" className="font-medium text-brand-800 underline hover:text-brand-700">
            {t("importLink")}
          </Link>
        </p>
      )}
      {canEdit && (
        <PartnerForm
          types={PARTNER_TYPES}
          domains={domains}
          folded={{
            title: t("addTitle"),
            intro: t("addIntro"),
            region: true,
            className: "mb-6 rounded border border-slate-300 p-4",
            summaryClassName: "cursor-pointer text-lg font-semibold text-brand-800",
          }}
        />
      )}

      <SocialMapFilters filter={filter} types={PARTNER_TYPES} domains={domains} canShowInactive={canEdit} />

      <section aria-labelledby="partners-title">
        <h2 id="partners-title" className="text-2xl font-semibold">
          {t("resultsTitle")}
        </h2>
        <p className="mb-3 text-slate-700">{t("count", { count: partners.length })}</p>
        <ul className="space-y-4">
          {partners.map((partner) => (
            <li key={partner.id}>
              <PartnerCard partner={partner} editHref={canEdit ? `/sociale-kaart/${partner.id}` : undefined} />
            </li>
          ))}
        </ul>
      </section>
    </ClientTexts>
  );
}
