import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MyAftercareList } from "@/components/aftercare/my-aftercare-list";
import { ClientTexts } from "@/components/client-texts";
import { listMyAftercare } from "@/lib/aftercare/queries";
import { requirePageRole } from "@/lib/auth/session";
import { formatInAmsterdam } from "@/lib/dates";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("aftercare"))("myTitle") };
}

export default async function MyAftercarePage() {
  const actor = await requirePageRole(CASE_ROLES);
  const { total, tasks } = await listMyAftercare(actor);
  const t = await getTranslations("aftercare");
  const locale = (await getLocale()) === "en" ? "en" : "nl";
  const day = (value: string) => formatInAmsterdam(new Date(`${value}T12:00:00Z`), "EEEE d MMMM yyyy", locale);

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
