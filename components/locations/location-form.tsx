"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { createLocationAction, updateLocationAction } from "@/app/(staff)/beheer/locaties/actions";
import { Choice, TextareaField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { PUBLIC_TEXT_FIELDS, publicTextFieldName, type PublicTexts } from "@/lib/locations/public-texts";

/** A client language of the public page, as the server page passes it. */
type Language = { code: string; name: string; dir: "ltr" | "rtl" };

type LocationDefaults = {
  id: string;
  name: string;
  slug: string;
  street: string;
  postcode: string;
  city: string;
  directions: string | null;
  accessibility: string | null;
  bringAlso: string | null;
  onlineBooking: boolean;
  publicTexts: PublicTexts;
};

/**
 * A location's details and the texts of its public page: Dutch first, then each client language
 * folded away, as most libraries fill in one or two. A language left empty shows the Dutch.
 */
export function LocationForm({ location, languages }: { location?: LocationDefaults; languages: Language[] }) {
  const t = useTranslations("locations");
  const formId = useId();
  const form = useFormAction(location ? updateLocationAction : createLocationAction);
  const field = (name: string, stored?: string | null) => ({ id: `${formId}-${name}`, ...form.field(name, stored) });
  const done = form.state.status === "ok" && location ? t("saved") : null;

  return (
    <form {...form.props} className="max-w-3xl space-y-4" aria-describedby={form.error ? `${formId}-alert` : undefined}>
      {location && <input type="hidden" name="locationId" value={location.id} />}
      <FormAlert id={`${formId}-alert`} message={form.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name", location?.name)} label={t("name")} maxLength={120} />
        <TextField
          {...field("slug", location?.slug)}
          label={t("slug")}
          hint={t("slugHint")}
          maxLength={60}
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField {...field("street", location?.street)} label={t("street")} maxLength={120} autoComplete="off" />
        <TextField {...field("postcode", location?.postcode)} label={t("postcode")} maxLength={8} controlWidth="w-32" />
        <TextField {...field("city", location?.city)} label={t("city")} maxLength={80} />
      </div>
      <Choice
        type="checkbox"
        name="onlineBooking"
        defaultChecked={form.state.status === "refused" ? form.sent("onlineBooking") === "on" : location?.onlineBooking}
        label={t("onlineBooking")}
        hint={t("onlineBookingHint")}
      />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("publicTexts")}</legend>
        <p className="text-sm text-slate-700">{t("publicTextsHint")}</p>
        <TextareaField
          {...field("directions", location?.directions)}
          label={t("directions")}
          hint={t("directionsHint")}
          rows={2}
          maxLength={500}
        />
        <TextareaField
          {...field("accessibility", location?.accessibility)}
          label={t("accessibility")}
          hint={t("accessibilityHint")}
          rows={2}
          maxLength={500}
        />
        <TextareaField
          {...field("bringAlso", location?.bringAlso)}
          label={t("bringAlso")}
          hint={t("bringAlsoHint")}
          rows={2}
          maxLength={500}
        />
        {languages.map(({ code: locale, name: language, dir }) => (
          <details key={locale} className="rounded border border-slate-300 p-3">
            <summary className="cursor-pointer font-medium text-brand-800">{t("translation", { language })}</summary>
            <div className="mt-3 space-y-3" lang={locale} dir={dir}>
              {PUBLIC_TEXT_FIELDS.map((text) => (
                <TextareaField
                  key={text}
                  {...field(publicTextFieldName(locale, text), location?.publicTexts[locale]?.[text])}
                  label={
                    <span lang="nl" dir="ltr">
                      {t(text)} ({language})
                    </span>
                  }
                  rows={2}
                  maxLength={500}
                />
              ))}
            </div>
          </details>
        ))}
      </fieldset>
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {done}
          </p>
        )}
      </div>
      <SubmitButton pending={form.pending}>{location ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
