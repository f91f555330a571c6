import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after login: the page of its daily work. */
export const HOME_PATH: Record<Role, string> = {
  HOST: "/balie",
  ADVISOR: "/dossiers",
  COORDINATOR: "/rapportages",
  ADMIN: "/beheer",
};
