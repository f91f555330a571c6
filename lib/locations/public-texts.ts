// Shared by the location form (a client component) and its schema: no imports, so the form does
// not pull the client languages' messages into the browser.

/** The texts of the public page a library writes itself, in Dutch and in each client language. */
export const PUBLIC_TEXT_FIELDS = ["directions", "accessibility", "bringAlso"] as const;
export type PublicTextField = (typeof PUBLIC_TEXT_FIELDS)[number];

/** Per client language (not Dutch: that is in the location's own columns), the texts it has. */
export type PublicTexts = Partial<Record<string, Partial<Record<PublicTextField, string>>>>;

/** A translation's form field, named as the path of its refusal: `publicTexts.en.directions`. */
export const publicTextFieldName = (locale: string, field: PublicTextField) => `publicTexts.${locale}.${field}`;
