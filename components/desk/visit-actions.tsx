"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeVisitAction, type VisitStep } from "@/app/(staff)/balie/actions";

const STEPS_BY_STATUS: Record<string, VisitStep[]> = {
  BOOKED: ["checkIn", "noShow", "cancel"],
  WAITING: ["start", "noShow", "cancel"],
  IN_CONVERSATION: ["end"],
};

export function VisitActions({ visitId, status, clientName }: { visitId: string; status: string; clientName: string }) {
  const t = useTranslations("visitActions");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const steps = STEPS_BY_STATUS[status] ?? [];
  if (steps.length === 0) return null;

  const run = (step: VisitStep) =>
    startTransition(async () => {
      setError(null);
      const result = await changeVisitAction(step, { visitId });
      if (!result.ok) setError(result.error);
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {steps.map((step) => (
        <button
          key={step}
          type="button"
          disabled={pending}
          onClick={() => run(step)}
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
      {error && (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
