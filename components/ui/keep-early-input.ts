/**
 * What someone typed or ticked before React hydrated the page stays in the fields, but React's state
 * does not hear of it: a controlled form then saves its empty state (onboarding lost the name this way),
 * and the next render empties the field. Once the page has hydrated, this replays one event per field
 * that differs from what the server rendered, so each form's own onChange takes the value in.
 *
 * React notices a change by comparing a field with the value it last saw (its "value tracker", which
 * watches the field's own `value` and `checked` setters). So the rendered value is set through the
 * field, the person's value put back through the prototype's setter, which React does not watch, and
 * the event dispatched: the same steps as a keystroke or a click.
 */
const SKIPPED = new Set(["button", "file", "hidden", "image", "reset", "submit"]);

/** Sets `property` the way the browser does, past the field's own setter that React watches. */
function setUnwatched(
  field: HTMLInputElement | HTMLTextAreaElement,
  property: "value" | "checked",
  to: string | boolean,
) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, property)?.set?.call(field, to);
}

function replay(field: HTMLInputElement | HTMLTextAreaElement, property: "value" | "checked", event: string): void {
  if (property === "value") {
    const typed = field.value;
    field.value = field.defaultValue;
    setUnwatched(field, "value", typed);
  } else if (field instanceof HTMLInputElement) {
    const ticked = field.checked;
    field.checked = field.defaultChecked;
    setUnwatched(field, "checked", ticked);
  }
  // A plain Event, not a MouseEvent: a dispatched MouseEvent click would tick or untick the box again.
  field.dispatchEvent(new Event(event, { bubbles: true }));
}

export function keepEarlyInput(root: ParentNode = document): void {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) {
    if (field instanceof HTMLInputElement && SKIPPED.has(field.type)) continue;
    if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) {
      // In a radio group only the one now chosen speaks; the one it replaced follows from it.
      if (field.checked !== field.defaultChecked && (field.type === "checkbox" || field.checked)) {
        replay(field, "checked", "click");
      }
    } else if (field.value !== field.defaultValue) {
      replay(field, "value", "input");
    }
  }
}
