"use client";

import { useRouter } from "next/navigation";
import { setCaseWaitingAction } from "@/app/(staff)/dossiers/actions";
import { useResultAction } from "@/components/use-result-action";

export function WaitingToggle({ caseId, version, waiting, label }: { caseId: string; version: number; waiting: boolean; label: string }) {
  const router = useRouter();
  const { pending, error, run } = useResultAction(setCaseWaitingAction);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" disabled={pending} onClick={() => run({ caseId, version, waiting: !waiting }, () => router.refresh())} className="rounded border border-slate-500 px-3 py-1 text-sm hover:bg-slate-100">
        {label}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
