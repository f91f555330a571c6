"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import Link from "next/link";
import { CompleteTaskFields, useCompleteTask } from "./complete-task-form";

export type MyTask = {
  id: string;
  title: string;
  due: string | null;
  overdue: boolean;
  dossier: { id: string; clientName: string } | null;
};

/** "My aftercare": a completed task leaves the list, so the list itself says what was completed. */
export function MyAftercareList({ tasks }: { tasks: MyTask[] }) {
  const t = useTranslations("aftercare");
  // One form state for the list: the task it completed leaves the list, its answer stays.
  const form = useCompleteTask();
  const completed =
    form.state.status === "ok"
      ? t("completed", { title: form.state.sent.title ?? "", minutes: Number(form.state.sent.minutes) })
      : null;
  return (
    <>
      <div aria-live="polite" className="mb-4">
        {completed && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2">
            {completed}
          </p>
        )}
      </div>
      {tasks.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-label={t("openTasks")} className="space-y-3">
          {tasks.map((task) => (
            <li
              key={task.id}
              className={`rounded border px-4 py-3 ${task.overdue ? "border-red-700" : "border-slate-300"}`}
            >
              <p className="text-lg font-semibold">{task.title}</p>
              <p>
                {task.due ? t("due", { date: task.due }) : t("noDue")}
                {task.overdue && (
                  <span className="ml-2 rounded bg-red-100 px-1 text-sm font-semibold text-red-900">
                    {t("overdue")}
                  </span>
                )}
              </p>
              {task.dossier ? (
                <Link href={`/dossiers/${task.dossier.id}`} className="text-brand-800 underline">
                  {t("dossierFor", { name: task.dossier.clientName })}
                </Link>
              ) : (
                <p className="text-sm text-slate-700">{t("noDossierAccess")}</p>
              )}
              <CompleteTaskFields form={form} taskId={task.id} title={task.title} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
