"use client";

import { createContext, useContext, useId, type ComponentProps, type ReactNode } from "react";

const CONTROL =
  "mt-1 block max-w-full rounded bg-white border border-slate-500 px-3 py-2 aria-[invalid=true]:border-red-700 file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold";

type Feedback = { error: (name: string) => string | undefined; sent: (name: string) => string | undefined };

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * The refusal of a form whose fields another component renders (the schedule's ActionForm gets its
 * fields as children): a field without its own `error` reads it here, and after a refusal shows
 * what was sent instead of its default.
 */
export const FieldFeedback = FeedbackContext.Provider;

type FieldProps = {
  label: ReactNode;
  /** Read out with the field, before its error. */
  hint?: ReactNode;
  error?: string | null;
  /** Only for a screen reader, where the form around the field already says what it is for. */
  labelSrOnly?: boolean;
  /** The wrapper's classes (a grid column); the control keeps the one style of every form. */
  className?: string;
  /** The control's width where a short answer looks odd in a full-width box (a number of months). */
  controlWidth?: "w-full" | "w-auto" | "w-24" | "w-32" | "w-64" | "w-80";
};

type Control = Pick<ComponentProps<"input">, "id" | "name" | "defaultValue" | "aria-describedby">;

/**
 * Splits a field's props into its label, hint and error and the control's own attributes, and ties
 * them together: the error marks the control invalid and is read out with it (after the hint), so
 * a refused field says why wherever it is focused.
 */
function useField<P extends Control>({
  label,
  labelSrOnly,
  hint,
  error: ownError,
  className,
  controlWidth = "w-full",
  ...native
}: FieldProps & P) {
  const { id, name, defaultValue, "aria-describedby": describedBy, ...attributes } = native;
  const generated = useId();
  const feedback = useContext(FeedbackContext);
  const controlId = id ?? generated;
  const error = ownError ?? (name ? feedback?.error(name) : undefined);
  const sent = name ? feedback?.sent(name) : undefined;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return {
    parts: { id: controlId, label, labelSrOnly, hint, error, className },
    control: {
      ...attributes,
      id: controlId,
      name,
      defaultValue: sent ?? defaultValue,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": [describedBy, hintId, errorId].filter(Boolean).join(" ") || undefined,
      className: `${CONTROL} ${controlWidth}`,
    },
  };
}

function FieldParts({
  id,
  label,
  labelSrOnly,
  hint,
  error,
  className,
  children,
}: Omit<FieldProps, "controlWidth"> & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelSrOnly ? "sr-only" : "block font-medium"}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function FieldError({ id, error }: { id: string; error: string | null | undefined }) {
  return error ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}

export function TextField(props: FieldProps & ComponentProps<"input">) {
  const { parts, control } = useField(props);
  return (
    <FieldParts {...parts}>
      <input {...control} />
    </FieldParts>
  );
}

export function TextareaField(props: FieldProps & ComponentProps<"textarea">) {
  const { parts, control } = useField(props);
  return (
    <FieldParts {...parts}>
      <textarea {...control} />
    </FieldParts>
  );
}

/** A select; its options are the children, a first empty one where nothing chosen is allowed. */
export function SelectField(props: FieldProps & ComponentProps<"select">) {
  const { parts, control } = useField(props);
  return (
    <FieldParts {...parts}>
      <select {...control} />
    </FieldParts>
  );
}

type ChoiceGroupProps = {
  legend: ReactNode;
  /** The name of its boxes, where the error comes from FieldFeedback. */
  name?: string;
  hint?: ReactNode;
  error?: string | null;
  /** The legend of a group that heads a section of a long form (the intake's topics). */
  legendClassName?: string;
  className?: string;
  /** The choices: Choice elements, laid out by the caller. */
  children: ReactNode;
};

/** Radio buttons or check boxes under one legend, the group described by its hint and error. */
export function ChoiceGroup({
  legend,
  name,
  hint,
  error: ownError,
  legendClassName = "font-medium",
  className,
  children,
}: ChoiceGroupProps) {
  const id = useId();
  const feedback = useContext(FeedbackContext);
  const error = ownError ?? (name ? feedback?.error(name) : undefined);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} className={className}>
      <legend className={legendClassName}>{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/**
 * One radio button or check box with its label around it, so that the label's whole width is the
 * target. `tile` draws the large box that is easy to tap on a tablet at the desk.
 */
export function Choice({
  label,
  tile,
  hint,
  error,
  className,
  ...input
}: Omit<ComponentProps<"input">, "type"> & {
  type: "radio" | "checkbox";
  label: ReactNode;
  tile?: boolean;
  /** What ticking a box that stands alone means, beyond its label. */
  hint?: ReactNode;
  /** The problem of a box that stands alone (a consent that must be given). */
  error?: string | null;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const box = tile
    ? "cursor-pointer rounded border border-slate-400 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
    : "";
  return (
    <>
      {/* Aligned to the first line: a consent is a sentence or two. */}
      <label className={`flex items-start gap-2 ${box} ${className ?? ""}`.trim()}>
        <input
          {...input}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          className="mt-0.5 h-5 w-5 shrink-0"
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </>
  );
}

/** A group's options as large boxes, two to a row from a tablet's width on. */
export function ChoiceTiles({
  type,
  name,
  options,
  checked,
}: {
  type: "radio" | "checkbox";
  name: string;
  options: { value: string; label: string }[];
  /** The option ticked at first: the suggestion, or what was sent before a refusal. */
  checked?: string | null;
}) {
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-2">
      {options.map((option) => (
        <Choice
          key={option.value}
          type={type}
          name={name}
          value={option.value}
          defaultChecked={option.value === checked}
          label={option.label}
          tile
        />
      ))}
    </div>
  );
}
