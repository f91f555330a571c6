import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useStaffFormat } from "@/lib/format/client";
import type { SocialMapPartner } from "@/lib/partners/queries";

/** A tel: link dials digits only; "074-000 1111" is shown as written. */
function telHref(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

type Props = {
  partner: SocialMapPartner;
  /** Only for the coordinator: where the partner's details are changed. */
  editHref?: string;
};

/** One partner as the host and the advisor need it at the desk: how to reach them and how to hand over. */
export function PartnerCard({ partner, editHref }: Props) {
  const t = useTranslations("socialMap");
  const types = useTranslations("partnerType");
  const { name } = useStaffFormat();
  const headingId = `partner-${partner.id}`;

  return (
    <article
      aria-labelledby={headingId}
      className={`rounded border p-4 ${partner.active ? "border-slate-300" : "border-dashed border-slate-500 bg-slate-50"}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-xl font-semibold">
          {partner.name}
        </h3>
        <span className="text-slate-700">{types(partner.type)}</span>
        {partner.inLibrary && (
          <span className="rounded bg-brand-100 px-2 py-0.5 text-sm font-semibold text-brand-900">
            {t("inLibrary")}
          </span>
        )}
        {!partner.active && (
          <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">{t("inactive")}</span>
        )}
      </div>

      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {partner.phone && (
          <>
            <dt className="font-medium">{t("phone")}</dt>
            <dd>
              <a href={telHref(partner.phone)} className="text-brand-800 underline hover:text-brand-700">
                {partner.phone}
              </a>
            </dd>
          </>
        )}
        {partner.email && (
          <>
            <dt className="font-medium">{t("email")}</dt>
            <dd>
              <a href={`mailto:${partner.email}`} className="break-all text-brand-800 underline hover:text-brand-700">
                {partner.email}
              </a>
            </dd>
          </>
        )}
        {partner.website && (
          <>
            <dt className="font-medium">{t("website")}</dt>
            <dd>
              <a
                href={partner.website}
                rel="noopener noreferrer"
                className="break-all text-brand-800 underline hover:text-brand-700"
              >
                {partner.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </>
        )}
        {(partner.address || partner.postcode) && (
          <>
            <dt className="font-medium">{t("address")}</dt>
            <dd>{[partner.address, partner.postcode].filter(Boolean).join(", ")}</dd>
          </>
        )}
        {partner.openingHours && (
          <>
            <dt className="font-medium">{t("openingHours")}</dt>
            <dd className="whitespace-pre-line">{partner.openingHours}</dd>
          </>
        )}
        <dt className="font-medium">{t("domains")}</dt>
        <dd>
          {partner.legalDomains.length === 0 ? (
            t("noDomains")
          ) : (
            <ul className="flex flex-wrap gap-1">
              {partner.legalDomains.map((domain) => (
                <li key={domain.id} className="rounded border border-slate-400 px-2 text-sm">
                  {domain.parent
                    ? `${name(domain.parent)} > ${name(domain)}`
                    : t("wholeDomain", { domain: name(domain) })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      {partner.handoverNotes && (
        <div className="mt-3 rounded bg-brand-50 p-3">
          <p className="font-semibold">{t("handoverNotes")}</p>
          <p className="whitespace-pre-line">{partner.handoverNotes}</p>
        </div>
      )}

      {editHref && (
        <p className="mt-3">
          <Link
            href={editHref}
            aria-label={t("editPartner", { name: partner.name })}
            className="font-semibold text-brand-800 underline hover:text-brand-700"
          >
            {t("edit")}
          </Link>
        </p>
      )}
    </article>
  );
}
