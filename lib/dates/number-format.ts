import type { Locale } from "./locale";

/** Kept per locale: like dates, counts follow the reader's locale ("10,000" in en-GB, "10.000" in de-DE). */
const formats = new Map<Locale, Intl.NumberFormat>();

export function formatCount(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formats.set(locale, format);
  }
  return format.format(value);
}
