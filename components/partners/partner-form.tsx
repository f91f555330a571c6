"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { createPartnerAction, updatePartnerAction } from "@/app/(staff)/sociale-kaart/actions";
import { Choice, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { Fold, type Folded } from "@/components/form/fold";
import { useFormAction } from "@/components/use-form-action";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import type { DomainGroup } from "./domain-groups";
import { SubmitButton } from "@/components/form/submit-button";

/** What the edit form starts from; the add form starts empty. */
type PartnerDefaults = {
  id: string;
  name: string;
  type: PartnerType;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  postcode: string | null;
  openingHours: string | null;
  inLibrary: boolean;
  handoverNotes: string | null;
  legalDomains: { id: string }[];
};

type Props = {
  types: readonly PartnerType[];
  domains: DomainGroup[];
  partner?: PartnerDefaults;
  /** Folded away under a title until opened (components/form/fold.tsx). */
  folded?: Folded;
};

/**
 * Adds a partner, or changes one when `partner` is given. A refusal is announced (role="alert")
 * with each field's problem next to that field; what was typed stays. After adding, the form is
 * emptied for the next partner.
 */
export function PartnerForm({ types, domains, partner, folded }: Props) {
  const t = useTranslations("partnerForm");
  const typeLabel = useTranslations("partnerType");
  const formId = useId();
  const form = useFormAction(partner ? updatePartnerAction : createPartnerAction, {
    onSuccess: (_, element) => {
      if (!partner) element?.reset();
    },
  });
  const { error, fieldError } = form;
  const done =
    form.state.status === "ok"
      ? partner
        ? t("saved")
        : t("added", { name: (form.state.sent.name ?? "").trim() })
      : null;
  const chosen = new Set(partner?.legalDomains.map((domain) => domain.id));
  // After a refusal a text field shows what was sent (a page rendered after a post without scripts).
  const field = (name: string, stored?: string | null) => ({ id: `${formId}-${name}`, ...form.field(name, stored) });

  const body = (
    <form {...form.props} className="space-y-4" aria-describedby={error ? `${formId}-alert` : undefined}>
      {partner && <input type="hidden" name="partnerId" value={partner.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name", partner?.name)} label={t("name")} maxLength={120} autoComplete="organization" />
        <SelectField {...field("type", partner?.type ?? "")} label={t("type")}>
          <option value="">{t("chooseType")}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </SelectField>
        <TextField
          {...field("phone", partner?.phone)}
          label={t("phone")}
          hint={t("phoneHint")}
          type="tel"
          maxLength={40}
        />
        <TextField {...field("email", partner?.email)} label={t("email")} type="email" maxLength={254} />
        <TextField
          {...field("website", partner?.website)}
          label={t("website")}
          hint={t("websiteHint")}
          type="url"
          maxLength={300}
        />
        <TextField {...field("address", partner?.address)} label={t("address")} maxLength={200} />
        <TextField
          {...field("postcode", partner?.postcode)}
          label={t("postcode")}
          hint={t("postcodeHint")}
          maxLength={7}
          autoComplete="postal-code"
        />
      </div>
      <TextareaField
        {...field("openingHours", partner?.openingHours)}
        label={t("openingHours")}
        hint={t("openingHoursHint")}
        rows={2}
        maxLength={300}
      />
      <div>
        <Choice
          type="checkbox"
          name="inLibrary"
          defaultChecked={
            form.state.status === "refused" ? form.sent("inLibrary") === "on" : (partner?.inLibrary ?? false)
          }
          label={t("inLibrary")}
          hint={t("inLibraryHint")}
          className="font-medium"
        />
      </div>
      <ChoiceGroup legend={t("legalDomains")} hint={t("legalDomainsHint")} error={fieldError("legalDomainIds")}>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {domains.map((group) => (
            <fieldset key={group.id} className="rounded border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{group.label}</legend>
              {[{ id: group.id, label: t("wholeDomain") }, ...group.children].map((domain) => (
                <Choice
                  key={domain.id}
                  type="checkbox"
                  name="legalDomainIds"
                  value={domain.id}
                  defaultChecked={chosen.has(domain.id)}
                  label={domain.label}
                  className="py-0.5"
                />
              ))}
            </fieldset>
          ))}
        </div>
      </ChoiceGroup>
      <TextareaField
        {...field("handoverNotes", partner?.handoverNotes)}
        label={t("handoverNotes")}
        hint={t("handoverNotesHint")}
        rows={4}
        maxLength={2000}
      />
      <FormAlert id={`${formId}-alert`} message={error} />
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {done}
          </p>
        )}
      </div>
      <SubmitButton pending={form.pending}>{form.pending ? t("busy") : partner ? t("save") : t("add")}</SubmitButton>
    </form>
  );
  return (
    <Fold folded={folded} answered={form.state.status !== "idle"}>
      {body}
    </Fold>
  );
}
