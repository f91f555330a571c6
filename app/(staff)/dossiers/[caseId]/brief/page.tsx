import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { LetterForm } from "@/components/letters/letter-form";
import { requirePageRole } from "@/lib/auth/session";
import { amsterdamDay } from "@/lib/dates";
import { getLetterContext } from "@/lib/letters/queries";
import { lettersAwaitReview } from "@/lib/letters/review-queries";
import { clock } from "@/lib/clock";
import { newSubmissionId } from "@/lib/form-state";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("title") };
}

export default async function LetterPage({ params }: { params: Promise<{ caseId: string }> }) {
  const actor = await requirePageRole(CASE_ROLES);
  const { caseId } = await params;
  const context = await getLetterContext(actor, caseId);
  if (!context) notFound();
  const t = await getTranslations("letters");
  const awaitsReview = await lettersAwaitReview(actor, context.caseId);
  const dossierHref = `/dossiers/${context.caseId}`;

  return (
    <ClientTexts namespaces={["letters"]}>
      <div className="mb-6 print:hidden">
        <Link href={dossierHref} className="font-semibold text-brand-800 underline">
          {t("backToDossier")}
        </Link>
        <h1 className="mt-2 text-3xl font-bold">{t("titleFor", { name: context.clientName })}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        {awaitsReview && (
          <p className="mt-2 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("draftNotice")}</p>
        )}
      </div>
      {context.closed ? (
        <p className="rounded border border-slate-400 bg-slate-50 px-3 py-2 font-medium">{t("closed")}</p>
      ) : (
        <LetterForm
          caseId={context.caseId}
          dossierHref={dossierHref}
          documentHref={`${dossierHref}/documenten`}
          clientName={context.clientName}
          place={context.place}
          today={amsterdamDay(clock.now())}
          question={context.question}
          addressee={context.addressee}
          awaitsReview={awaitsReview}
          submissionId={newSubmissionId()}
        />
      )}
    </ClientTexts>
  );
}
