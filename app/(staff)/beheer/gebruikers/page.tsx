import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { PersonForm } from "@/components/people/person-form";
import { UserActions } from "@/components/users/user-actions";
import { listPersonChoices } from "@/lib/people/queries";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { listUsersForAdmin } from "@/lib/users/queries";
import { clock } from "@/lib/clock";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

/** The admin's list of the organisation's staff, with the controls that end access at once. */
export default async function UsersPage() {
  const actor = await requirePageRole(ADMIN_ROLES);
  const [users, choices] = await Promise.all([listUsersForAdmin(actor), listPersonChoices(actor)]);
  const t = await getTranslations();
  const { time, dateTime, roles } = await getStaffFormat();
  const now = clock.now();

  const status = (user: (typeof users)[number]) => {
    if (!user.active) return t("users.inactive");
    if (user.invited) return t("people.pending");
    if (user.lockedUntil && user.lockedUntil > now) return t("users.lockedUntil", { time: time(user.lockedUntil) });
    return t("users.active");
  };

  return (
    <ClientTexts namespaces={["users", "people"]}>
      <p className="mb-4">
        <Link href="/beheer" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("users.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("users.title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("users.intro")}</p>
      <DataTable
        caption={t("users.title")}
        headers={[t("users.name"), t("users.role"), t("users.status"), t("users.lastLogin"), t("users.actions")]}
        rowKeys={users.map((user) => user.id)}
        rows={users.map((user) => [
          <span key="name">
            <Link
              href={`/beheer/gebruikers/${user.id}`}
              className="font-medium text-brand-800 underline hover:text-brand-700"
              aria-label={t("people.editLabel", { name: user.name })}
            >
              {user.name}
            </Link>
            <br />
            <span className="text-sm text-slate-700">{user.email}</span>
          </span>,
          roles(user.roles, user.advisorKind),
          status(user),
          user.lastLoginAt ? dateTime(user.lastLoginAt) : t("users.never"),
          <UserActions
            key="actions"
            userId={user.id}
            name={user.name}
            active={user.active}
            isSelf={user.id === actor.userId}
            successors={
              user.roles.includes("ADVISOR") ? choices.advisors.filter((advisor) => advisor.id !== user.id) : undefined
            }
          />,
        ])}
      />
      <section aria-labelledby="invite-title" className="mt-10">
        <h2 id="invite-title" className="mb-2 text-2xl font-semibold">
          {t("people.inviteTitle")}
        </h2>
        <p className="mb-4 max-w-3xl text-slate-700">{t("people.inviteIntro")}</p>
        <PersonForm choices={choices} />
      </section>
    </ClientTexts>
  );
}
