"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { eraseClientAction } from "@/app/(staff)/beheer/privacy/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";
import { ERASE_CONFIRMATION_WORD } from "@/lib/privacy/erase-confirmation";

/** Erasure cannot be undone: the admin types the confirmation word before the button does anything. */
export function EraseClientForm({ clientId }: { clientId: string }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const [done, setDone] = useState<{ cases: number; documents: number } | null>(null);
  const { pending, error, fieldError, run } = useResultAction(eraseClientAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ clientId, confirmation: new FormData(event.currentTarget).get("confirmation") }, (counts) => {
      setDone(counts);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormAlert id="erase-error" message={error} />
      <div>
        <label htmlFor="erase-confirmation" className="block font-medium">
          {t("eraseConfirmLabel", { word: ERASE_CONFIRMATION_WORD })}
        </label>
        <input
          id="erase-confirmation"
          name="confirmation"
          autoComplete="off"
          className="mt-1 block w-64 rounded border border-slate-500 px-3 py-2"
          {...fieldErrorProps("erase-confirmation-error", fieldError("confirmation"))}
        />
        <p id="erase-confirmation-error" className="text-sm font-medium text-red-800">
          {fieldError("confirmation")}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        {t("eraseButton")}
      </button>
      <p aria-live="polite">{done && t("eraseDone", done)}</p>
    </form>
  );
}
