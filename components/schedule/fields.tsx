"use client";

import { useField } from "./action-form";

const INPUT = "mt-1 block w-full rounded border border-slate-500 px-3 py-2 aria-[invalid=true]:border-red-700";

function Label({ id, label }: { id: string; label: string }) {
  return (
    <label htmlFor={id} className="block font-medium">
      {label}
    </label>
  );
}

function FieldMessages({
  hintId,
  hint,
  errorId,
  error,
}: {
  hintId: string;
  hint?: string;
  errorId: string;
  error?: string;
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

function describedBy(hintId: string, hint: string | undefined, errorId: string, error: string | undefined) {
  return [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
}

type TextFieldProps = {
  name: string;
  label: string;
  type?: "text" | "date" | "time" | "number";
  defaultValue?: string | number;
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
};

export function TextField({
  name,
  label,
  type = "text",
  defaultValue,
  hint,
  required,
  min,
  max,
  maxLength,
}: TextFieldProps) {
  const { id, errorId, error, sent } = useField(name);
  const hintId = `${id}-hint`;
  return (
    <div>
      <Label id={id} label={label} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={sent ?? defaultValue}
        required={required}
        min={min}
        max={max}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, hint, errorId, error)}
        className={INPUT}
      />
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  /** A first, empty choice ("Kies een adviseur"). */
  placeholder?: string;
  hint?: string;
};

export function SelectField({ name, label, options, defaultValue, placeholder, hint }: SelectFieldProps) {
  const { id, errorId, error, sent } = useField(name);
  const hintId = `${id}-hint`;
  return (
    <div>
      <Label id={id} label={label} />
      <select
        id={id}
        name={name}
        defaultValue={sent ?? defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, hint, errorId, error)}
        className={`${INPUT} bg-white`}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages hintId={hintId} hint={hint} errorId={errorId} error={error} />
    </div>
  );
}

type CheckboxesFieldProps = {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultChecked?: string[];
};

export function CheckboxesField({ name, legend, options, defaultChecked = [] }: CheckboxesFieldProps) {
  const { id, errorId, error } = useField(name);
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} htmlFor={`${id}-${option.value}`} className="flex items-center gap-2">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultChecked.includes(option.value)}
              className="h-5 w-5"
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
