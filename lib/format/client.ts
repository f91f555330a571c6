import { useLocale } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { staffFormat, type StaffFormat } from "./staff-format";

/** The staff formatting functions in a client component, in the language the page was rendered in. */
export function useStaffFormat(): StaffFormat {
  const locale = useLocale();
  return staffFormat(isLocale(locale) ? locale : DEFAULT_LOCALE);
}
