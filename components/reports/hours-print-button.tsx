"use client";

/** Prints the page; the print styles leave only the report on paper. */
export function HoursPrintButton({ text }: { text: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
    >
      {text}
    </button>
  );
}
