/** How a client reached the advisor outside a consultation hour (the form's choices and the schema's). */
export const CONTACT_CHANNELS = ["PHONE", "EMAIL", "OFFICE", "HOME_VISIT"] as const;
