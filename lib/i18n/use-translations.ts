import { useMemo } from "react";
import { createTranslator, useLocale, useMessages, useTimeZone } from "next-intl";
import { formatCache, formatters } from "./format-cache";

/**
 * next-intl's useTranslations, with messages parsed once per process on the server (and once per
 * tab in the browser) instead of once per request: the texts still come from the request's config
 * in a server component and from the nearest NextIntlClientProvider in a client component
 * (components/client-texts.tsx).
 */
export const useTranslations = ((namespace?: string) => {
  const locale = useLocale();
  const messages = useMessages();
  const timeZone = useTimeZone();
  return useMemo(
    () => createTranslator({ locale, messages, namespace, timeZone, _cache: formatCache, _formatters: formatters }),
    [locale, messages, namespace, timeZone],
  );
}) as typeof import("next-intl").useTranslations;
