import type { RequestOrigin } from "@/lib/audit";
import type { AdvisorKind, Role } from "@/lib/generated/prisma/enums";

/** Who is asking: resolved from the session and re-read from the database on every request. */
export type Actor = {
  userId: string;
  organisationId: string;
  /** One or more; every rule holds per role (lib/auth/roles.ts hasRole, hasAnyRole). */
  roles: Role[];
  /**
   * The role a use case, page or route let them in as: the first of its rule's roles they hold.
   * The audit log names it, so a dossier read by someone who also coordinates says "advisor".
   */
  actingAs?: Role;
  advisorKind: AdvisorKind | null;
  name: string;
  email: string;
  /** Where the request came from, for the audit log; absent outside a web request (scripts, tests). */
  origin?: RequestOrigin;
};
