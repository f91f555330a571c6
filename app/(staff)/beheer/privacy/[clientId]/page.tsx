import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { ConsentPanel } from "@/components/privacy/consent-panel";
import { EraseClientForm } from "@/components/privacy/erase-client-form";
import { MergeClientsForm } from "@/components/privacy/merge-clients-form";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getClientPrivacy } from "@/lib/privacy/queries";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("clientTitle") };
}

export default async function ClientPrivacyPage({ params }: PageProps<"/beheer/privacy/[clientId]">) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const { clientId } = await params;
  const client = await getClientPrivacy(actor, clientId);
  if (!client) notFound();
  const t = await getTranslations("privacy");
  const desk = await getTranslations("intake");
  const { date } = await getStaffFormat();
  const day = (moment: Date) => date(moment, "d MMMM yyyy");
  const consents = client.consents.map((state) => ({
    purpose: state.purpose,
    standing: state.standing,
    history: state.history.map((consent) => ({
      id: consent.id,
      givenOn: day(consent.givenAt),
      withdrawnOn: consent.withdrawnAt ? day(consent.withdrawnAt) : null,
      scope: consent.scope,
    })),
  }));
  // An anonymised record, or one merged into another, has nothing left to change.
  const changeable = !client.anonymisedAt && !client.mergedInto;
  const fact = (label: string, value: React.ReactNode) => (
    <div className="flex gap-2">
      <dt className="font-medium">{label}:</dt>
      <dd>{value ?? "–"}</dd>
    </div>
  );

  return (
    <ClientTexts namespaces={["privacy"]}>
      <p className="mb-2">
        <Link href="/beheer/privacy" className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{client.displayName}</h1>
      {client.mergedInto && client.mergedAt && (
        <p role="status" className="my-3 rounded border border-slate-400 bg-slate-50 px-3 py-2">
          {t("mergedInto", { date: day(client.mergedAt) })}{" "}
          <Link href={`/beheer/privacy/${client.mergedInto.id}`} className="text-brand-800 underline">
            {t("mergedIntoLink", { name: client.mergedInto.displayName })}
          </Link>
        </p>
      )}
      {client.anonymisedAt && (
        <p role="status" className="my-3 rounded border border-slate-400 bg-slate-50 px-3 py-2">
          {t("anonymisedOn", { date: day(client.anonymisedAt) })}
        </p>
      )}
      <dl className="my-4 space-y-1">
        {fact(t("clientNumberLabel"), client.id)}
        {fact(t("phone"), client.phone)}
        {fact(t("email"), client.email)}
        {fact(t("birthYear"), client.birthYear)}
        {fact(t("postcodeArea"), client.postcodeArea)}
        {fact(t("heardVia"), client.heardVia && desk(`heardViaOptions.${client.heardVia}`))}
        {fact(t("registeredOn"), day(client.createdAt))}
        {fact(
          t("counts"),
          t("countsValue", {
            visits: client._count.visits,
            cases: client._count.cases,
            referrals: client._count.referrals,
          }),
        )}
      </dl>

      <section aria-labelledby="privacy-export" className="mb-8">
        <h2 id="privacy-export" className="mb-2 text-2xl font-semibold">
          {t("exportTitle")}
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">{t("exportExplained")}</p>
        <div className="flex flex-wrap gap-3">
          <a
            href={`/beheer/privacy/${client.id}/export`}
            download
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("exportJson")}
          </a>
          <Link
            href={`/beheer/privacy/${client.id}/inzage`}
            className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("exportPrintable")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="privacy-consents" className="mb-8">
        <h2 id="privacy-consents" className="mb-2 text-2xl font-semibold">
          {t("consentsTitle")}
        </h2>
        <ConsentPanel clientId={client.id} consents={consents} editable={changeable} />
      </section>

      {changeable && (
        <section aria-labelledby="privacy-merge" className="mb-8 rounded border border-slate-400 p-4">
          <h2 id="privacy-merge" className="mb-2 text-2xl font-semibold">
            {t("mergeTitle")}
          </h2>
          <p className="mb-3 max-w-prose">{t("mergeExplained")}</p>
          <MergeClientsForm keepClientId={client.id} />
        </section>
      )}

      {changeable && (
        <section aria-labelledby="privacy-erase" className="mb-8 rounded border-2 border-red-700 p-4">
          <h2 id="privacy-erase" className="mb-2 text-2xl font-semibold">
            {t("eraseTitle")}
          </h2>
          <p className="mb-2 max-w-prose">{t("eraseExplained")}</p>
          <p className="mb-3 max-w-prose">{t("eraseKept")}</p>
          <EraseClientForm clientId={client.id} />
        </section>
      )}
    </ClientTexts>
  );
}
