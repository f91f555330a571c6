"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId } from "react";
import {
  addCommonOtherPartiesAction,
  createOtherPartyAction,
  setOtherPartyActiveAction,
  updateOtherPartyAction,
} from "@/app/(staff)/wederpartijen/actions";
import { SelectField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { Fold, type Folded } from "@/components/form/fold";
import { useFormAction } from "@/components/use-form-action";
import { OTHER_PARTY_KINDS } from "@/lib/other-parties/kinds";

export type OtherPartyEntry = {
  id: string;
  name: string;
  kind: string;
  department: string | null;
  postalAddress: string | null;
  postcodeTown: string | null;
};

/** A new entry (without `entry`) or the whole of one entry, as the coordinator keeps it. */
export function OtherPartyForm({ entry, folded }: { entry?: OtherPartyEntry; folded?: Folded }) {
  const t = useTranslations("otherParties");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(entry ? updateOtherPartyAction : createOtherPartyAction, {
    onSuccess: (_value, element) => {
      if (!entry) element?.reset();
      router.refresh();
    },
  });
  const stored = (value: string | null | undefined) => value ?? undefined;
  return (
    <Fold folded={folded} answered={form.state.status !== "idle"}>
      <form {...form.props} aria-label={entry ? t("editNamed", { name: entry.name }) : t("add")} className="space-y-3">
        {entry && <input type="hidden" name="otherPartyId" value={entry.id} />}
        <FormAlert id={`${id}-alert`} message={form.error} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={t("name")}
            hint={t("nameHint")}
            autoComplete="off"
            {...form.field("name", stored(entry?.name))}
          />
          <SelectField label={t("kind")} {...form.field("kind", entry?.kind ?? "")}>
            {!entry && <option value="">{t("chooseKind")}</option>}
            {OTHER_PARTY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("department")}
            hint={t("departmentHint")}
            autoComplete="off"
            {...form.field("department", stored(entry?.department))}
          />
          <TextField
            label={t("postalAddress")}
            hint={t("postalAddressHint")}
            autoComplete="off"
            {...form.field("postalAddress", stored(entry?.postalAddress))}
          />
          <TextField
            label={t("postcodeTown")}
            hint={t("postcodeTownHint")}
            autoComplete="off"
            {...form.field("postcodeTown", stored(entry?.postcodeTown))}
          />
        </div>
        <SubmitButton pending={form.pending} variant={entry ? "secondary" : "primary"}>
          {entry ? t("save") : t("add")}
        </SubmitButton>
      </form>
    </Fold>
  );
}

/** Off the list for new dossiers, or back on it. */
export function OtherPartyActiveButton({ entry, active }: { entry: { id: string; name: string }; active: boolean }) {
  const t = useTranslations("otherParties");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(setOtherPartyActiveAction, {
    onSuccess: () => router.refresh(),
  });
  return (
    <form {...form.props} className="inline">
      <input type="hidden" name="otherPartyId" value={entry.id} />
      <input type="hidden" name="change" value={active ? "deactivate" : "reactivate"} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <SubmitButton pending={form.pending} variant="secondary">
        {active ? t("deactivate") : t("reactivate")}
        <span className="sr-only">: {entry.name}</span>
      </SubmitButton>
    </form>
  );
}

/** The national bodies a new library starts from; only those not on the list yet are added. */
export function AddCommonOtherPartiesForm() {
  const t = useTranslations("otherParties");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(addCommonOtherPartiesAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="space-y-2">
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("commonAdded", { count: form.state.value.added })}
          </p>
        )}
      </div>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("addCommon")}
      </SubmitButton>
    </form>
  );
}
