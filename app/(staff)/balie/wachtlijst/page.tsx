import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { SelectField } from "@/components/form/field";
import { AddToWaitingListForm, BookOfferForm, WithdrawForm } from "@/components/waiting-list/desk-forms";
import { absoluteUrl } from "@/lib/app-url";
import { DESK_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { dayOfDateColumn } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { newSubmissionId } from "@/lib/form-state";
import { listWaitingList, waitingListLocations } from "@/lib/waiting-list/manage-list";
import { waitingListPath } from "@/lib/waiting-list/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waitingListDesk"))("title") };
}

/**
 * The desk's waiting list of one location (issue 18 item 4): who waits, oldest first, and which
 * freed half hour is offered to whom, so the host calls those without an e-mail. It only reads:
 * the changes that free a half hour offer it (lib/jobs/waiting-list-sweep.ts), as does the
 * five-minute job, never the opening of a page (a prefetch, a reload).
 */
export default async function WaitingListDeskPage({ searchParams }: { searchParams: Promise<{ locatie?: string }> }) {
  const actor = await requirePageRole(DESK_ROLES);
  const { locatie } = await searchParams;
  const locations = await waitingListLocations(actor);
  const location = locations.find((candidate) => candidate.id === locatie) ?? locations[0] ?? null;
  const t = await getTranslations("waitingListDesk");
  const { date, day, time } = await getStaffFormat();
  const listed = location ? await listWaitingList(actor, { locationId: location.id }, { now: clock.now() }) : null;
  const entries = listed?.ok ? listed.value : [];

  return (
    <ClientTexts namespaces={["waitingListDesk"]}>
      <p className="mb-4">
        <Link href={location ? `/balie?locatie=${location.id}` : "/balie"} className="text-brand-800 underline">
          {t("backToDesk")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("intro")}</p>
      {locations.length > 1 && (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
          <SelectField
            id="locatie"
            name="locatie"
            label={t("location")}
            defaultValue={location?.id}
            controlWidth="w-auto"
          >
            {locations.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="rounded border border-slate-500 px-3 py-2">
            {t("show")}
          </button>
        </form>
      )}
      {location && (
        <>
          <section aria-labelledby="wachtlijst" className="mb-10">
            <h2 id="wachtlijst" className="mb-3 text-2xl font-semibold">
              {location.name}
            </h2>
            {entries.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <DataTable
                caption={t("listCaption", { location: location.name })}
                headers={[t("name"), t("contact"), t("since"), t("until"), t("offer"), ""]}
                rowKeys={entries.map((entry) => entry.id)}
                rows={entries.map((entry) => {
                  const name = entry.client.displayName;
                  const phone = entry.client.phone ?? entry.client.email ?? "–";
                  return [
                    <span key="name">
                      <span className="font-semibold">{name}</span>
                      {entry.addedVia === "ONLINE" && (
                        <span className="block text-sm text-slate-700">{t("online")}</span>
                      )}
                      {entry.note && <span className="block text-sm text-slate-700">{entry.note}</span>}
                    </span>,
                    <span key="contact" dir="ltr">
                      {[entry.client.phone, entry.client.email].filter(Boolean).join(" · ") || "–"}
                    </span>,
                    date(entry.createdAt),
                    day(dayOfDateColumn(entry.until)),
                    entry.offer ? (
                      <span key="offer">
                        <strong className="block">
                          {t(entry.offer.mailed ? "mailedOffer" : "callOffer", {
                            name,
                            phone,
                            time: time(entry.offer.startsAt),
                          })}
                        </strong>
                        <span className="text-sm text-slate-700">
                          {t("offerHeld", { date: date(entry.offer.startsAt), until: time(entry.offer.expiresAt) })}
                        </span>
                        <BookOfferForm offerId={entry.offer.id} name={name} />
                      </span>
                    ) : (
                      t("noOffer")
                    ),
                    <WithdrawForm key="withdraw" entryId={entry.id} name={name} />,
                  ];
                })}
              />
            )}
          </section>

          <section aria-labelledby="toevoegen" className="mb-10">
            <h2 id="toevoegen" className="mb-3 text-2xl font-semibold">
              {t("addHeading")}
            </h2>
            <AddToWaitingListForm locationId={location.id} submissionId={newSubmissionId()} />
            {location.onlineBooking && (
              <p className="mt-6 text-slate-700">
                {t("selfService", { address: absoluteUrl(waitingListPath(location.slug)) })}
              </p>
            )}
          </section>
        </>
      )}
    </ClientTexts>
  );
}
