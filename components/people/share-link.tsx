"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const noSubscribe = () => () => {};

/** The page's address to send to a study group, with a copy button; the field stays selectable where copying isn't allowed. */
export function ShareLink({ path, label }: { path: string; label: string }) {
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  // The origin is the browser's, so a link copied behind a proxy or on a preview host still works.
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}${path}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      input.current?.select();
      setStatus("failed");
    }
  }

  return (
    <div>
      <label htmlFor={`${uid}-url`} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={`${uid}-url`}
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
          className="min-h-11 w-full min-w-0 rounded-md border-0 bg-slate-50 px-3 py-2 text-sm text-slate-900 ring-1 ring-slate-300"
        />
        <Button type="button" variant="secondary" className="whitespace-nowrap" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-slate-600">
        {status === "copied"
          ? "Link copied."
          : status === "failed"
            ? "Copying isn't allowed here: the link is selected, copy it yourself."
            : ""}
      </p>
    </div>
  );
}
