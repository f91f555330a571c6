/** The form's overall error, announced to screen readers as soon as it appears. */
export function FormAlert({ id, message }: { id: string; message: string | null }) {
  return (
    <div aria-live="assertive">
      {message && (
        <p id={id} role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * What ties a field to its problem: marked invalid, and the error (after the hint) read out with the
 * field. One helper, so every form announces a refused field the same way.
 */
export function fieldErrorProps(errorId: string, error: string | null | undefined, hintId?: string) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined,
  } as const;
}
