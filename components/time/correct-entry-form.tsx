"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { correctTimeEntryAction } from "@/app/(staff)/uren/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { Fold, type Folded } from "@/components/form/fold";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/** A correction names what the entry should have been; the difference is written, not an overwrite. */
export function CorrectEntryForm({
  timeEntryId,
  currentMinutes,
  folded,
}: {
  timeEntryId: string;
  currentMinutes: number;
  /** Folded away under a title until opened (components/form/fold.tsx). */
  folded?: Folded;
}) {
  const t = useTranslations("hours");
  const router = useRouter();
  const form = useFormAction(correctTimeEntryAction, { onSuccess: () => router.refresh() });
  const corrected =
    form.state.status === "ok"
      ? t("corrected", { old: form.state.value.oldMinutes, new: form.state.value.newMinutes })
      : null;
  const id = (name: string) => `correct-${timeEntryId}-${name}`;

  return (
    <Fold folded={folded} answered={form.state.status !== "idle"}>
      <form {...form.props} className="mt-2 space-y-2">
        <input type="hidden" name="timeEntryId" value={timeEntryId} />
        <p className="text-sm text-slate-700">{t("correctHint")}</p>
        <FormAlert id={id("error")} message={form.error} />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            id={id("minutes")}
            label={t("newMinutes")}
            inputMode="numeric"
            {...form.field("minutes", currentMinutes)}
          />
          <TextField id={id("reason")} label={t("reason")} {...form.field("reason")} />
        </div>
        <SubmitButton pending={form.pending} variant="secondary">
          {t("saveCorrection")}
        </SubmitButton>
        <div aria-live="polite">
          {corrected && (
            <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
              {corrected}
            </p>
          )}
        </div>
      </form>
    </Fold>
  );
}
