import type { RequestOrigin } from "@/lib/audit";
import type { AdvisorKind, Role } from "@/lib/generated/prisma/enums";

/** Who is asking: resolved from the session and re-read from the database on every request. */
export type Actor = {
  userId: string;
  organisationId: string;
  role: Role;
  advisorKind: AdvisorKind | null;
  name: string;
  email: string;
  /** Where the request came from, for the audit log; absent outside a web request (scripts, tests). */
  origin?: RequestOrigin;
};
