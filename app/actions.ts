"use server";

import { setLocale } from "@/lib/i18n/set-locale";

export async function setLocaleAction(locale: unknown) {
  return setLocale(locale);
}
