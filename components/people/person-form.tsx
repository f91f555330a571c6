"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { invitePersonAction, updatePersonAction } from "@/app/(staff)/beheer/gebruikers/actions";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { STAFF_ROLES } from "@/lib/auth/policy";
import type { AdvisorKind, Role } from "@/lib/generated/prisma/enums";
import { InvitationLink } from "./invitation-link";

const ROLES: readonly Role[] = STAFF_ROLES;
const ADVISOR_KINDS: AdvisorKind[] = ["PROFESSIONAL", "VOLUNTEER"];

type Choices = { supervisors: { id: string; name: string }[]; locations: { id: string; name: string }[] };
type Person = {
  id: string;
  name: string;
  roles: Role[];
  advisorKind: AdvisorKind | null;
  supervisorId: string | null;
  homeLocationId: string | null;
};

/**
 * Invites a new colleague, or changes one when `person` is given: one or more roles, ticked. Kind
 * and supervisor only count for an advisor; the server ignores them for anyone who does not
 * advise, so the form need not hide them (and works the same without scripts).
 */
export function PersonForm({ choices, person }: { choices: Choices; person?: Person }) {
  const t = useTranslations("people");
  const formId = useId();
  const invite = useFormAction(invitePersonAction, { onSuccess: (_, element) => element?.reset() });
  const update = useFormAction(updatePersonAction);
  const form = person ? update : invite;
  const field = (name: string, stored?: string | null) => ({ id: `${formId}-${name}`, ...form.field(name, stored) });
  const roles = form.sentAll("roles") ?? person?.roles ?? [];
  const invited = invite.state.status === "ok" ? invite.state : null;

  return (
    <form {...form.props} className="max-w-3xl space-y-4" aria-describedby={form.error ? `${formId}-alert` : undefined}>
      {person && <input type="hidden" name="userId" value={person.id} />}
      <FormAlert id={`${formId}-alert`} message={form.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name", person?.name)} label={t("name")} maxLength={120} autoComplete="off" />
        {!person && (
          <TextField {...field("email")} label={t("email")} type="email" maxLength={254} autoComplete="off" />
        )}
      </div>
      <ChoiceGroup legend={t("role")} hint={t("roleHint")} name="roles" error={form.fieldError("roles")}>
        <div className="mt-2 space-y-2">
          {ROLES.map((value) => (
            <Choice
              key={value}
              type="checkbox"
              name="roles"
              value={value}
              defaultChecked={roles.includes(value)}
              label={t(`roles.${value}`)}
            />
          ))}
        </div>
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          {...field("advisorKind", person?.advisorKind)}
          label={t("advisorKind")}
          hint={t("advisorKindHint")}
        >
          <option value="">–</option>
          {ADVISOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`advisorKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          {...field("supervisorId", person?.supervisorId)}
          label={t("supervisor")}
          hint={t("supervisorHint")}
        >
          <option value="">{t("noSupervisor")}</option>
          {choices.supervisors
            .filter((supervisor) => supervisor.id !== person?.id)
            .map((supervisor) => (
              <option key={supervisor.id} value={supervisor.id}>
                {supervisor.name}
              </option>
            ))}
        </SelectField>
        <SelectField
          {...field("homeLocationId", person?.homeLocationId)}
          label={t("homeLocation")}
          hint={t("homeLocationHint")}
        >
          <option value="">{t("noHomeLocation")}</option>
          {choices.locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div aria-live="polite">
        {person && update.state.status === "ok" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("saved")}
          </p>
        )}
        {invited && (
          <InvitationLink
            heading={t("invited", { name: (invited.sent.name ?? "").trim() })}
            invitation={invited.value.invitation}
            email={invited.sent.email ?? ""}
          />
        )}
      </div>
      <SubmitButton pending={form.pending}>{person ? t("save") : t("invite")}</SubmitButton>
    </form>
  );
}
