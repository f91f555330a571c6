// What the server log may say about a failure. Its text can hold personal data: a mail server's
// refusal names the recipient ("550 <jan@example.nl>: unknown user"), a database error can quote a
// value of the row. The log outlives every retention rule the app keeps for that data, so it gets
// the kind of failure and where it happened (the stack's frames), never the text.

/** A short code for the log or a record: an SMTP reply code, a system or database code, or "error". */
export function errorCodeOf(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === "number") return `smtp_${responseCode}`;
  return typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code) ? code : "error";
}

/** The error's kind and the stack's frames, without the first lines that carry its text. */
function framesOf(error: unknown): string {
  if (!(error instanceof Error) || !error.stack) return "";
  return error.stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}

/** One line for the operator: what failed, the code, the error's class, then its frames. */
export function logError(what: string, error: unknown): void {
  const kind = error instanceof Error ? ` ${error.constructor.name}` : "";
  const frames = framesOf(error);
  console.error(`${what} (${errorCodeOf(error)}${kind})${frames ? `\n${frames}` : ""}`);
}
