/**
 * Which locale dates and times are written in: the one the browser asks for (Accept-Language), when it is
 * one MockLoop supports, else en-GB. Pages negotiate it once per request and hand it to client components
 * (components/locale/locale-provider.tsx), so the server render and hydration format alike. The copy stays
 * English; only dates, times and numbers follow the locale (decision 0030).
 */
export const DEFAULT_LOCALE = "en-GB";

/** Listed first within a language is what that bare language ("en", "de") gets. */
export const SUPPORTED_LOCALES = [
  "en-GB",
  "en-US",
  "en-CA",
  "en-AU",
  "en-IE",
  "en-IN",
  "de-DE",
  "fr-FR",
  "es-ES",
  "it-IT",
  "nl-NL",
  "pt-BR",
] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

const byLowerCase = new Map<string, Locale>(SUPPORTED_LOCALES.map((l) => [l.toLowerCase(), l]));

export function isSupportedLocale(value: string | null | undefined): value is Locale {
  return !!value && byLowerCase.get(value.toLowerCase()) === value;
}

/** A stored locale (users.locale) as one to format with: one no longer supported, or none yet, is en-GB. */
export function storedLocale(value: string | null | undefined): Locale {
  return isSupportedLocale(value) ? value : DEFAULT_LOCALE;
}

/** The supported locale for one language tag: exactly, else the first of the same language; or null. */
function matchTag(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  const exact = byLowerCase.get(lower);
  if (exact) return exact;
  const language = lower.split("-")[0];
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase().split("-")[0] === language) ?? null;
}

/**
 * The locale for an Accept-Language header ("en-US,en;q=0.9,de;q=0.8"): the preferred tags in order of
 * their q-values (ties keep the header's order), the first that matches wins; nothing matching is en-GB.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = acceptLanguage
    .split(",")
    .slice(0, 20) // a browser sends a handful; a longer header is not worth reading
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      // A malformed weight ("q=abc") is NaN, so that tag is dropped rather than read as q=1.
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q.slice(2)), index };
    })
    .filter(({ tag, q }) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) && q > 0 && q <= 1)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of wanted) {
    const match = matchTag(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/**
 * The page's `lang`: the text is English whatever the locale, so a screen reader must read it as English;
 * an English locale keeps its region (en-US, en-GB).
 */
export function documentLanguage(locale: Locale): string {
  return locale.startsWith("en-") ? locale : "en";
}
