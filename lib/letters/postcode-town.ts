/** "7551ab  Hengelo": a Dutch postcode and a town, the last line of an address. */
export const POSTCODE_TOWN = /^([1-9]\d{3})\s*([a-z]{2})\s+(\S.*)$/i;

/** "7551ab  Hengelo" → "7551 AB Hengelo": the form Dutch post expects. */
export function normalisedPostcodeTown(value: string): string {
  const [, digits, letters, town] = POSTCODE_TOWN.exec(value.trim())!;
  return `${digits} ${letters.toUpperCase()} ${town.replace(/\s+/g, " ")}`;
}
