import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { MonitoringDownload } from "@/components/reports/monitoring-download";
import { MonitoringFigure } from "@/components/reports/monitoring-figure";
import { PROGRAMME_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { amsterdamDay } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { translateResult } from "@/lib/i18n/translate-refusal";
import { getProgrammeFigures } from "@/lib/programmes/figures";
import { quarterId } from "@/lib/programmes/quarters";
import { programmeTables, quarterLabel } from "@/lib/programmes/tables";
import type { Translate } from "@/lib/reports/monitoring-export";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programme"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A funder's or programme's page: the figures of the partnerships that gave it access, per finished quarter. */
export default async function ProgrammePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(PROGRAMME_ROLES);
  const { kwartaal } = await searchParams;
  const result = await translateResult(await getProgrammeFigures(actor, { quarter: single(kwartaal) }));
  const t = await getTranslations("programme");
  const translate = t as unknown as Translate;
  const { day } = await getStaffFormat();

  if (!result.ok) {
    return (
      <>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p role="alert" className="my-4 rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {result.error}
        </p>
        <p>
          <Link href="/programma" className="font-medium text-brand-800 underline">
            {t("lastQuarter")}
          </Link>
        </p>
      </>
    );
  }

  const figures = result.value;
  const chosen = quarterId(figures.chosen.quarter);
  const download = (format: "csv" | "xlsx") => `/programma/export?${new URLSearchParams({ format, kwartaal: chosen })}`;
  const texts = {
    preparing: t("download.preparing"),
    receiving: t("download.receiving"),
    done: t.raw("download.done") as string,
    failed: t("download.failed"),
    progress: t("download.progress"),
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 text-lg">{t("intro", { programme: figures.programme.name })}</p>
      <p className="mb-6 text-slate-700">{t("privacy")}</p>

      {figures.partnerships.length === 0 ? (
        <p className="my-4 text-lg">{t("noGrants")}</p>
      ) : (
        <>
          <form
            action="/programma"
            method="get"
            aria-labelledby="kwartaal-titel"
            className="mb-6 rounded border border-slate-300 p-4 print:hidden"
          >
            <h2 id="kwartaal-titel" className="mb-2 text-xl font-semibold">
              {t("quarterTitle")}
            </h2>
            <div className="flex flex-wrap items-start gap-4">
              <SelectField
                id="kwartaal"
                name="kwartaal"
                label={t("quarter")}
                defaultValue={chosen}
                controlWidth="w-auto"
                aria-describedby="kwartaal-hint"
              >
                {figures.quarters.map((quarter) => (
                  <option key={quarterId(quarter)} value={quarterId(quarter)}>
                    {quarterLabel(quarter, translate)}
                  </option>
                ))}
              </SelectField>
              <SubmitButton className="mt-7">{t("show")}</SubmitButton>
            </div>
            <p id="kwartaal-hint" className="mt-2 text-sm text-slate-700">
              {t("quarterHint")}
            </p>
          </form>

          <section aria-labelledby="bibliotheken-titel" className="mb-8">
            <h2 id="bibliotheken-titel" className="mb-2 text-2xl font-semibold">
              {t("partnershipsTitle")}
            </h2>
            <ul className="list-disc pl-6">
              {figures.partnerships.map((partnership) => (
                <li key={partnership.id}>
                  {t("partnershipLine", {
                    name: partnership.name,
                    municipality: partnership.municipality,
                    since: day(amsterdamDay(partnership.grantedAt)),
                  })}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="downloads-titel" className="mb-8 print:hidden">
            <h2 id="downloads-titel" className="mb-2 text-xl font-semibold">
              {t("downloadsTitle")}
            </h2>
            <div className="flex flex-wrap items-start gap-4">
              <MonitoringDownload href={download("csv")} label={t("downloadCsv")} texts={texts} />
              <MonitoringDownload href={download("xlsx")} label={t("downloadXlsx")} texts={texts} />
            </div>
          </section>

          {programmeTables(figures, translate).map((table) => (
            <MonitoringFigure key={table.id} table={table} />
          ))}
        </>
      )}
    </>
  );
}
