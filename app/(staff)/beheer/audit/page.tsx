import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { SelectField, TextField } from "@/components/form/field";
import { KNOWN_ACTIONS } from "@/lib/audit/plain-words";
import { findClientsForAudit, listAuditEvents, listAuditUsers, type AuditFilter } from "@/lib/audit/queries";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import type { AdvisorKind, Role } from "@/lib/generated/prisma/enums";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { SubmitButton } from "@/components/form/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

/** The filters' names in the address bar: Dutch, like the rest of the app's. */
const QUERY_NAMES = {
  from: "van",
  to: "tot",
  user: "gebruiker",
  action: "actie",
  access: "toegang",
  client: "client",
  record: "record",
  after: "na",
} as const;

/** The URL of this view with these filters, from the start or after a given event. */
function auditHref(filter: AuditFilter, after?: string) {
  const query = new URLSearchParams();
  for (const [key, name] of Object.entries(QUERY_NAMES)) {
    const value = key === "after" ? after : filter[key as keyof typeof QUERY_NAMES];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return search ? `/beheer/audit?${search}` : "/beheer/audit";
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const params = await searchParams;
  const [{ filter, events, nextAfter }, users, clients] = await Promise.all([
    listAuditEvents(actor, Object.fromEntries(Object.entries(QUERY_NAMES).map(([key, name]) => [key, params[name]]))),
    listAuditUsers(actor),
    params.zoek ? findClientsForAudit(actor, params.zoek) : Promise.resolve(null),
  ]);
  const t = await getTranslations();
  const { date, role: roleLabel, roles } = await getStaffFormat();
  const roleOf = (role: Role | null, kind: AdvisorKind | null) => (role ? roleLabel(role, kind) : t("auditLog.system"));

  return (
    <>
      <h1 className="text-3xl font-bold">{t("auditLog.title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("auditLog.intro")}</p>

      <section aria-labelledby="client-search" className="mb-8">
        <h2 id="client-search" className="mb-2 text-2xl font-semibold">
          {t("auditLog.clientSearchTitle")}
        </h2>
        <p className="mb-2 max-w-3xl text-slate-700">{t("auditLog.clientSearchIntro")}</p>
        <form method="get" role="search" aria-labelledby="client-search" className="flex flex-wrap items-end gap-3">
          <TextField
            id="zoek"
            name="zoek"
            type="search"
            label={t("auditLog.clientSearchLabel")}
            minLength={2}
            maxLength={100}
            defaultValue={params.zoek ?? ""}
            controlWidth="w-auto"
          />
          <SubmitButton>{t("auditLog.clientSearchButton")}</SubmitButton>
        </form>
        {clients && (
          <div role="status" className="mt-3">
            {clients.length === 0 ? (
              <p>{t("auditLog.noClients")}</p>
            ) : (
              <ul className="space-y-1">
                {clients.map((client) => (
                  <li key={client.id}>
                    <span className="font-semibold">{client.displayName}</span> ({t("auditLog.clientNumber")}{" "}
                    {client.id}) ·{" "}
                    <Link href={`/beheer/audit/client/${client.id}`} className="text-brand-800 underline">
                      {t("auditLog.reportLink", { name: client.displayName })}
                    </Link>{" "}
                    ·{" "}
                    <Link href={auditHref({ client: client.id })} className="text-brand-800 underline">
                      {t("auditLog.filterLink", { name: client.displayName })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <h2 className="mb-2 text-2xl font-semibold">{t("auditLog.eventsTitle")}</h2>
      <form method="get" aria-label={t("auditLog.filters")} className="mb-6 flex flex-wrap items-end gap-3">
        <TextField
          id="van"
          name="van"
          type="date"
          label={t("auditLog.from")}
          defaultValue={filter.from ?? ""}
          controlWidth="w-auto"
        />
        <TextField
          id="tot"
          name="tot"
          type="date"
          label={t("auditLog.to")}
          defaultValue={filter.to ?? ""}
          controlWidth="w-auto"
        />
        <SelectField
          id="gebruiker"
          name="gebruiker"
          label={t("auditLog.user")}
          defaultValue={filter.user ?? ""}
          controlWidth="w-auto"
        >
          <option value="">{t("auditLog.everyone")}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} – {roles(user.roles, user.advisorKind)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="actie"
          name="actie"
          label={t("auditLog.action")}
          list="known-actions"
          defaultValue={filter.action ?? ""}
          controlWidth="w-auto"
        />
        <datalist id="known-actions">
          {KNOWN_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <SelectField
          id="toegang"
          name="toegang"
          label={t("auditLog.access")}
          defaultValue={filter.access ?? ""}
          controlWidth="w-auto"
        >
          <option value="">{t("auditLog.anyAccess")}</option>
          <option value="READ">{t("auditLog.READ")}</option>
          <option value="WRITE">{t("auditLog.WRITE")}</option>
        </SelectField>
        <TextField
          id="client"
          name="client"
          label={t("auditLog.client")}
          defaultValue={filter.client ?? ""}
          controlWidth="w-auto"
        />
        <TextField
          id="record"
          name="record"
          label={t("auditLog.record")}
          defaultValue={filter.record ?? ""}
          controlWidth="w-auto"
        />
        <SubmitButton>{t("auditLog.apply")}</SubmitButton>
        <Link href="/beheer/audit" className="px-2 py-2 text-brand-800 underline">
          {t("auditLog.reset")}
        </Link>
      </form>

      {events.length === 0 ? (
        <p>{t("auditLog.empty")}</p>
      ) : (
        <DataTable
          caption={t("auditLog.caption")}
          headers={[
            t("auditLog.when"),
            t("auditLog.who"),
            t("auditLog.role"),
            t("auditLog.action"),
            t("auditLog.access"),
            t("auditLog.record"),
            t("auditLog.client"),
            t("auditLog.origin"),
          ]}
          rows={events.map((event) => [
            <time key="when" dateTime={event.occurredAt.toISOString()} className="whitespace-nowrap">
              {date(event.occurredAt, "d MMM yyyy HH:mm:ss")}
            </time>,
            event.actor?.name ?? t("auditLog.system"),
            roleOf(event.actorRole, event.actorAdvisorKind),
            <code key="action">{event.action}</code>,
            t(`auditLog.${event.access}`),
            event.entityType ? (
              <span key="record">
                {event.entityType}
                {event.entityId && <code className="block text-sm">{event.entityId}</code>}
              </span>
            ) : (
              "–"
            ),
            event.clientId ? (
              <Link key="client" href={`/beheer/audit/client/${event.clientId}`} className="text-brand-800 underline">
                {event.clientName ?? event.clientId}
              </Link>
            ) : (
              "–"
            ),
            <span key="origin" className="block max-w-xs text-sm break-words">
              {event.ipAddress ?? "–"}
              {event.userAgent && <span className="block text-slate-700">{event.userAgent}</span>}
            </span>,
          ])}
        />
      )}
      <nav aria-label={t("auditLog.pages")} className="mt-4 flex gap-4">
        {filter.after && (
          <Link href={auditHref(filter)} className="text-brand-800 underline">
            {t("auditLog.firstPage")}
          </Link>
        )}
        {nextAfter && (
          <Link href={auditHref(filter, nextAfter)} className="text-brand-800 underline">
            {t("auditLog.older")}
          </Link>
        )}
      </nav>
    </>
  );
}
