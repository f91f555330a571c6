import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { CreatePartnerLinkForm, RevokePartnerLinkButton } from "@/components/partner-links/partner-link-forms";
import { getStaffFormat } from "@/lib/format/server";
import type { PartnerLinkRow } from "@/lib/partner-links/manage";

/**
 * "Verwijslinks" on a partner's page of the social map: make a link, see the links, revoke one.
 * The page reads the links (listPartnerLinks) and hands them in.
 */
export async function PartnerLinksSection({
  partnerId,
  links,
  locations,
  submissionId,
}: {
  partnerId: string;
  links: PartnerLinkRow[];
  locations: { id: string; name: string }[];
  /** The new-link form's key: a double click makes one link. */
  submissionId: string;
}) {
  const t = await getTranslations("partnerLinks");
  const { dateTime } = await getStaffFormat();

  return (
    <section aria-labelledby="partner-links-title" className="mt-10 max-w-3xl rounded border border-slate-300 p-4">
      <h2 id="partner-links-title" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-slate-700">{t("intro")}</p>
      {links.length === 0 ? (
        <p className="mb-4">{t("empty")}</p>
      ) : (
        <div className="mb-6">
          <DataTable
            caption={t("listCaption")}
            headers={[
              t("columnLabel"),
              t("columnLocation"),
              t("columnCreated"),
              t("columnLastUsed"),
              t("columnStatus"),
            ]}
            rowKeys={links.map((link) => link.id)}
            rows={links.map((link) => [
              link.label,
              link.locationName,
              dateTime(link.createdAt),
              link.lastUsedAt ? dateTime(link.lastUsedAt) : t("never"),
              link.revokedAt ? (
                t("revokedOn", { day: dateTime(link.revokedAt) })
              ) : (
                <div key="status" className="flex flex-wrap items-center gap-2">
                  <span>{t("active")}</span>
                  <RevokePartnerLinkButton linkId={link.id} label={link.label} />
                </div>
              ),
            ])}
          />
        </div>
      )}
      <CreatePartnerLinkForm partnerId={partnerId} locations={locations} submissionId={submissionId} />
    </section>
  );
}
