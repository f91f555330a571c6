import type { ReactNode } from "react";

/** A form folded away under a title (`<details>`) until someone opens it. */
export type Folded = {
  title: ReactNode;
  /** Said under the title, above the form. */
  intro?: ReactNode;
  /** The opened fold is a region named by the title (a string then), for a fold a page has once. */
  region?: boolean;
  className?: string;
  summaryClassName?: string;
};

/**
 * Folds a form's body away, and opens by itself when the form has an answer: after a post without
 * scripts the page comes back rendered anew, and a fold closed again would hide the answer (and a
 * refusal's fields). Only the form that owns the answer knows it, so each form folds itself.
 */
export function Fold({ folded, answered, children }: { folded?: Folded; answered: boolean; children: ReactNode }) {
  if (!folded) return children;
  return (
    <details open={answered || undefined} className={folded.className}>
      <summary className={folded.summaryClassName ?? "cursor-pointer font-semibold text-brand-800"}>
        {folded.title}
      </summary>
      {folded.region && typeof folded.title === "string" ? (
        <section aria-label={folded.title} className="mt-3">
          {folded.intro && <p className="mb-3 text-slate-700">{folded.intro}</p>}
          {children}
        </section>
      ) : (
        <>
          {folded.intro && <p className="mt-2 text-slate-700">{folded.intro}</p>}
          {children}
        </>
      )}
    </details>
  );
}
