"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "@/components/api-request";
import { useLocale } from "@/components/locale/locale-provider";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/lib/dates/number-format";
import { FEEDBACK_LIMITS } from "@/lib/feedback/feedback.schema";
import { notesQuery, roomKeys, saveNotes } from "./room-keys";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

interface Props {
  bookingId: string;
  timeZone: string;
  interviewing: boolean;
}

/** Private notes: only the author ever sees them. They save themselves as you type. */
export function NotesPanel({ bookingId, timeZone, interviewing }: Props) {
  const query = useQuery(notesQuery(bookingId));
  return (
    <section aria-labelledby="notes-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="notes-heading" className="text-lg font-semibold">
        Your notes
      </h2>
      <p className="text-sm text-slate-600">
        Only you can see these.
        {interviewing ? " Jot down what the candidate says: you can pull it into your feedback as evidence." : ""}
      </p>
      {query.isPending ? (
        <p className="mt-3 text-sm text-slate-600">Loading your notes…</p>
      ) : query.isError ? (
        <div role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
          {errorMessage(query.error)}{" "}
          <Button variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      ) : (
        <NotesEditor bookingId={bookingId} timeZone={timeZone} initial={query.data.body} interviewing={interviewing} />
      )}
    </section>
  );
}

function NotesEditor({
  bookingId,
  timeZone,
  initial,
  interviewing,
}: {
  bookingId: string;
  timeZone: string;
  initial: string;
  interviewing: boolean;
}) {
  const id = useId();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [body, setBody] = useState(initial);
  const autosave = useAutosave(async (text: string) => {
    const saved = await saveNotes(bookingId, text);
    // Only the time: the cache's body already holds what was typed since (see onChange).
    queryClient.setQueryData(roomKeys.notes(bookingId), (old) =>
      old ? { ...old, updatedAt: saved.updatedAt } : saved,
    );
  });
  const over = body.length > FEEDBACK_LIMITS.notes;
  return (
    <div className="mt-3">
      <label htmlFor={id} className="sr-only">
        Your notes
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          // The cache follows every keystroke, so evidence can be pulled from notes before the save lands.
          queryClient.setQueryData(roomKeys.notes(bookingId), (old) =>
            old ? { ...old, body: event.target.value } : old,
          );
          if (event.target.value.length <= FEEDBACK_LIMITS.notes) autosave.change(event.target.value);
        }}
        rows={12}
        aria-invalid={over || undefined}
        aria-describedby={`${id}-status`}
        placeholder={
          interviewing
            ? "What did they say or do? Timestamps help."
            : "Your thinking, questions to ask, what to follow up on."
        }
        className="block w-full rounded-md border-0 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-300 placeholder:text-slate-500 aria-[invalid]:ring-2 aria-[invalid]:ring-red-600"
      />
      <div id={`${id}-status`} className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <SaveStatus
          state={autosave.state}
          onRetry={autosave.retry}
          timeZone={timeZone}
          what="notes"
          idleText="Saves as you type."
        />
        {over ? (
          <p className="text-sm font-semibold text-red-800">
            Notes can be at most {formatCount(FEEDBACK_LIMITS.notes, locale)} characters; shorten them to save.
          </p>
        ) : null}
      </div>
    </div>
  );
}
