import type { Role } from "@/lib/generated/prisma/enums";
import { orderedRoles } from "./roles";

export type NavItem = {
  href: string;
  label:
    | "desk"
    | "dossiers"
    | "aftercare"
    | "feedback"
    | "hours"
    | "socialMap"
    | "reports"
    | "schedule"
    | "admin"
    | "locations"
    | "users"
    | "privacy"
    | "auditLog"
    | "settings"
    | "advisors"
    | "otherParties"
    | "signals"
    | "letterReviews"
    | "programme";
};

/** The pages each role works with; a page still authorises itself (the menu is no lock). */
export const NAVIGATION: Record<Role, NavItem[]> = {
  HOST: [
    { href: "/balie", label: "desk" },
    { href: "/sociale-kaart", label: "socialMap" },
    { href: "/uren", label: "hours" },
  ],
  ADVISOR: [
    { href: "/dossiers", label: "dossiers" },
    { href: "/nazorg", label: "aftercare" },
    { href: "/te-beoordelen", label: "letterReviews" },
    { href: "/terugkoppeling", label: "feedback" },
    { href: "/balie", label: "desk" },
    { href: "/sociale-kaart", label: "socialMap" },
    { href: "/uren", label: "hours" },
  ],
  COORDINATOR: [
    { href: "/rapportages", label: "reports" },
    { href: "/rooster", label: "schedule" },
    { href: "/adviseurs", label: "advisors" },
    { href: "/sociale-kaart", label: "socialMap" },
    { href: "/wederpartijen", label: "otherParties" },
    { href: "/signalen", label: "signals" },
    { href: "/terugkoppeling", label: "feedback" },
    { href: "/balie", label: "desk" },
    { href: "/uren", label: "hours" },
    { href: "/instellingen", label: "settings" },
  ],
  ADMIN: [
    { href: "/beheer", label: "admin" },
    { href: "/beheer/locaties", label: "locations" },
    { href: "/beheer/gebruikers", label: "users" },
    { href: "/beheer/privacy", label: "privacy" },
    { href: "/beheer/audit", label: "auditLog" },
    { href: "/instellingen", label: "settings" },
    { href: "/sociale-kaart", label: "socialMap" },
    { href: "/uren", label: "hours" },
  ],
  PROGRAMME: [{ href: "/programma", label: "programme" }],
};

/**
 * The menu of a person with one or more roles: their roles' menus one after the other (first role
 * first), each page once. They choose nothing: what any of their roles works with is there.
 */
export function navigationFor(roles: readonly Role[]): NavItem[] {
  const items = orderedRoles(roles).flatMap((role) => NAVIGATION[role]);
  return items.filter((item, index) => items.findIndex((other) => other.href === item.href) === index);
}
