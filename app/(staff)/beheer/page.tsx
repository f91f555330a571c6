import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
  const { role } = await getStaffFormat();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
      <p className="mb-6 text-slate-700">
        {t("admin.organisation")}: {organisation.name} · {t("admin.municipality")}: {organisation.municipality}
      </p>
      <h2 className="mb-2 text-2xl font-semibold">{t("admin.locations")}</h2>
      <ul className="mb-8 list-disc pl-6">
        {locations.map((location) => (
          <li key={location.id}>
            {location.name}, {location.street}, {location.city}
          </li>
        ))}
      </ul>
      <h2 className="mb-2 text-2xl font-semibold">{t("admin.users")}</h2>
      <DataTable
        caption={t("admin.users")}
        headers={[t("admin.name"), t("admin.email"), t("admin.role"), t("admin.active")]}
        rows={users.map((user) => [
          user.name,
          user.email,
          role(user.role, user.advisorKind),
          user.active ? t("admin.yes") : t("admin.no"),
        ])}
      />
    </>
  );
}
