"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";
import type { Result } from "@/lib/result";

type Props = {
  partnerId: string;
  active: boolean;
  deactivate: (input: unknown) => Promise<Result<{ partnerId: string }>>;
  reactivate: (input: unknown) => Promise<Result<{ partnerId: string }>>;
};

/** Takes a partner off the map or brings it back; the page shows the new state after it. */
export function PartnerActiveForm({ partnerId, active, deactivate, reactivate }: Props) {
  const t = useTranslations("socialMap");
  const { pending, error, run } = useResultAction(active ? deactivate : reactivate);
  const [done, setDone] = useState<string | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    run({ partnerId }, () => setDone(active ? t("deactivated") : t("reactivated")));
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-describedby={error ? "partner-active-alert" : undefined}>
      <p>{active ? t("activeIntro") : t("inactiveIntro")}</p>
      <FormAlert id="partner-active-alert" message={error} />
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {done}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${active ? "bg-red-800 text-white hover:bg-red-900" : "border border-brand-700 text-brand-800 hover:bg-brand-50"}`}
      >
        {active ? t("deactivate") : t("reactivate")}
      </button>
    </form>
  );
}
