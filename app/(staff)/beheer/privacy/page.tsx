import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { translateResult } from "@/lib/i18n/translate-refusal";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { requirePageRole } from "@/lib/auth/session";
import { getRetentionSetting, searchPrivacyClients, type PrivacyClientMatch } from "@/lib/privacy/queries";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { SubmitButton } from "@/components/form/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PrivacyPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const params = await searchParams;
  const query = typeof params.zoek === "string" ? params.zoek : "";
  const t = await getTranslations("privacy");
  const [setting, result] = await Promise.all([
    getRetentionSetting(actor),
    query.trim() !== "" ? searchPrivacyClients(actor, { query }).then(translateResult) : null,
  ]);
  const matches: PrivacyClientMatch[] | null = result?.ok ? result.value : null;
  const searchError = result && !result.ok ? (result.fieldErrors?.query?.[0] ?? result.error) : null;

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-slate-700">{t("intro")}</p>

      <section aria-labelledby="privacy-search" className="mb-10">
        <h2 id="privacy-search" className="mb-2 text-2xl font-semibold">
          {t("searchTitle")}
        </h2>
        <form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <TextField
            id="privacy-query"
            name="zoek"
            label={t("searchLabel")}
            defaultValue={query}
            controlWidth="w-80"
            aria-describedby="privacy-search-error"
          />
          <SubmitButton>{t("searchButton")}</SubmitButton>
        </form>
        <div className="mt-3">
          <FormAlert id="privacy-search-error" message={searchError} />
        </div>
        {matches && (
          <div aria-live="polite" className="mt-4">
            {matches.length === 0 ? (
              <p>{t("noMatches")}</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded border border-slate-300">
                {matches.map((client) => (
                  <li key={client.id} className="px-3 py-2">
                    <Link href={`/beheer/privacy/${client.id}`} className="font-semibold text-brand-800 underline">
                      {client.displayName}
                    </Link>
                    <span className="text-slate-700">
                      {" · "}
                      {client.anonymised
                        ? t("anonymisedShort")
                        : [client.birthYear ? t("born", { year: client.birthYear }) : null, client.phone]
                            .filter(Boolean)
                            .join(" · ")}
                      {" · "}
                      {t("clientNumber", { id: client.id })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention" className="mb-2 text-2xl font-semibold">
          {t("retentionTitle")}
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">{t("retentionExplained")}</p>
        <p>
          <Link href="/instellingen" className="font-medium text-brand-800 underline hover:text-brand-700">
            {t("retentionNow", { months: setting.retentionMonths })}
          </Link>
        </p>
      </section>
    </>
  );
}
