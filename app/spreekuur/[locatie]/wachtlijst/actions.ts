"use server";

import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/audit";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { dateColumn, formatLongDate } from "@/lib/dates";
import { parsePublicLocale, publicTranslator } from "@/lib/public/locales";
import { joinWaitingListOnline } from "@/lib/waiting-list/join-online";
import { waitingListRefusal } from "@/lib/waiting-list/refusal-texts";

/** The public waiting-list form: no session; lib/waiting-list decides, with the public form's limits. */
export async function joinWaitingListAction(
  _previous: FormState<{ until: string; text: string }>,
  form: FormData,
): Promise<FormState<{ until: string; text: string }>> {
  const input = formInput(form, { booleans: ["consent"] });
  const locale = parsePublicLocale(input.locale);
  const joined = await joinWaitingListOnline(input, { origin: originFromHeaders(await headers()) });
  if (!joined.ok) return waitingListRefusal(locale, joined, form);
  const { until } = joined.value;
  // The last day as the client reads it: noon of that day, so no zone moves it to another.
  const date = formatLongDate(new Date(dateColumn(until).getTime() + 12 * 3_600_000), locale);
  return answer({ ok: true, value: { until, text: publicTranslator(locale)("waitingList.doneText", { date }) } }, form);
}
