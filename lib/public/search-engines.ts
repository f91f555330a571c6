import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { DEFAULT_PUBLIC_LOCALE, PUBLIC_LOCALE_CODES } from "./locales";
import { locationPagePath } from "./paths";

// People look for "gratis juridisch spreekuur Hengelo" in a search engine; the public location
// pages must be found there, and nothing else of Spreekuur may be: the staff side says noindex on
// every answer (lib/security/headers.ts) and robots.txt keeps crawlers out of it.

/** Every path a crawler needs for the public pages: the pages, the sitemap, their styles and scripts, the icon. */
const CRAWLABLE_PREFIXES = ["/spreekuur/", "/sitemap.xml", "/_next/static/", "/favicon.ico", "/icon.svg"];

export function robotsFile(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: CRAWLABLE_PREFIXES, disallow: "/" }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}

/**
 * One entry per active location and language, each naming all its language versions (and Dutch
 * as the version for any other language), as search engines want multilingual pages listed.
 */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const locations = await db.location.findMany({
    where: { active: true },
    orderBy: { slug: "asc" },
    select: { slug: true },
  });
  return locations.flatMap(({ slug }) => {
    const languages = locationPageLanguages(slug, absoluteUrl);
    return PUBLIC_LOCALE_CODES.map((locale) => ({
      url: absoluteUrl(locationPagePath(slug, locale)),
      alternates: { languages },
    }));
  });
}

/** The hreflang map of a location page: each language's address, and Dutch for any other. */
export function locationPageLanguages(slug: string, address: (path: string) => string = (path) => path) {
  return {
    ...Object.fromEntries(PUBLIC_LOCALE_CODES.map((locale) => [locale, address(locationPagePath(slug, locale))])),
    "x-default": address(locationPagePath(slug, DEFAULT_PUBLIC_LOCALE)),
  };
}
