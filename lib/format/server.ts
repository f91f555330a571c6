import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { staffFormat, type StaffFormat } from "./staff-format";

/** The staff formatting functions in the language of this request (the staff cookie). */
export async function getStaffFormat(): Promise<StaffFormat> {
  const locale = await getLocale();
  return staffFormat(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
