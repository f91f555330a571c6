import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: "desk" | "dossiers" | "aftercare" | "socialMap" | "reports" | "schedule" | "admin" };

/** The pages each role works with; a page still authorises itself (the menu is no lock). */
export const NAVIGATION: Record<Role, NavItem[]> = {
  HOST: [
    { href: "/balie", label: "desk" },
    { href: "/sociale-kaart", label: "socialMap" },
  ],
  ADVISOR: [
    { href: "/dossiers", label: "dossiers" },
    { href: "/balie", label: "desk" },
    { href: "/sociale-kaart", label: "socialMap" },
  ],
  COORDINATOR: [
    { href: "/rapportages", label: "reports" },
    { href: "/rooster", label: "schedule" },
    { href: "/sociale-kaart", label: "socialMap" },
    { href: "/balie", label: "desk" },
  ],
  ADMIN: [
    { href: "/beheer", label: "admin" },
    { href: "/sociale-kaart", label: "socialMap" },
  ],
};
