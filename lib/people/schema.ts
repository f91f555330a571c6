import { STAFF_ROLES } from "@/lib/auth/policy";
import { orderedRoles } from "@/lib/auth/roles";
import { emailAddress } from "@/lib/auth/schema";
import { AdvisorKind, Role } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import { blankAsNull, z } from "@/lib/zod";

const optionalId = (invalid: MessageKey) =>
  z.preprocess(blankAsNull, z.string({ error: invalid }).trim().min(1, invalid).max(40, invalid).nullable());

const userId = z
  .string({ error: "refusals.users.chooseUser" })
  .trim()
  .min(1, "refusals.users.chooseUser")
  .max(40, "refusals.users.chooseUser");

/**
 * Who someone is in the partnership. An advisor is a professional or a volunteer (clients must
 * be able to see which); a volunteer works under a professional's supervision (the guide), so
 * names one. Only advisors have a kind and a supervisor: for anyone else they are left out.
 */
const personFields = {
  name: z
    .string({ error: "refusals.people.nameRequired" })
    .trim()
    .transform((value) => value.replace(/\s+/g, " "))
    .pipe(z.string().min(2, "refusals.people.nameRequired").max(120, "refusals.people.nameTooLong")),
  // One message on the group, not on a box: an unknown role is as wrong as none.
  roles: z
    .array(z.string(), { error: "refusals.people.chooseRole" })
    .min(1, { error: "refusals.people.chooseRole", abort: true })
    .max(STAFF_ROLES.length, { error: "refusals.people.chooseRole", abort: true })
    // A posted PROGRAMME is as wrong as an unknown role: it is a funder's, not a colleague's.
    .refine(
      (roles) => roles.every((role) => (STAFF_ROLES as readonly string[]).includes(role)),
      "refusals.people.chooseRole",
    )
    .transform((roles) => orderedRoles(roles as Role[])),
  advisorKind: z.preprocess(
    blankAsNull,
    z.enum(Object.values(AdvisorKind), { error: "refusals.people.chooseAdvisorKind" }).nullable(),
  ),
  supervisorId: optionalId("refusals.people.supervisorNotFound"),
  homeLocationId: optionalId("refusals.people.locationNotFound"),
};

type PersonFields = {
  roles: Role[];
  advisorKind: AdvisorKind | null;
  supervisorId: string | null;
};

function checkAdvisorFields<T extends PersonFields>(person: T, context: z.RefinementCtx): T {
  if (!person.roles.includes("ADVISOR")) return { ...person, advisorKind: null, supervisorId: null };
  if (!person.advisorKind)
    context.addIssue({ code: "custom", path: ["advisorKind"], message: "refusals.people.chooseAdvisorKind" });
  else if (person.advisorKind === "VOLUNTEER" && !person.supervisorId)
    context.addIssue({ code: "custom", path: ["supervisorId"], message: "refusals.people.supervisorRequired" });
  return person.advisorKind === "PROFESSIONAL" ? { ...person, supervisorId: null } : person;
}

export const invitePersonSchema = z
  .object({ ...personFields, email: emailAddress })
  .transform((person, context) => checkAdvisorFields(person, context));

export const updatePersonSchema = z
  .object({ userId, ...personFields })
  .transform((person, context) => checkAdvisorFields(person, context));

export const personRefSchema = z.object({ userId });
