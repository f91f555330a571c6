// What no address may hold: a form sent as GET (its scripts had not loaded, or failed) puts its
// fields in the query string, and so in server and proxy logs, the browser's history and the
// Referer header. The end-to-end run records every request URL (tests/e2e/support.ts) and checks
// them all at the end with this (tests/e2e/request-urls-check.ts).

/**
 * Fields that the app's forms post: secrets, a client's personal data, free text, and the key
 * every create-form carries. The app's own addresses use Dutch names (?zoek=, ?locatie=, ?van=),
 * so any of these in a query string is a form that went out the wrong way.
 */
const POSTED_FIELDS = [
  "password",
  "passwordRepeat",
  "linkSecret",
  "email",
  "displayName",
  "phone",
  "birthYear",
  "name",
  "address",
  "body",
  "question",
  "reason",
  "sharedInformation",
  "clientName",
  "clientStreet",
  "clientPostcodeTown",
  "grounds",
  "wishes",
  "subject",
  "incidentWho",
  "text",
  "title",
  "description",
  "confirmation",
  "scope",
  "submissionId",
] as const;

const postedFields = new Set<string>(POSTED_FIELDS.map((field) => field.toLowerCase()));

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/**
 * Why this URL leaks, or null: a posted field in its query string (React's own $ACTION_ fields
 * included: a server-action form sent as GET), or a secret typed in a test (a password, a
 * client's name or phone number) anywhere in it.
 */
export function leakIn(url: string, secrets: readonly string[] = []): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const name of parsed.searchParams.keys()) {
    if (postedFields.has(name.toLowerCase()) || name.startsWith("$ACTION"))
      return `the form field "${name}" is in the address`;
  }
  const whole = decoded(url);
  const secret = secrets.find(
    (candidate) => candidate.length >= 4 && (whole.includes(candidate) || url.includes(candidate)),
  );
  return secret ? "a password or personal data typed in a test is in the address" : null;
}

/** The URL as it may be printed in a failure: the secrets in it masked. */
export function masked(url: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret.length >= 4)
    .reduce(
      (text, secret) => text.split(secret).join("***").split(encodeURIComponent(secret)).join("***"),
      decoded(url),
    );
}
