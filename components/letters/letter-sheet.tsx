import { letterBlocks, type LetterBlockKind } from "@/lib/letters/blocks";

const BLOCK_CLASS: Record<LetterBlockKind, string> = {
  title: "mb-[1em] text-[14pt] font-bold",
  subject: "mb-[1em] font-bold",
  // Room for the client's signature, as in the .docx.
  closing: "mb-[2.5cm]",
  text: "mb-[1em]",
};

/**
 * The letter as it prints: A4 with the margins of the .docx. Everything else on the page is
 * hidden in print, so the printout is the letter alone. Always Dutch, whatever the UI language.
 * A draft carries its mark on top, on screen and on paper.
 */
export function LetterSheet({ text, label, draftMark }: { text: string; label: string; draftMark?: string }) {
  return (
    <>
      <style href="letter-print-page" precedence="default">
        {"@page { size: A4; margin: 2.5cm 2.25cm; }"}
      </style>
      <article
        lang="nl"
        aria-label={label}
        className="mx-auto w-full max-w-[21cm] border border-slate-300 bg-white px-6 py-8 font-[Arial,Helvetica,sans-serif] text-[11pt] leading-snug break-words shadow-sm sm:px-[2.25cm] sm:py-[2.5cm] print:max-w-none print:border-0 print:p-0 print:shadow-none"
      >
        {draftMark && <p className="mb-[1em] font-bold text-red-800">{draftMark}</p>}
        {letterBlocks(text).map((block, index) => (
          <p key={index} className={BLOCK_CLASS[block.kind]}>
            {block.lines.map((line, lineIndex) => (
              <span key={lineIndex} className="block">
                {line}
              </span>
            ))}
          </p>
        ))}
      </article>
    </>
  );
}
