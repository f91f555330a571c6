"use client";

import { useId, useState } from "react";

type Props = { children: React.ReactNode; explanation: string; explainLabel: string };

/**
 * A legal word with its explanation in plain language. A disclosure button rather than a hover
 * tooltip: it opens with a click, a tap, Enter or Space, a screen reader announces that it
 * expands, and the explanation stays put (Escape closes it) so it can be read at 200% zoom.
 */
export function Term({ children, explanation, explainLabel }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="term">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) setOpen(false);
        }}
        className="cursor-help underline decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid print:no-underline"
      >
        {children}
        <span className="sr-only"> ({explainLabel})</span>
      </button>
      <span
        id={id}
        role="note"
        hidden={!open}
        className="my-1 block rounded border-s-4 border-brand-700 bg-brand-50 px-3 py-2 text-base font-normal text-slate-900 print:hidden"
      >
        {explanation}
      </span>
    </span>
  );
}
