import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { IntakeForm } from "@/components/desk/intake-form";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getIntakeOptions, getTodaysDesk, listBookableSlots } from "@/lib/desk/queries";
import { CLIENT_LANGUAGES, HEARD_VIA } from "@/lib/desk/schema";
import { newSubmissionId } from "@/lib/form-state";
import { DESK_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("intake"))("appointmentTitle") };
}

export default async function AppointmentPage({ searchParams }: { searchParams: Promise<{ locatie?: string }> }) {
  const actor = await requirePageRole(DESK_ROLES);
  const { locatie } = await searchParams;
  const { location } = await getTodaysDesk(actor, { locationId: locatie });
  const t = await getTranslations();
  const { name, date } = await getStaffFormat();
  const [options, slots] = await Promise.all([
    getIntakeOptions(actor),
    location ? listBookableSlots(actor, { locationId: location.id }) : [],
  ]);

  return (
    <ClientTexts namespaces={["intake"]}>
      <h1 className="text-3xl font-bold">{t("intake.appointmentTitle")}</h1>
      <p className="mb-2 text-slate-700">{location ? `${t("desk.location")}: ${location.name}` : null}</p>
      <p className="mb-6">{t("intake.appointmentIntro")}</p>
      {slots.length === 0 ? (
        <p>{t("intake.noBookableSlots")}</p>
      ) : (
        <IntakeForm
          mode="appointment"
          categories={options.categories.map((category) => ({
            id: category.id,
            label: name(category),
          }))}
          referrers={options.referrers.map((partner) => ({ id: partner.id, label: partner.name }))}
          languages={CLIENT_LANGUAGES}
          channels={HEARD_VIA}
          submissionId={newSubmissionId()}
          slots={slots.map((slot) => ({
            id: slot.id,
            label: t("intake.slotOption", {
              time: date(slot.startsAt, "EEEE d MMMM, HH:mm"),
              advisor: slot.advisor.name,
            }),
          }))}
        />
      )}
      <p className="mt-8">
        <Link href="/balie" className="font-semibold text-brand-800 underline">
          {t("intake.backToDesk")}
        </Link>
      </p>
    </ClientTexts>
  );
}
