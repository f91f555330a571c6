import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { requirePageRole } from "@/lib/auth/session";
import { listMyOpenDossiers } from "@/lib/cases/queries";
import { formatInAmsterdam } from "@/lib/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dossiers"))("title") };
}

export default async function MyDossiersPage() {
  const actor = await requirePageRole(["ADVISOR"]);
  const { total, dossiers } = await listMyOpenDossiers(actor);
  const t = await getTranslations();
  const locale = (await getLocale()) === "en" ? "en" : "nl";
  return (
    <>
      <h1 className="text-3xl font-bold">{t("dossiers.title")}</h1>
      <p className="mb-6 text-slate-700">
        {t("dossiers.intro")} {t("dossiers.count", { count: total })}
      </p>
      {dossiers.length === 0 ? (
        <p>{t("dossiers.empty")}</p>
      ) : (
        <DataTable
          caption={t("dossiers.title")}
          headers={[t("dossiers.client"), t("dossiers.domain"), t("dossiers.status"), t("dossiers.openedAt")]}
          rows={dossiers.map((dossier) => {
            const domain = dossier.legalDomains[0]?.legalDomain;
            return [
              <Link key="client" href={`/dossiers/${dossier.id}`} className="font-semibold text-brand-800 underline">
                {dossier.client.displayName}
              </Link>,
              domain ? (locale === "en" ? domain.nameEn : domain.nameNl) : "–",
              t(`caseStatus.${dossier.status}`),
              formatInAmsterdam(dossier.openedAt, "d MMM yyyy", locale),
            ];
          })}
        />
      )}
    </>
  );
}
