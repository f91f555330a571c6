import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { getStaffFormat } from "@/lib/format/server";
import { DataTable } from "@/components/data-table";
import { requirePageRole } from "@/lib/auth/session";
import { getOrganisationOverview } from "@/lib/organisations/queries";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const actor = await requirePageRole(ADMIN_ROLES);
  const { organisation, locations, users } = await getOrganisationOverview(actor);
  const t = await getTranslations();
  const { roles } = await getStaffFormat();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
      <p className="mb-6 text-slate-700">
        {t("admin.organisation")}: {organisation.name} · {t("admin.municipality")}: {organisation.municipality}
      </p>
      <h2 className="mb-2 text-2xl font-semibold">{t("admin.locations")}</h2>
      <ul className="mb-2 list-disc pl-6">
        {locations.map((location) => (
          <li key={location.id}>
            <Link href={`/beheer/locaties/${location.id}`} className="text-brand-800 underline hover:text-brand-700">
              {location.name}
            </Link>
            , {location.street}, {location.city}
            {!location.active && ` (${t("admin.archived")})`}
          </li>
        ))}
      </ul>
      <p className="mb-8">
        <Link href="/beheer/locaties" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("admin.manageLocations")}
        </Link>
      </p>
      <h2 className="mb-2 text-2xl font-semibold">{t("programmeAccess.title")}</h2>
      <p className="mb-8">
        <Link href="/beheer/programmas" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("admin.manageProgrammes")}
        </Link>
      </p>
      <h2 className="mb-2 text-2xl font-semibold">{t("admin.users")}</h2>
      <DataTable
        caption={t("admin.users")}
        headers={[t("admin.name"), t("admin.email"), t("admin.role"), t("admin.active")]}
        rows={users.map((user) => [
          user.name,
          user.email,
          roles(user.roles, user.advisorKind),
          user.active ? t("admin.yes") : t("admin.no"),
        ])}
      />
    </>
  );
}
