// The staff screens format dates, money, durations, names and roles in one way, in the staff
// member's language (Dutch or English). Pages get these functions from getStaffFormat() (server)
// or useStaffFormat() (client), so no page picks a locale, a pattern or a name field by hand.
import { formatCalendarDay, formatInAmsterdam, formatLongDate, formatTime } from "@/lib/dates";
import { orderedRoles } from "@/lib/auth/roles";
import type { AdvisorKind, Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { numberFormat } from "@/lib/intl-formatters";
import { formatEuro, INTL_LOCALES } from "@/lib/money";
import enCommon from "@/messages/en/common.json";
import nlCommon from "@/messages/nl/common.json";

// The role names come from the message files, so the shell, the reports and the user admin show
// the same words as every other text that names a role.
const ROLE_TEXTS = { nl: nlCommon, en: enCommon } as const;

/** A record named in both staff languages: a legal domain, a benefit category. */
type Named<Name extends string | null> = { nameNl: Name; nameEn: Name };

export type StaffFormat = ReturnType<typeof createStaffFormat>;

function createStaffFormat(locale: Locale) {
  const and = new Intl.ListFormat(INTL_LOCALES[locale], { type: "conjunction", style: "long" });
  const unit = (name: "hour" | "minute") =>
    numberFormat(INTL_LOCALES[locale], { style: "unit", unit: name, unitDisplay: "long" });
  const roles = ROLE_TEXTS[locale];
  /**
   * "Adviseur (Vrijwilliger)"; with "comma", "Adviseur, Vrijwilliger", for a place where the label
   * itself stands in parentheses or in a table cell of roles.
   */
  const role = (held: Role, advisorKind?: AdvisorKind | null, style: "parentheses" | "comma" = "parentheses") => {
    const label = roles.roles[held];
    if (!advisorKind) return label;
    const kind = roles.advisorKinds[advisorKind];
    return style === "comma" ? `${label}, ${kind}` : `${label} (${kind})`;
  };

  return {
    locale,
    /** A moment on the Amsterdam calendar: "4 dec. 2026" unless another date-fns pattern is given. */
    date: (moment: Date, pattern = "d MMM yyyy") => formatInAmsterdam(moment, pattern, locale),
    /** A moment on the Amsterdam calendar and clock: "4 dec. 2026 10:30". */
    dateTime: (moment: Date) => formatInAmsterdam(moment, "d MMM yyyy HH:mm", locale),
    /** "vrijdag 4 december 2026". */
    longDate: (moment: Date) => formatLongDate(moment, locale),
    /** "10:30" on the Amsterdam clock. */
    time: (moment: Date) => formatTime(moment),
    /** A calendar day (yyyy-MM-dd), such as a deadline or a report period: "4 december 2026". */
    day: (day: string, pattern = "d MMMM yyyy") => formatCalendarDay(day, pattern, locale),
    /** A calendar month (yyyy-MM): "december 2026". */
    month: (month: string, pattern = "MMMM yyyy") => formatCalendarDay(`${month}-01`, pattern, locale),
    /** Whole euro cents: "€ 1.234,56", "€1,234.56". */
    euro: (cents: number) => formatEuro(cents, locale),
    /**
     * A duration in whole minutes: "2 uur en 5 minuten", "2 hours 5 minutes", "45 minuten"; with
     * "clock", "2:05", for a table column that has little room.
     */
    minutes: (minutes: number, style: "words" | "clock" = "words") => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (style === "clock") return `${hours}:${String(rest).padStart(2, "0")}`;
      if (hours === 0) return unit("minute").format(rest);
      if (rest === 0) return unit("hour").format(hours);
      // As the Dutch and English pages have always said it: English without "and".
      return [unit("hour").format(hours), unit("minute").format(rest)].join(locale === "nl" ? " en " : " ");
    },
    /** The name of a record in the staff language. */
    name: <Name extends string | null>(named: Named<Name>): Name => (locale === "en" ? named.nameEn : named.nameNl),
    role,
    /**
     * All of a person's roles, first role first: one as `role` gives it; several as "Adviseur
     * (Vrijwilliger) en Coördinator", the kind beside the advisor it belongs to.
     */
    roles: (
      held: readonly Role[],
      advisorKind?: AdvisorKind | null,
      style: "parentheses" | "comma" = "parentheses",
    ) => {
      const ordered = orderedRoles(held);
      if (ordered.length === 1) return role(ordered[0], advisorKind, style);
      return and.format(ordered.map((each) => role(each, each === "ADVISOR" ? advisorKind : null)));
    },
    /** "Professional", "Vrijwilliger". */
    advisorKind: (advisorKind: AdvisorKind) => roles.advisorKinds[advisorKind],
    /** A staff member with the kind of advisor they are, if any: "Henk Kamphorst (Vrijwilliger)". */
    advisor: ({ name, advisorKind }: { name: string; advisorKind: AdvisorKind | null }) =>
      advisorKind ? `${name} (${roles.advisorKinds[advisorKind]})` : name,
    /**
     * "a, b en c", "a, b and c"; with "comma", "a, b, c", for an enumeration in a table cell or
     * after a colon, where "and" would read as part of a sentence.
     */
    list: (items: readonly string[], style: "and" | "comma" = "and") =>
      style === "comma" ? items.join(", ") : and.format(items),
  };
}

const formats = new Map<Locale, StaffFormat>();

/** The formatting functions of one staff language, made once per process. */
export function staffFormat(locale: Locale): StaffFormat {
  let format = formats.get(locale);
  if (!format) {
    format = createStaffFormat(locale);
    formats.set(locale, format);
  }
  return format;
}
