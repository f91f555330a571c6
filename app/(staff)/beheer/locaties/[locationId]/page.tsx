import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { ArchiveLocationForm } from "@/components/locations/archive-location-form";
import { LocationForm } from "@/components/locations/location-form";
import { PosterLinks } from "@/components/locations/poster-links";
import { AddRoomForm, RoomForm } from "@/components/locations/room-forms";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { translatedLanguages } from "@/lib/locations/languages";
import { getLocation } from "@/lib/locations/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("locations");
  return { title: `${t("editTitleShort")} · ${t("title")}` };
}

/** One place: its details and public texts, its rooms, and whether it is in use. */
export default async function LocationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locationId: string }>;
  searchParams: Promise<{ nieuw?: string | string[] }>;
}) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const location = await getLocation(actor, (await params).locationId);
  if (!location) notFound();
  const { nieuw } = await searchParams;
  const t = await getTranslations("locations");
  return (
    <ClientTexts namespaces={["locations"]}>
      <p className="mb-4">
        <Link href="/beheer/locaties" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{location.name}</h1>
      <p className="mb-6 text-slate-700">
        {location.active ? (
          <>
            {t("publicPage")}{" "}
            <Link href={`/spreekuur/${location.slug}`} className="font-medium text-brand-800 underline">
              /spreekuur/{location.slug}
            </Link>
          </>
        ) : (
          t("archivedStatus")
        )}
      </p>
      {nieuw === "1" && (
        <p role="status" className="mb-6 rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("created")}
        </p>
      )}
      <LocationForm location={location} languages={translatedLanguages()} />

      {location.active && <PosterLinks locationId={location.id} />}

      <section aria-labelledby="rooms-title" className="mt-10 max-w-3xl">
        <h2 id="rooms-title" className="mb-2 text-2xl font-semibold">
          {t("roomsTitle")}
        </h2>
        <p className="mb-4 text-slate-700">{t("roomsIntro")}</p>
        {location.rooms.length === 0 ? (
          <p className="mb-4">{t("noRooms")}</p>
        ) : (
          <ul className="mb-6 space-y-4">
            {location.rooms.map((room) => (
              <li key={room.id} className="rounded border border-slate-300 p-3">
                <RoomForm room={room} />
              </li>
            ))}
          </ul>
        )}
        {location.active && (
          <>
            <h3 className="mb-2 text-lg font-semibold">{t("addRoomTitle")}</h3>
            <AddRoomForm locationId={location.id} />
          </>
        )}
      </section>

      <section aria-labelledby="archive-title" className="mt-10 max-w-3xl rounded border border-slate-300 p-4">
        <h2 id="archive-title" className="mb-2 text-xl font-semibold">
          {t("archiveTitle")}
        </h2>
        <ArchiveLocationForm locationId={location.id} active={location.active} />
      </section>
    </ClientTexts>
  );
}
