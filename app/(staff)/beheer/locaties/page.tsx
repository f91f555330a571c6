import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { LocationForm } from "@/components/locations/location-form";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { listLocations } from "@/lib/locations/queries";
import { translatedLanguages } from "@/lib/locations/languages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("locations"))("title") };
}

/** The organisation's places: which there are, and a new one. */
export default async function LocationsPage() {
  const actor = await requirePageRole(ADMIN_ROLES);
  const locations = await listLocations(actor);
  const t = await getTranslations("locations");
  return (
    <ClientTexts namespaces={["locations"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>
      {locations.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          headers={[t("name"), t("address"), t("rooms"), t("status")]}
          rows={locations.map((location) => [
            <Link
              key="name"
              href={`/beheer/locaties/${location.id}`}
              className="font-medium text-brand-800 underline hover:text-brand-700"
            >
              {location.name}
            </Link>,
            `${location.street}, ${location.postcode} ${location.city}`,
            String(location._count.rooms),
            location.active ? t("inUse") : t("archivedStatus"),
          ])}
        />
      )}
      <section aria-labelledby="new-location" className="mt-10">
        <h2 id="new-location" className="mb-2 text-2xl font-semibold">
          {t("newTitle")}
        </h2>
        <p className="mb-4 text-slate-700">{t("newIntro")}</p>
        <LocationForm languages={translatedLanguages()} />
      </section>
    </ClientTexts>
  );
}
