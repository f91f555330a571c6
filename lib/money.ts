import type { Locale } from "@/lib/i18n/locales";
import { numberFormat } from "@/lib/intl-formatters";

// Money is whole euro cents in safe integers, never a float: a float cannot hold € 0,10 exactly,
// and a report that is off by a cent loses the coordinator's trust in every other figure.

export const INTL_LOCALES: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/** Refuses a float (or an unsafe integer) where cents, minutes or basis points are expected. */
export function assertWhole(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe whole number, not ${value}.`);
}

/**
 * a × b / c, rounded half away from zero ("half up" on the amount, as a bookkeeper rounds by hand).
 * The product is taken in BigInt, so a large total times a share cannot lose precision on the way.
 */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  for (const [value, what] of [
    [a, "a"],
    [b, "b"],
    [c, "c"],
  ] as const)
    assertWhole(value, what);
  if (c === 0) throw new RangeError("Cannot divide by zero.");
  const numerator = BigInt(a) * BigInt(b);
  const denominator = BigInt(c);
  const negative = numerator < 0n !== denominator < 0n;
  const absNumerator = numerator < 0n ? -numerator : numerator;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * absNumerator + absDenominator) / (2n * absDenominator);
  const result = Number(negative ? -rounded : rounded);
  assertWhole(result, "The result");
  return result;
}

/** An integer counted in 10^-scale units as an exact decimal string (12345, 2 → "123.45"), for Intl to format without floats. */
export function decimalString(units: number, scale: number): `${number}` {
  assertWhole(units, "The amount");
  const digits = String(Math.abs(units)).padStart(scale + 1, "0");
  const sign = units < 0 ? "-" : "";
  const whole = digits.slice(0, digits.length - scale);
  return (scale === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(-scale)}`) as `${number}`;
}

/** "€ 1.234,56" in Dutch, "€1,234.56" in English. */
export function formatEuro(cents: number, locale: Locale = "nl"): string {
  return numberFormat(INTL_LOCALES[locale], { style: "currency", currency: "EUR" }).format(decimalString(cents, 2));
}

// Dutch first: a comma or a dot before one or two final digits is the decimal separator, a dot
// before groups of three separates thousands ("1.234,50"), and ",-" is the whole-euro notation
// the report itself uses ("€ 600,-"). "1,234" is refused rather than guessed at.
const EURO_AMOUNT = /^(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d{1,9})(?:,-{1,2}|[,.](\d{1,2}))?$/;

/** Reads an amount in euros as typed in a form ("600", "74,50", "€ 1.234,-") as cents; null when it is not one. */
export function parseEuroCents(text: string): number | null {
  const match = EURO_AMOUNT.exec(text.trim());
  if (!match) return null;
  const euros = Number(match[1].replaceAll(".", ""));
  const cents = Number((match[2] ?? "0").padEnd(2, "0"));
  const result = euros * 100 + cents;
  return Number.isSafeInteger(result) ? result : null;
}
