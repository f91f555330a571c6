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
