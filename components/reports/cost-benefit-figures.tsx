/** Key figures as a definition list: a council member reads them top to bottom. `id` tells apart two figures with the same term. */
export function CostBenefitFigures({
  label,
  figures,
}: {
  label: string;
  figures: { term: string; value: string; note?: string; strong?: boolean; id?: string }[];
}) {
  return (
    <dl aria-label={label} className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {figures.map((figure) => (
        <div key={figure.id ?? figure.term} className="contents">
          <dt className="font-medium">{figure.term}</dt>
          <dd className={figure.strong ? "text-lg font-bold" : undefined}>
            {figure.value}
            {figure.note && <span className="block text-sm font-normal text-slate-700">{figure.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
