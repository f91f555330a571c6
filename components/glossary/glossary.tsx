import { type ClientLocale, type GlossaryTerm, glossaryOf } from "@/lib/i18n/client-locales";
import { Term } from "./term";

type RichTag = (chunks: React.ReactNode) => React.ReactNode;

/**
 * The tags of `t.rich` for legal words: a message marks a word as `<bezwaar>bezwaar</bezwaar>`
 * (in its own language, e.g. `<bezwaar>objection</bezwaar>`), and it renders as a <Term> with the
 * explanation from messages/<locale>/glossary.json.
 */
export function glossaryTags(locale: ClientLocale): Record<GlossaryTerm, RichTag> {
  const glossary = glossaryOf(locale);
  const tag = (term: GlossaryTerm): RichTag =>
    function GlossaryTag(chunks) {
      return (
        <Term explanation={glossary.terms[term].text} explainLabel={glossary.explain}>
          {chunks}
        </Term>
      );
    };
  return Object.fromEntries(Object.keys(glossary.terms).map((term) => [term, tag(term as GlossaryTerm)])) as Record<
    GlossaryTerm,
    RichTag
  >;
}

/** On paper nothing can be clicked, so a printout ends with the explanations of its legal words. */
export function PrintedGlossary({ locale, terms }: { locale: ClientLocale; terms: GlossaryTerm[] }) {
  const glossary = glossaryOf(locale);
  return (
    <section
      aria-label={glossary.listTitle}
      className="mt-4 hidden border-t border-black pt-2 text-sm leading-snug print:block"
    >
      <h2 className="font-bold">{glossary.listTitle}</h2>
      <dl>
        {terms.map((term) => (
          <div key={term}>
            <dt className="inline font-semibold">{glossary.terms[term].word}: </dt>
            <dd className="inline">{glossary.terms[term].text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
