import { z } from "zod";

/**
 * What text MockLoop accepts (docs/decisions/0017-input-rules.md). Every string
 * the API reads passes `unsafeTextReason` (lib/http.ts walks bodies, query
 * strings and path segments), and every text field of a schema is built from
 * `line`/`longText` below, which also normalise it.
 */

// C0 controls except tab, newline and carriage return; DEL; C1 controls. NUL is the one
// PostgreSQL refuses outright, the others no person types and some terminals act on.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// A high surrogate not followed by a low one, or a low one not preceded by a high one:
// such a string has no UTF-8 form, so PostgreSQL refuses it in text and JSON columns.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
// Zero-width characters, bidi controls (embeddings, overrides, isolates, marks), the
// byte-order mark, soft hyphen and the Hangul/Braille blanks: they print nothing.
const INVISIBLE =
  /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0]/gu;

/** Why a string can never be stored, or undefined when it can (any field, any length). */
export function unsafeTextReason(value: string): string | undefined {
  if (value.includes("\u0000")) return "Remove the NUL character (\\u0000)";
  if (LONE_SURROGATE.test(value)) return "This text is not valid Unicode (it has a lone surrogate)";
  if (CONTROL.test(value)) return "Remove the control characters";
  return undefined;
}

/** True when the text shows nothing at all: only spaces and invisible characters. */
export function isInvisible(value: string): boolean {
  return value.replace(INVISIBLE, "") === "";
}

const safe = (value: string) => unsafeTextReason(value) === undefined;
const visibleOrEmpty = (value: string) => value === "" || !isInvisible(value);

/**
 * One line of text a person typed (names, titles, tags, reasons in one line, ids):
 * NFC-normalised and trimmed; no control characters, line breaks or tabs; not made
 * only of invisible characters. Chain `.min()`/`.max()` after it as usual.
 */
export function line() {
  return z
    .string()
    .normalize("NFC")
    .trim()
    .refine(safe, { error: (issue) => unsafeTextReason(String(issue.input)) ?? "Invalid text", abort: true })
    .refine((v) => !LINE_BREAK_OR_TAB.test(v), { error: "Keep it on one line (no line breaks or tabs)" })
    .refine(visibleOrEmpty, { error: "Use visible characters, not only spaces or invisible ones" });
}

/**
 * Text of several lines (bios, feedback, notes, prompts): like `line()` but
 * keeps newlines and tabs. `trim: false` keeps surrounding whitespace (notes).
 */
export function longText(options: { trim?: boolean } = {}) {
  const base = z.string().normalize("NFC");
  const trimmed = options.trim === false ? base : base.trim();
  return trimmed
    .refine(safe, { error: (issue) => unsafeTextReason(String(issue.input)) ?? "Invalid text", abort: true })
    .refine((v) => options.trim === false || visibleOrEmpty(v), {
      error: "Use visible characters, not only spaces or invisible ones",
    });
}
