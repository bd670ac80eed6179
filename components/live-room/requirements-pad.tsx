"use client";

import { useEffect, useId, useRef } from "react";
import type * as Y from "yjs";
import { getRequirements } from "@/lib/live-room/room-document";
import { moveCaret, textSplice } from "./text-diff";

/**
 * The shared scratchpad: a plain textarea bound to the document's Y.Text.
 * Local typing becomes one splice; someone else's edit keeps this person's caret in place.
 */
export function RequirementsPad({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    const text = getRequirements(doc);
    const el = ref.current;
    if (!el) return;
    el.value = text.toJSON();
    const observer = (event: Y.YTextEvent, tx: Y.Transaction) => {
      if (tx.local) return;
      const start = moveCaret(el.selectionStart, event.delta);
      const end = moveCaret(el.selectionEnd, event.delta);
      el.value = text.toJSON();
      if (document.activeElement === el) el.setSelectionRange(start, end);
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [doc]);

  const onInput = () => {
    const el = ref.current;
    if (!el || readOnly) return;
    const text = getRequirements(doc);
    const splice = textSplice(text.toJSON(), el.value);
    if (!splice) return;
    doc.transact(() => {
      if (splice.remove > 0) text.delete(splice.index, splice.remove);
      if (splice.insert) text.insert(splice.index, splice.insert);
    });
  };

  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        Requirements and estimates
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Shared with the other participant as you type.
      </p>
      <textarea
        ref={ref}
        id={id}
        aria-describedby={`${id}-hint`}
        readOnly={readOnly}
        onInput={onInput}
        rows={8}
        spellCheck
        className="mt-1 block w-full rounded-md border border-slate-300 p-2 font-mono text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600"
        placeholder={readOnly ? "" : "Users, traffic, storage, latency targets, back-of-envelope numbers…"}
      />
    </div>
  );
}
