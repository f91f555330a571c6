"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { completeAftercareTaskAction } from "@/app/(staff)/nazorg/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

/** Done with the minutes it took: one small form per open task. */
export function CompleteTaskForm({ taskId, title, onCompleted }: { taskId: string; title: string; onCompleted?: (minutes: number) => void }) {
  const t = useTranslations("aftercare");
  const router = useRouter();
  const { pending, error, fieldError, run } = useResultAction(completeAftercareTaskAction);
  const inputId = `minutes-${taskId}`;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const minutes = new FormData(event.currentTarget).get("minutes");
    run({ taskId, minutes }, () => {
      onCompleted?.(Number(minutes));
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-2">
      <FormAlert id={`complete-error-${taskId}`} message={error} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t("minutes")}
            <span className="sr-only">: {title}</span>
          </label>
          <input
            id={inputId}
            name="minutes"
            inputMode="numeric"
            size={5}
            className="mt-1 block w-24 rounded border border-slate-500 px-3 py-2"
            aria-describedby={`${inputId}-error`}
            aria-invalid={fieldError("minutes") ? true : undefined}
          />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t("complete")}
          <span className="sr-only">: {title}</span>
        </button>
      </div>
      <p id={`${inputId}-error`} className="text-sm font-medium text-red-800">
        {fieldError("minutes")}
      </p>
    </form>
  );
}
