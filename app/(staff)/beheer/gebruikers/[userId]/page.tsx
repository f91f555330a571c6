import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { PersonForm } from "@/components/people/person-form";
import { ReinviteForm } from "@/components/people/reinvite-form";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { getPerson, listPersonChoices } from "@/lib/people/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("people.edit")} · ${t("users.title")}` };
}

/** One colleague: their role, supervision and home location, and a new invitation while pending. */
export default async function PersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requirePageRole(ADMIN_ROLES);
  const [person, choices] = await Promise.all([getPerson(actor, (await params).userId), listPersonChoices(actor)]);
  if (!person) notFound();
  const t = await getTranslations("people");
  return (
    <ClientTexts namespaces={["people"]}>
      <p className="mb-4">
        <Link href="/beheer/gebruikers" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("editTitle", { name: person.name })}</h1>
      <p className="text-slate-700">{person.email}</p>
      <p className="mb-6 max-w-3xl text-slate-700">{t("editIntro")}</p>
      <PersonForm choices={choices} person={person} />
      {person.invited && person.active && (
        <section aria-labelledby="reinvite-title" className="mt-10 max-w-3xl rounded border border-slate-300 p-4">
          <h2 id="reinvite-title" className="mb-2 text-xl font-semibold">
            {t("reinviteTitle")}
          </h2>
          <ReinviteForm userId={person.id} name={person.name} email={person.email} />
        </section>
      )}
    </ClientTexts>
  );
}
