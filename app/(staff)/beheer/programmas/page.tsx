import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { ProgrammeAccessForm } from "@/components/programmes/programme-access-form";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { amsterdamDay } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { listProgrammeGrants } from "@/lib/programmes/grants";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeAccess"))("title") };
}

/** The programmes and funders on this installation, and which of them may read the partnership's figures. */
export default async function ProgrammeAccessPage() {
  const actor = await requirePageRole(ADMIN_ROLES);
  const programmes = await listProgrammeGrants(actor);
  const t = await getTranslations("programmeAccess");
  const { day } = await getStaffFormat();
  return (
    <ClientTexts namespaces={["programmeAccess"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 text-slate-700">{t("intro")}</p>
      <p className="mb-6 text-slate-700">{t("whatTheySee")}</p>
      {programmes.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          headers={[t("name"), t("area"), t("access"), t("change")]}
          rows={programmes.map((programme) => [
            programme.name,
            programme.municipality,
            programme.grant
              ? t("grantedBy", { day: day(amsterdamDay(programme.grant.grantedAt)), name: programme.grant.grantedBy })
              : t("noAccess"),
            <ProgrammeAccessForm
              key="change"
              programmeId={programme.id}
              name={programme.name}
              granted={programme.grant !== null}
            />,
          ])}
        />
      )}
    </ClientTexts>
  );
}
