import { useTranslations } from "@/lib/i18n/use-translations";
import { CompleteTaskForm } from "./complete-task-form";
import { CreateTaskForm } from "./create-task-form";

type PanelTask = {
  id: string;
  title: string;
  status: "OPEN" | "DONE";
  /** Already formatted for the reader's language. */
  due: string | null;
  overdue: boolean;
  assignee: string | null;
  done: string | null;
  minutes: number;
};

type Option = { value: string; label: string };

type Props = {
  caseId: string;
  closed: boolean;
  meId: string;
  today: string;
  tasks: PanelTask[];
  advisors: Option[];
  visits: Option[];
  submissionId: string;
};

/** The dossier's aftercare: what is still to do (and can be completed here), what was done, a new task. */
export function AftercarePanel({ caseId, closed, meId, today, tasks, advisors, visits, submissionId }: Props) {
  const t = useTranslations("aftercare");
  const open = tasks.filter((task) => task.status === "OPEN");
  const done = tasks.filter((task) => task.status === "DONE");
  return (
    <div className="space-y-4">
      {tasks.length === 0 && <p>{t("noTasks")}</p>}
      {open.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("openTasks")}</h3>
          <ul className="space-y-3">
            {open.map((task) => (
              <li key={task.id} className="rounded border border-slate-300 px-3 py-2">
                <p className="font-medium">{task.title}</p>
                <p className="text-sm">
                  {task.due ? t("due", { date: task.due }) : t("noDue")}
                  {task.overdue && (
                    <span className="ml-2 rounded bg-red-100 px-1 font-semibold text-red-900">{t("overdue")}</span>
                  )}
                  {task.assignee && ` · ${t("assignedTo", { name: task.assignee })}`}
                </p>
                <CompleteTaskForm taskId={task.id} title={task.title} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {done.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("doneTasks")}</h3>
          <ul className="space-y-1 text-slate-700">
            {done.map((task) => (
              <li key={task.id}>
                <span className="line-through">{task.title}</span>
                <span className="block text-sm">
                  {t("doneOn", { date: task.done ?? "–", minutes: task.minutes })}
                  {task.assignee && ` · ${t("assignedTo", { name: task.assignee })}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!closed && (
        <CreateTaskForm
          caseId={caseId}
          meId={meId}
          advisors={advisors}
          visits={visits}
          today={today}
          submissionId={submissionId}
        />
      )}
    </div>
  );
}
