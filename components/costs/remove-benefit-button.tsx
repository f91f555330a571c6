"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { removeBenefitItemAction } from "@/app/(staff)/dossiers/[caseId]/baten/actions";
import { useResultAction } from "@/components/use-result-action";

export function RemoveBenefitButton({ benefitItemId, label }: { benefitItemId: string; label: string }) {
  const t = useTranslations("benefitsPanel");
  const router = useRouter();
  const { pending, error, run } = useResultAction(removeBenefitItemAction);
  return (
    <>
      <button
        type="button"
        aria-label={label}
        disabled={pending}
        onClick={() => run({ benefitItemId }, () => router.refresh())}
        className="mt-1 text-sm font-semibold text-red-800 underline disabled:opacity-60"
      >
        {t("remove")}
      </button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </>
  );
}
