import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PROGRAMME_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programme"))("title") };
}

/**
 * A funder's or programme's home: the figures of the partnerships that gave it access. Work in
 * progress (issue 21 item 6): grants and figures come in the next steps.
 */
export default async function ProgrammePage() {
  await requirePageRole(PROGRAMME_ROLES);
  const t = await getTranslations("programme");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="my-4 text-lg">{t("noGrants")}</p>
    </>
  );
}
