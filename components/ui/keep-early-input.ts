/**
 * What someone typed or ticked before React hydrated the page stays in the fields, but React's state
 * does not hear of it: a controlled form then saves its empty state (onboarding lost the name this way),
 * and the field's next render empties it. So this module notes what was typed before each field hydrated
 * (from the moment its script runs, which is before React hydrates anything), and once the field has
 * hydrated it replays one event with that value, so the form's own onChange takes it in. Parts of a page
 * behind a loading state (a Suspense boundary: the interview room, History) stream in and hydrate later,
 * often re-rendering at once, which is why the value is noted rather than read from the field afterwards.
 *
 * React notices a change by comparing a field with the value it last saw (its "value tracker", which
 * watches the field's own `value` and `checked` setters). So the rendered value is set through the
 * field, the person's value put back through the prototype's setter, which React does not watch, and
 * the event dispatched: the same steps as a keystroke or a click.
 */
type Field = HTMLInputElement | HTMLTextAreaElement;
type Typed = { value: string } | { checked: boolean };

const SKIPPED = new Set(["button", "file", "hidden", "image", "reset", "submit"]);
/** How often, and for how long at most, fields not yet hydrated are looked at again. */
const LOOK_AGAIN_MS = 50;
const LOOK_FOR_MS = 30_000;
/** How long after a replay a field is watched: React drops an event on a field whose hydration it has not committed. */
const SETTLE_MS = 1_000;

interface Noted {
  typed: Typed;
  replayedAt?: number;
}
const typedBeforeHydration = new Map<Field, Noted>();

function isField(target: EventTarget | null): target is Field {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !SKIPPED.has(target.type);
}

const isBox = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio");

/** React marks each element it has hydrated with its props; until then a field's events reach no handler. */
function hydrated(field: Element): boolean {
  return Object.keys(field).some((key) => key.startsWith("__reactProps$"));
}

/** Notes a field's value if it differs from what the server rendered (in a radio group, only the one chosen). */
function note(field: Field): void {
  if (hydrated(field)) return;
  if (isBox(field)) {
    if (field.checked !== field.defaultChecked && (field.type === "checkbox" || field.checked)) {
      typedBeforeHydration.set(field, { typed: { checked: field.checked } });
    } else typedBeforeHydration.delete(field);
  } else if (field.value !== field.defaultValue) typedBeforeHydration.set(field, { typed: { value: field.value } });
  else typedBeforeHydration.delete(field);
}

const noteEvent = (event: Event) => {
  if (!isField(event.target)) return;
  // Typed by the person into a hydrated field: React heard it, and it replaces anything noted before.
  if (hydrated(event.target)) {
    if (event.isTrusted) typedBeforeHydration.delete(event.target);
  } else note(event.target);
};

const shows = (field: Field, typed: Typed) =>
  "value" in typed ? field.value === typed.value : field instanceof HTMLInputElement && field.checked === typed.checked;

if (typeof document !== "undefined") {
  for (const field of document.querySelectorAll("input, textarea")) if (isField(field)) note(field);
  // Capturing, on the document: it hears a keystroke before React's root does, hydrated or not.
  document.addEventListener("input", noteEvent, true);
  document.addEventListener("change", noteEvent, true);
}

/** Sets `property` the way the browser does, past the field's own setter that React watches. */
function setUnwatched(field: Field, property: "value" | "checked", to: string | boolean) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, property)?.set?.call(field, to);
}

function replay(field: Field, typed: Typed): void {
  if ("value" in typed) {
    field.value = field.defaultValue;
    setUnwatched(field, "value", typed.value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  } else if (field instanceof HTMLInputElement) {
    field.checked = field.defaultChecked;
    setUnwatched(field, "checked", typed.checked);
    // A plain Event, not a MouseEvent: a dispatched MouseEvent click would tick or untick the box again.
    field.dispatchEvent(new Event("click", { bubbles: true }));
  }
}

/**
 * Replays what was typed into each field before it hydrated, as soon as it has (and again for SETTLE_MS if the
 * field loses it), looking until the page has loaded and nothing noted waits, LOOK_FOR_MS at most. Returns a
 * function that stops looking.
 */
export function keepEarlyInput(): () => void {
  const until = Date.now() + LOOK_FOR_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    for (const [field, noted] of typedBeforeHydration) {
      const settled = noted.replayedAt !== undefined && Date.now() - noted.replayedAt > SETTLE_MS;
      if (!field.isConnected || settled) typedBeforeHydration.delete(field);
      else if (!hydrated(field)) continue;
      // Replayed again if the field has lost the value since: React had not yet committed its hydration.
      else if (noted.replayedAt === undefined || !shows(field, noted.typed)) {
        noted.replayedAt ??= Date.now();
        replay(field, noted.typed);
      }
    }
    if ((typedBeforeHydration.size > 0 || document.readyState !== "complete") && Date.now() < until) {
      timer = setTimeout(look, LOOK_AGAIN_MS);
    }
  };
  look();
  return () => clearTimeout(timer);
}
