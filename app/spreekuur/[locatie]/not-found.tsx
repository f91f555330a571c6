import { DocumentTitle } from "@/components/document-title";
import { publicTranslator } from "@/lib/public/locales";

// A 404 page has no ?taal= to go by, so it says it in Dutch and in English; it links nowhere,
// because the staff start page behind "/" means nothing to a client.
export default function PublicNotFound() {
  const nl = publicTranslator("nl");
  const en = publicTranslator("en");
  return (
    <>
      <DocumentTitle title={`${nl("notFound.title")} · ${en("notFound.title")}`} />
      <div lang="nl">
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{nl("notFound.title")}</h1>
        <p>{nl("notFound.text")}</p>
      </div>
      <div lang="en" className="mt-8 border-t border-slate-300 pt-6">
        <h2 className="mb-2 text-2xl font-bold text-brand-900">{en("notFound.title")}</h2>
        <p>{en("notFound.text")}</p>
      </div>
    </>
  );
}
