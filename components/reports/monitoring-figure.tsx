import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { FigureTable } from "@/lib/reports/monitoring-export";
import { MonitoringFigureView } from "./monitoring-figure-view";

/** One figure: a heading, what it means, the chart and, beside it, the table that says the same. */
export function MonitoringFigure({ table }: { table: FigureTable }) {
  const t = useTranslations("monitoring");
  return (
    <MonitoringFigureView
      table={table}
      locale={useLocale()}
      texts={{ chartSummary: t("chartSummary", { title: table.title }), noRows: t("noRows"), notShown: t("notShown") }}
    />
  );
}
