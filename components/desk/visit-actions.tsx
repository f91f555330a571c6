"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { changeVisitAction, type VisitStep } from "@/app/(staff)/balie/actions";
import { useFormAction } from "@/components/use-form-action";

const STEPS_BY_STATUS: Record<string, VisitStep[]> = {
  BOOKED: ["checkIn", "noShow", "cancel"],
  WAITING: ["start", "noShow", "cancel"],
  IN_CONVERSATION: ["end"],
};

export function VisitActions({ visitId, status, clientName }: { visitId: string; status: string; clientName: string }) {
  const t = useTranslations("visitActions");
  const router = useRouter();
  // Refused or not, the desk shows the visit as it now is (another desk may have moved it on).
  const form = useFormAction(changeVisitAction, {
    onSuccess: () => router.refresh(),
    onRefusal: () => router.refresh(),
  });
  const steps = STEPS_BY_STATUS[status] ?? [];
  if (steps.length === 0) return null;

  return (
    <form {...form.props} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="visitId" value={visitId} />
      {steps.map((step) => (
        <button
          key={step}
          type="submit"
          name="step"
          value={step}
          disabled={form.pending}
          aria-label={t("for", { action: t(step), name: clientName })}
          className={
            step === "start" || step === "end" || step === "checkIn"
              ? "rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
              : "rounded border border-slate-500 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-60"
          }
        >
          {t(step)}
        </button>
      ))}
      {form.error && (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {form.error}
        </p>
      )}
    </form>
  );
}
