"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { removeBenefitItemAction } from "@/app/(staff)/dossiers/[caseId]/baten/actions";
import { useFormAction } from "@/components/use-form-action";

export function RemoveBenefitButton({ benefitItemId, label }: { benefitItemId: string; label: string }) {
  const t = useTranslations("benefitsPanel");
  const router = useRouter();
  const form = useFormAction(removeBenefitItemAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props}>
      <input type="hidden" name="benefitItemId" value={benefitItemId} />
      <button
        type="submit"
        aria-label={label}
        disabled={form.pending}
        className="mt-1 text-sm font-semibold text-red-800 underline disabled:opacity-60"
      >
        {t("remove")}
      </button>
      {form.error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {form.error}
        </p>
      )}
    </form>
  );
}
