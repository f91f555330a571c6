"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
