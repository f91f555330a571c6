import type { PublicTranslator } from "@/lib/public/locales";

/** What every client brings to a conversation: the letter, proof of identity, papers about income. */
export function BringList({ t }: { t: PublicTranslator }) {
  return (
    <ul className="list-disc space-y-1 ps-6">
      <li>{t("bring.letter")}</li>
      <li>{t("bring.id")}</li>
      <li>{t("bring.income")}</li>
    </ul>
  );
}
