"use client";

import type { SaveState } from "@/components/interview-room/autosave";
import { SaveStatus } from "@/components/interview-room/save-status";
import { Button } from "@/components/ui/button";
import type { WriterMode } from "./use-feedback-writer";

/** Both feedback forms' last row: the draft's save status, and cancel and submit. */
export function FormFooter({
  writer: { autosave, pending },
  mode,
  timeZone,
  onCancel,
}: {
  writer: { autosave: { state: SaveState; retry: () => void }; pending: boolean };
  mode: WriterMode;
  timeZone: string;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
      {mode === "draft" ? (
        <SaveStatus
          state={autosave.state}
          onRetry={autosave.retry}
          timeZone={timeZone}
          what="draft"
          idleText="Your draft saves as you go."
        />
      ) : (
        <span />
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : mode === "edit" ? "Save changes" : "Submit feedback"}
        </Button>
      </div>
    </div>
  );
}
