import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { ApproveLetterForm, ReturnLetterForm, ReviseLetterForm } from "@/components/letters/letter-review-forms";
import { CASE_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { listLetterReviews } from "@/lib/letters/review-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letterReview"))("title") };
}

type Review = Awaited<ReturnType<typeof listLetterReviews>>["toReview"][number];

/**
 * Volunteers' letters wait here for their supervising professional, oldest first; a volunteer
 * finds their own drafts here, and the comment on one that came back.
 */
export default async function LetterReviewsPage() {
  const actor = await requirePageRole(CASE_ROLES);
  const { toReview, mine } = await listLetterReviews(actor);
  const t = await getTranslations("letterReview");
  const { dateTime } = await getStaffFormat();

  const letter = (review: Review) => (
    <>
      <p className="mb-2 text-sm text-slate-700">
        <Link href={`/dossiers/${review.case.id}`} className="text-brand-800 underline">
          {t("dossierLink", { name: review.case.client.displayName })}
        </Link>
      </p>
      <div lang="nl" className="rounded border border-slate-300 bg-white p-4">
        <p className="mb-2 font-bold text-red-800">{t("draftMark")}</p>
        <p className="font-[Arial,Helvetica,sans-serif] whitespace-pre-wrap">{review.text}</p>
      </div>
      {review.steps.length > 0 && (
        <ol aria-label={t("historyLabel", { title: review.title })} className="mt-3 space-y-1 text-sm">
          {review.steps.map((step) => (
            <li key={step.id}>
              {t(`steps.${step.step}`, { name: step.by.name, when: dateTime(step.at) })}
              {step.comment && <span className="block whitespace-pre-wrap italic">“{step.comment}”</span>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
  const heading = (review: Review) => `${review.title} – ${review.case.client.displayName}`;

  return (
    <ClientTexts namespaces={["letterReview"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("intro")}</p>

      <section aria-labelledby="to-review" className="mb-10">
        <h2 id="to-review" className="mb-3 text-2xl font-semibold">
          {t("toReviewTitle")}
        </h2>
        {toReview.length === 0 && <p>{t("nothingToReview")}</p>}
        <ul className="space-y-8">
          {toReview.map((review) => (
            <li key={review.id}>
              <article aria-labelledby={`review-${review.id}`}>
                <h3 id={`review-${review.id}`} className="text-xl font-semibold">
                  {heading(review)}
                </h3>
                <p className="mb-2 text-slate-700">
                  {t("byAuthor", { name: review.author.name, when: dateTime(review.updatedAt) })}
                </p>
                {letter(review)}
                <div className="mt-4 grid gap-4 md:grid-cols-2">
                  <ApproveLetterForm reviewId={review.id} version={review.version} title={heading(review)} />
                  <ReturnLetterForm reviewId={review.id} version={review.version} title={heading(review)} />
                </div>
              </article>
            </li>
          ))}
        </ul>
      </section>

      {mine.length > 0 && (
        <section aria-labelledby="mine" className="mb-10">
          <h2 id="mine" className="mb-3 text-2xl font-semibold">
            {t("mineTitle")}
          </h2>
          <ul className="space-y-8">
            {mine.map((review) => (
              <li key={review.id}>
                <article aria-labelledby={`mine-${review.id}`}>
                  <h3 id={`mine-${review.id}`} className="text-xl font-semibold">
                    {heading(review)}
                  </h3>
                  <p className="mb-2 font-semibold">{t(`status.${review.status}`)}</p>
                  {letter(review)}
                  {review.status === "RETURNED" && (
                    <div className="mt-4">
                      <ReviseLetterForm
                        reviewId={review.id}
                        version={review.version}
                        title={heading(review)}
                        text={review.text}
                      />
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ClientTexts>
  );
}
