import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";
import { loadMessages } from "./messages";

// Staff pick the UI language with a cookie rather than a URL prefix: links they share and the
// pages they bookmark stay the same in Dutch and English. Texts for a client (an appointment slip,
// the public page) ask for the client's language explicitly: getTranslations({ locale }).
export default getRequestConfig(async ({ locale: requested }) => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Europe/Amsterdam",
    messages: await loadMessages(locale),
  };
});
