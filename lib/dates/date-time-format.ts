/**
 * Intl.DateTimeFormat instances, kept per locale and options. Building one
 * costs far more than formatting with it (tens of microseconds: the locale and
 * zone data are resolved each time), and pages format dates in loops: the
 * progress page built a formatter per chart and per call, which was about a
 * tenth of its server render (docs/benchmarks.md). Used on the server and in
 * the browser alike.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Zones × option sets in use stay far below this; the bound only keeps odd input from growing it. */
const MAX_FORMATS = 500;

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}
