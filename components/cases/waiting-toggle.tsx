"use client";

import { useRouter } from "next/navigation";
import { setCaseWaitingAction } from "@/app/(staff)/dossiers/actions";
import { useFormAction } from "@/components/use-form-action";

export function WaitingToggle({
  caseId,
  version,
  waiting,
  label,
}: {
  caseId: string;
  version: number;
  waiting: boolean;
  label: string;
}) {
  const router = useRouter();
  const form = useFormAction(setCaseWaitingAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="waiting" value={String(!waiting)} />
      <button
        type="submit"
        disabled={form.pending}
        className="inline-flex min-h-8 items-center rounded border border-slate-400 px-2 text-left text-sm text-brand-800 hover:bg-brand-50"
      >
        {label}
      </button>
      {form.error && (
        <span role="alert" className="text-sm text-red-800">
          {form.error}
        </span>
      )}
    </form>
  );
}
