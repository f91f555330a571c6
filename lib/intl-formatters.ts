// Building an Intl formatter resolves locale data each time and costs tens of microseconds; the
// hours report built one per table cell, a quarter of its CPU time under load (docs/performance.md).
// A formatter holds no state between calls, so each combination of locale and options is made
// once per process and shared. The keys come from a handful of call sites, so the map stays small.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
