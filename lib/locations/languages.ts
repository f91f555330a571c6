import { CLIENT_LOCALE_CODES, CLIENT_LOCALES } from "@/lib/i18n/client-locales";

/** The client languages a location's public texts can be written in (Dutch is the form's own fields). */
export function translatedLanguages() {
  return CLIENT_LOCALE_CODES.filter((code) => code !== "nl").map((code) => ({
    code,
    name: CLIENT_LOCALES[code].name,
    dir: CLIENT_LOCALES[code].dir,
  }));
}
