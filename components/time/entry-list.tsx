import { useTranslations } from "@/lib/i18n/use-translations";
import Link from "next/link";
import { CorrectEntryForm } from "./correct-entry-form";

export type ListedEntry = {
  id: string;
  /** Already formatted for the reader: day and kind of work. */
  day: string;
  kind: string;
  minutes: number;
  description: string | null;
  taskTitle: string | null;
  caseId: string | null;
  /** A conversation at a session: part of the presence, not added to it. */
  withinPresence: boolean;
  total: number;
  corrections: { id: string; minutes: number; description: string | null; enteredBy: string | null; at: string }[];
};

const signed = (minutes: number) => (minutes > 0 ? `+${minutes}` : String(minutes));

/** Each entry as written, its corrections beneath it, and what it counts for now. */
export function EntryList({ entries }: { entries: ListedEntry[] }) {
  const t = useTranslations("hours");
  if (entries.length === 0) return <p>{t("noEntries")}</p>;
  return (
    <ul className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-slate-300 px-3 py-2">
          <p>
            <span className="font-medium">{entry.day}</span> · {entry.kind} ·{" "}
            <span className="font-semibold">{t("entryMinutes", { minutes: entry.minutes })}</span>
          </p>
          {entry.taskTitle ? (
            <p className="text-sm">{t("task", { title: entry.taskTitle })}</p>
          ) : (
            entry.description && <p className="text-sm">{entry.description}</p>
          )}
          {entry.withinPresence && <p className="text-sm text-slate-700">{t("withinPresence")}</p>}
          {entry.caseId && (
            <Link href={`/dossiers/${entry.caseId}`} className="text-sm text-brand-800 underline">
              {t("dossier")}
            </Link>
          )}
          {entry.corrections.length > 0 && (
            <>
              <ul className="mt-1 border-l-4 border-amber-500 pl-3 text-sm">
                {entry.corrections.map((correction) => (
                  <li key={correction.id}>
                    {t("correction", { minutes: signed(correction.minutes) })} · {correction.at}
                    {correction.enteredBy && ` · ${t("correctionBy", { name: correction.enteredBy })}`}
                    {correction.description && ` · ${correction.description}`}
                  </li>
                ))}
              </ul>
              <p className="font-semibold">{t("countsFor", { minutes: entry.total })}</p>
            </>
          )}
          <CorrectEntryForm
            timeEntryId={entry.id}
            currentMinutes={entry.total}
            folded={{
              title: t("correct"),
              className: "mt-1",
              summaryClassName: "cursor-pointer font-medium text-brand-800",
            }}
          />
        </li>
      ))}
    </ul>
  );
}
