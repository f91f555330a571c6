"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { completeAftercareTaskAction } from "@/app/(staff)/nazorg/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/** Completing tasks: one per task, or one for a whole list whose answer outlives the task it completed. */
export function useCompleteTask() {
  const router = useRouter();
  return useFormAction(completeAftercareTaskAction, { onSuccess: () => router.refresh() });
}

export type CompleteTask = ReturnType<typeof useCompleteTask>;

/** Done with the minutes it took: one small form per open task. */
export function CompleteTaskForm({ taskId, title }: { taskId: string; title: string }) {
  return <CompleteTaskFields form={useCompleteTask()} taskId={taskId} title={title} />;
}

/** The form of one task; with a list's shared `form`, only the task that was sent shows its refusal. */
export function CompleteTaskFields({ form, taskId, title }: { form: CompleteTask; taskId: string; title: string }) {
  const t = useTranslations("aftercare");
  const mine = form.state.status !== "idle" && form.state.sent.taskId === taskId;
  const fieldError = (name: string) => (mine ? form.fieldError(name) : undefined);

  return (
    <form {...form.props} className="mt-2">
      <input type="hidden" name="taskId" value={taskId} />
      {/* Sent along so the answer can name the task, which by then has left the list. */}
      <input type="hidden" name="title" value={title} />
      <FormAlert id={`complete-error-${taskId}`} message={mine ? form.error : null} />
      <div className="flex flex-wrap items-start gap-2">
        <TextField
          id={`minutes-${taskId}`}
          name="minutes"
          label={
            <>
              {t("minutes")}
              <span className="sr-only">: {title}</span>
            </>
          }
          inputMode="numeric"
          size={5}
          controlWidth="w-24"
          defaultValue={mine ? form.sent("minutes") : undefined}
          error={fieldError("minutes")}
        />
        {/* Level with the box below the label, also when an error stands under it. */}
        <SubmitButton pending={form.pending} className="mt-7">
          {t("complete")}
          <span className="sr-only">: {title}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
