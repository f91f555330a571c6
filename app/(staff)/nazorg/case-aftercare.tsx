import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AftercarePanel } from "@/components/aftercare/aftercare-panel";
import type { Actor } from "@/lib/auth/actor";
import { getCaseAftercare } from "@/lib/aftercare/queries";
import { amsterdamDay } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { clock } from "@/lib/clock";
import { newSubmissionId } from "@/lib/form-state";

/**
 * The aftercare section of the dossier page: it fetches its own data, so the dossier page only
 * places it and the dossier query stays the dossier's.
 */
export async function CaseAftercare({ actor, caseId, closed }: { actor: Actor; caseId: string; closed: boolean }) {
  const aftercare = await getCaseAftercare(actor, caseId);
  if (!aftercare) notFound();
  const t = await getTranslations();
  const { day: calendarDay, date, dateTime, advisor: advisorName } = await getStaffFormat();
  const day = (value: string) => calendarDay(value, "EEEE d MMMM yyyy");

  return (
    <AftercarePanel
      submissionId={newSubmissionId()}
      caseId={caseId}
      closed={closed}
      meId={actor.userId}
      today={amsterdamDay(clock.now())}
      tasks={aftercare.tasks.map((task) => ({
        id: task.id,
        title: task.title,
        status: task.status,
        due: task.dueOn ? day(task.dueOn) : null,
        overdue: task.overdue,
        assignee: task.assignee?.id === actor.userId ? null : (task.assignee?.name ?? t("dossier.onCoordinatorsList")),
        done: task.completedAt ? date(task.completedAt) : null,
        minutes: task.minutes,
      }))}
      advisors={aftercare.advisors.map((advisor) => ({
        value: advisor.id,
        label: advisor.id === actor.userId ? t("aftercare.me", { name: advisor.name }) : advisorName(advisor),
      }))}
      visits={aftercare.visits.map((visit) => ({
        value: visit.id,
        label: dateTime(visit.at),
      }))}
    />
  );
}
