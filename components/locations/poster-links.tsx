import { getTranslations } from "@/lib/i18n/server";
import { CLIENT_LOCALE_CODES, CLIENT_LOCALES } from "@/lib/i18n/client-locales";

/**
 * A location's A4 poster and A5 flyer in each client language, for the admin's location page and
 * the coordinator's schedule (POSTER_ROLES). Plain links: each answers with a PDF download (the
 * poster route), not a page.
 */
export async function PosterLinks({ locationId }: { locationId: string }) {
  const t = await getTranslations("locations");
  return (
    <section aria-labelledby="posters-title" className="mt-10 max-w-3xl">
      <h2 id="posters-title" className="mb-2 text-2xl font-semibold">
        {t("postersTitle")}
      </h2>
      <p className="mb-4 text-slate-700">{t("postersIntro")}</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {CLIENT_LOCALE_CODES.map((code) => (
          <li key={code} className="flex flex-wrap gap-x-4">
            {(["a4", "a5"] as const).map((format) => (
              <a
                key={format}
                href={`/beheer/locaties/${locationId}/poster?formaat=${format}&taal=${code}`}
                type="application/pdf"
                className="font-medium text-brand-800 underline hover:text-brand-700"
              >
                {t(format === "a4" ? "posterA4" : "flyerA5", { language: CLIENT_LOCALES[code].name })}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
