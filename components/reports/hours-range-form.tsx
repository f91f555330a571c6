import { SelectField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";

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
  return (
    <form method="get" action={action} className="mb-6 print:hidden">
      <fieldset className="rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{texts.legend}</legend>
        <p id="hours-week-hint" className="mb-3 text-slate-700">
          {texts.hint}
        </p>
        <div className="flex flex-wrap items-end gap-4">
          {[
            { name: "van", label: texts.fromWeek, week: fromWeek },
            { name: "tot", label: texts.toWeek, week: toWeek },
          ].map((field) => (
            <TextField
              key={field.name}
              type="week"
              name={field.name}
              label={field.label}
              defaultValue={field.week}
              aria-describedby="hours-week-hint"
              pattern="\d{4}-W\d{2}"
              controlWidth="w-auto"
            />
          ))}
          <SelectField name="locatie" label={texts.location} defaultValue={locationId ?? ""} controlWidth="w-auto">
            <option value="">{texts.allLocations}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </SelectField>
          <SubmitButton>{texts.show}</SubmitButton>
        </div>
      </fieldset>
    </form>
  );
}
