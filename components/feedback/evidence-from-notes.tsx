"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { notesQuery } from "@/components/interview-room/room-keys";
import { noteLines } from "./feedback-form-state";

interface Props {
  bookingId: string;
  competencyName: string;
  onInsert: (line: string) => void;
}

/**
 * "Insert from my notes": lists the lines of the interviewer's private notes;
 * choosing one adds it to this competency's evidence. The list stays inline
 * (no popup), so Tab and Enter are all it takes.
 */
export function EvidenceFromNotes({ bookingId, competencyName, onInsert }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const notes = useQuery(notesQuery(bookingId));
  const lines = noteLines(notes.data?.body ?? "");
  return (
    <div className="text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-lines`}
        onClick={() => setOpen((o) => !o)}
        className="min-h-8 rounded px-2 font-semibold text-brand-700 underline hover:bg-slate-100"
      >
        Insert from my notes<span className="sr-only"> into the evidence for {competencyName}</span>
      </button>
      {open ? (
        <div id={`${id}-lines`} className="mt-1 rounded-md bg-slate-50 p-2 ring-1 ring-slate-200">
          {notes.isPending ? (
            <p className="text-slate-600">Loading your notes…</p>
          ) : lines.length === 0 ? (
            <p className="text-slate-600">Your notes are empty. Write in “Your notes” and they’ll show up here.</p>
          ) : (
            <ul aria-label="Lines from your notes" className="max-h-48 space-y-1 overflow-y-auto">
              {lines.map((line, i) => (
                <li key={`${i}-${line}`}>
                  <button
                    type="button"
                    onClick={() => {
                      onInsert(line);
                      setOpen(false);
                    }}
                    className="w-full rounded px-2 py-1 text-left break-words hover:bg-white focus-visible:bg-white"
                  >
                    <span className="sr-only">Insert: </span>
                    {line}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
