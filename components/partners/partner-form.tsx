"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { createPartnerAction, updatePartnerAction } from "@/app/(staff)/sociale-kaart/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import type { DomainGroup } from "./domain-groups";

/** What the edit form starts from; the add form starts empty. */
type PartnerDefaults = {
  id: string;
  name: string;
  type: PartnerType;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  openingHours: string | null;
  inLibrary: boolean;
  handoverNotes: string | null;
  legalDomains: { id: string }[];
};

type Props = {
  types: readonly PartnerType[];
  domains: DomainGroup[];
  partner?: PartnerDefaults;
};

const inputClass =
  "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string | null;
  type?: "text" | "tel" | "email" | "url";
  autoComplete?: string;
  rows?: number;
  maxLength: number;
};

function TextField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  type = "text",
  autoComplete,
  rows,
  maxLength,
}: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    name,
    defaultValue: defaultValue ?? "",
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {rows ? <textarea rows={rows} {...shared} /> : <input type={type} autoComplete={autoComplete} {...shared} />}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Adds a partner, or changes one when `partner` is given. A refusal is announced (role="alert")
 * with each field's problem next to that field; what was typed stays. After adding, the form is
 * emptied for the next partner.
 */
export function PartnerForm({ types, domains, partner }: Props) {
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
  const field = (name: string, stored?: string | null) => ({
    id: `${formId}-${name}`,
    name,
    error: fieldError(name),
    defaultValue: form.sent(name) ?? stored,
  });
  const domainsError = fieldError("legalDomainIds");

  return (
    <form {...form.props} className="space-y-4" aria-describedby={error ? `${formId}-alert` : undefined}>
      {partner && <input type="hidden" name="partnerId" value={partner.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name", partner?.name)} label={t("name")} maxLength={120} autoComplete="organization" />
        <div>
          <label htmlFor={`${formId}-type`} className="block font-medium">
            {t("type")}
          </label>
          <select
            id={`${formId}-type`}
            name="type"
            defaultValue={form.sent("type") ?? partner?.type ?? ""}
            aria-invalid={fieldError("type") ? true : undefined}
            aria-describedby={fieldError("type") ? `${formId}-type-error` : undefined}
            className={inputClass}
          >
            <option value="">{t("chooseType")}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
          {fieldError("type") && (
            <p id={`${formId}-type-error`} className="mt-1 font-medium text-red-800">
              {fieldError("type")}
            </p>
          )}
        </div>
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
      </div>
      <TextField
        {...field("openingHours", partner?.openingHours)}
        label={t("openingHours")}
        hint={t("openingHoursHint")}
        rows={2}
        maxLength={300}
      />
      <div>
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            name="inLibrary"
            defaultChecked={
              form.state.status === "refused" ? form.sent("inLibrary") === "on" : (partner?.inLibrary ?? false)
            }
            aria-describedby={`${formId}-inLibrary-hint`}
            className="h-5 w-5"
          />
          {t("inLibrary")}
        </label>
        <p id={`${formId}-inLibrary-hint`} className="mt-1 text-sm text-slate-700">
          {t("inLibraryHint")}
        </p>
      </div>
      <fieldset
        aria-describedby={[`${formId}-domains-hint`, domainsError && `${formId}-domains-error`]
          .filter(Boolean)
          .join(" ")}
        aria-invalid={domainsError ? true : undefined}
      >
        <legend className="font-medium">{t("legalDomains")}</legend>
        <p id={`${formId}-domains-hint`} className="text-sm text-slate-700">
          {t("legalDomainsHint")}
        </p>
        {domainsError && (
          <p id={`${formId}-domains-error`} className="mt-1 font-medium text-red-800">
            {domainsError}
          </p>
        )}
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {domains.map((group) => (
            <fieldset key={group.id} className="rounded border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{group.label}</legend>
              {[{ id: group.id, label: t("wholeDomain") }, ...group.children].map((domain) => (
                <label key={domain.id} className="flex items-start gap-2 py-0.5">
                  <input
                    type="checkbox"
                    name="legalDomainIds"
                    value={domain.id}
                    defaultChecked={chosen.has(domain.id)}
                    className="mt-0.5 h-5 w-5 shrink-0"
                  />
                  {domain.label}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>
      <TextField
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
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {form.pending ? t("busy") : partner ? t("save") : t("add")}
      </button>
    </form>
  );
}
