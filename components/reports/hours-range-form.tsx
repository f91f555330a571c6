type Props = {
  action: string;
  texts: {
    legend: string;
    fromWeek: string;
    toWeek: string;
    hint: string;
    location: string;
    allLocations: string;
    show: string;
  };
  fromWeek: string;
  toWeek: string;
  locationId: string | null;
  locations: { id: string; name: string }[];
};

/**
 * A plain GET form: the weeks and location end up in the address, so a report can be bookmarked
 * and shared, and it works without JavaScript. Browsers without a week picker show a text field,
 * which the hint explains.
 */
export function HoursRangeForm({ action, texts, fromWeek, toWeek, locationId, locations }: Props) {
  const field = "mt-1 block rounded border border-slate-500 px-3 py-2";
  return (
    <form method="get" action={action} className="mb-6 print:hidden">
      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{texts.legend}</legend>
        <p id="hours-week-hint" className="mb-3 text-slate-700">
          {texts.hint}
        </p>
        <div className="flex flex-wrap items-end gap-4">
          <label className="font-medium">
            {texts.fromWeek}
            <input
              type="week"
              name="van"
              defaultValue={fromWeek}
              aria-describedby="hours-week-hint"
              pattern="\d{4}-W\d{2}"
              className={field}
            />
          </label>
          <label className="font-medium">
            {texts.toWeek}
            <input
              type="week"
              name="tot"
              defaultValue={toWeek}
              aria-describedby="hours-week-hint"
              pattern="\d{4}-W\d{2}"
              className={field}
            />
          </label>
          <label className="font-medium">
            {texts.location}
            <select name="locatie" defaultValue={locationId ?? ""} className={field}>
              <option value="">{texts.allLocations}</option>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {texts.show}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
