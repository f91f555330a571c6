import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import {
  AddCommonOtherPartiesForm,
  OtherPartyActiveButton,
  OtherPartyForm,
} from "@/components/other-parties/other-party-forms";
import { OTHER_PARTY_EDIT_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { listOtherParties } from "@/lib/other-parties/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("otherParties"))("title") };
}

/**
 * The coordinator's list of other parties: the authorities and companies clients' letters come
 * from, with the address the advisors' letters go to. Each entry's form opens only when asked.
 */
export default async function OtherPartiesPage() {
  const actor = await requirePageRole(OTHER_PARTY_EDIT_ROLES);
  const entries = await listOtherParties(actor);
  const t = await getTranslations("otherParties");
  const address = (entry: (typeof entries)[number]) =>
    [entry.department, entry.postalAddress, entry.postcodeTown].filter(Boolean).join(", ") || t("noAddress");
  const active = entries.filter((entry) => entry.active);
  const inactive = entries.filter((entry) => !entry.active);
  const table = (list: typeof entries, caption: string) => (
    <DataTable
      caption={caption}
      headers={[t("name"), t("kind"), t("address"), t("dossiers"), t("actions")]}
      rowKeys={list.map((entry) => entry.id)}
      rows={list.map((entry) => [
        entry.name,
        t(`kinds.${entry.kind}`),
        address(entry),
        entry.dossiers,
        <div key="actions" className="space-y-2">
          <OtherPartyForm
            entry={entry}
            folded={{
              title: (
                <>
                  {t("edit")}
                  <span className="sr-only">: {entry.name}</span>
                </>
              ),
              className: "rounded border border-slate-300 px-3 py-2 [&>form]:mt-3",
              summaryClassName: "cursor-pointer font-medium text-brand-800",
            }}
          />
          <OtherPartyActiveButton entry={entry} active={entry.active} />
        </div>,
      ])}
    />
  );

  return (
    <ClientTexts namespaces={["otherParties"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="mb-6 max-w-3xl text-slate-700">{t("addressFirst")}</p>

      <section aria-labelledby="common-title" className="mb-8">
        <h2 id="common-title" className="mb-2 text-xl font-semibold">
          {t("commonTitle")}
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">{t("commonIntro")}</p>
        <AddCommonOtherPartiesForm />
      </section>

      <section aria-labelledby="list-title" className="mb-8">
        <h2 id="list-title" className="mb-2 text-2xl font-semibold">
          {t("listTitle")}
        </h2>
        {active.length === 0 ? <p>{t("empty")}</p> : table(active, t("listTitle"))}
      </section>

      <section aria-labelledby="new-title" className="mb-8">
        <h2 id="new-title" className="mb-2 text-2xl font-semibold">
          {t("newTitle")}
        </h2>
        <OtherPartyForm />
      </section>

      {inactive.length > 0 && (
        <section aria-labelledby="inactive-title" className="mb-8">
          <h2 id="inactive-title" className="mb-2 text-2xl font-semibold">
            {t("inactiveTitle")}
          </h2>
          <p className="mb-3 max-w-3xl text-slate-700">{t("inactiveIntro")}</p>
          {table(inactive, t("inactiveTitle"))}
        </section>
      )}
    </ClientTexts>
  );
}
