import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { MyAftercareList } from "@/components/aftercare/my-aftercare-list";
import { ClientTexts } from "@/components/client-texts";
import { listMyAftercare } from "@/lib/aftercare/queries";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("aftercare"))("myTitle") };
}

export default async function MyAftercarePage() {
  const actor = await requirePageRole(CASE_ROLES);
  const { total, tasks } = await listMyAftercare(actor);
  const t = await getTranslations("aftercare");
  const { day: calendarDay } = await getStaffFormat();
  const day = (value: string) => calendarDay(value, "EEEE d MMMM yyyy");

  return (
    <ClientTexts namespaces={["aftercare"]}>
      <h1 className="text-3xl font-bold">{t("myTitle")}</h1>
      <p className="text-slate-700">{t("myIntro")}</p>
      <p className="mb-6 font-medium">{t("count", { count: total })}</p>
      <MyAftercareList tasks={tasks.map((task) => ({ ...task, due: task.dueOn ? day(task.dueOn) : null }))} />
      {total > tasks.length && <p className="mt-4">{t("more", { shown: tasks.length })}</p>}
    </ClientTexts>
  );
}
