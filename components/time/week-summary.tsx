import { useTranslations } from "@/lib/i18n/use-translations";
import { ScrollRegion } from "@/components/scroll-region";

type Row = { kind: string; label: string; perDay: number[]; total: number; plan: number | null };

/** Minutes as hours:minutes, the way a timesheet reads ("1:30"). */
const hoursAndMinutes = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;

/** The week on one table: a row per kind of work, a column per day, the total against the plan. */
export function WeekSummary({
  days,
  rows,
  dayTotals,
  total,
  plannedTotal,
}: {
  days: string[];
  rows: Row[];
  dayTotals: number[];
  total: number;
  plannedTotal: number;
}) {
  const t = useTranslations("hours");
  const cell = "px-2 py-2 text-right tabular-nums";
  const plan = (minutes: number | null) => (minutes ? hoursAndMinutes(minutes) : "–");
  return (
    <ScrollRegion label={t("summary")}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{t("summary")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="px-2 py-2">
              {t("kind")}
            </th>
            {days.map((day) => (
              <th key={day} scope="col" className={cell}>
                {day}
              </th>
            ))}
            <th scope="col" className={cell}>
              {t("total")}
            </th>
            <th scope="col" className={cell}>
              {t("plan")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-2 font-medium">
                {row.label}
              </th>
              {row.perDay.map((minutes, i) => (
                <td key={days[i]} className={`${cell} ${minutes ? "" : "text-slate-500"}`}>
                  {hoursAndMinutes(minutes)}
                </td>
              ))}
              <td className={`${cell} font-semibold`}>{hoursAndMinutes(row.total)}</td>
              <td className={cell}>{plan(row.plan)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" className="px-2 py-2">
              {t("total")}
            </th>
            {dayTotals.map((minutes, i) => (
              <td key={days[i]} className={cell}>
                {hoursAndMinutes(minutes)}
              </td>
            ))}
            <td className={cell}>{hoursAndMinutes(total)}</td>
            <td className={cell}>{plan(plannedTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
