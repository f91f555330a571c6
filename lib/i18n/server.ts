import "server-only";
import { cache } from "react";
import { createTranslator } from "next-intl";
import type { getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { getLocale, getMessages } from "next-intl/server";
import { TIME_ZONE } from "@/lib/dates";
import { formatCache, formatters } from "./format-cache";

type Options = string | { locale: string; namespace?: string } | undefined;

/**
 * next-intl's getTranslations, with messages parsed once per process (format-cache.ts) instead of
 * once per request. Locale and messages still come from the request (lib/i18n/request.ts).
 */
export const getTranslations = cache(async (options?: Options) => {
  const asked = typeof options === "object" ? options : { namespace: options };
  const locale = "locale" in asked ? asked.locale : await getLocale();
  const messages = await getMessages({ locale });
  return createTranslator({
    locale,
    messages,
    namespace: asked.namespace,
    timeZone: TIME_ZONE,
    _cache: formatCache,
    _formatters: formatters,
  });
}) as unknown as typeof nextIntlGetTranslations;
