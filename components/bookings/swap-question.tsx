"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { questionKeys } from "@/components/questions/question-api";
import { apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { ActionDialog } from "./action-dialog";
import type { BookingDetail } from "./booking-keys";
import { firstName } from "./booking-status";
import { useAfterBookingChange } from "./use-after-change";

interface QuestionChoice {
  id: string;
  title: string;
  difficulty: "EASY" | "MEDIUM" | "HARD";
}

const DIFFICULTY: Record<QuestionChoice["difficulty"], string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

/** The interviewer picks another approved question of the same type, before the start. */
export function SwapQuestion({ booking }: { booking: BookingDetail }) {
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [choice, setChoice] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const q = useDeferredValue(search.trim());
  const afterChange = useAfterBookingChange();
  const type = booking.interviewType.slug;

  const questions = useQuery({
    queryKey: [...questionKeys.lists(), { type, q, pageSize: 20 }],
    queryFn: () =>
      apiRequest<{ questions: QuestionChoice[] }>(
        `/api/v1/questions?${new URLSearchParams({ type, pageSize: "20", ...(q ? { q } : {}) })}`,
      ),
    enabled: open,
    staleTime: 60_000,
  });
  const choices = (questions.data?.questions ?? []).filter((question) => question.id !== booking.question?.id);

  const swap = useMutation({
    mutationFn: (questionId: string) =>
      apiRequest(`/api/v1/bookings/${encodeURIComponent(booking.id)}/question`, {
        method: "POST",
        body: { questionId },
      }),
    onSuccess: async () => {
      setOpen(false);
      setChoice(null);
      await afterChange();
    },
  });

  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => {
        swap.reset();
        setTried(false);
      }}
      trigger={
        <Button variant="secondary" className="mt-3">
          Change question
        </Button>
      }
      wide
      title="Change the question"
      description={
        <p>
          Pick another approved {booking.interviewType.name.toLowerCase()} question. {firstName(booking.candidate)}{" "}
          won&apos;t see which one until the interview is over.
        </p>
      }
      confirmLabel="Use this question"
      pendingLabel="Saving…"
      pending={swap.isPending}
      error={swap.isError ? errorMessage(swap.error) : tried && !choice ? "Pick a question first." : null}
      onSubmit={() => {
        setTried(true);
        if (choice) swap.mutate(choice);
      }}
    >
      <div>
        <label htmlFor={`${uid}-search`} className="block text-sm font-semibold text-slate-800">
          Search questions
        </label>
        <input
          id={`${uid}-search`}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          // Enter searches as you type already; don't let it submit the swap.
          onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
          placeholder="For example: migration, latency, launch"
          className="mt-1 block min-h-11 w-full rounded-md border-0 px-3 py-2 ring-1 ring-slate-300"
        />
      </div>
      <fieldset>
        <legend className="sr-only">Questions</legend>
        <div className="max-h-72 space-y-2 overflow-y-auto rounded-md bg-slate-50 p-2 ring-1 ring-slate-200">
          {questions.isPending ? (
            <p className="p-2 text-sm text-slate-700">Loading questions…</p>
          ) : questions.isError ? (
            <p role="alert" className="p-2 text-sm text-red-800">
              {errorMessage(questions.error)}
            </p>
          ) : choices.length === 0 ? (
            <p className="p-2 text-sm text-slate-700">No other questions match. Try fewer or different words.</p>
          ) : (
            choices.map((question) => (
              <label
                key={question.id}
                className="flex cursor-pointer items-start gap-3 rounded-md bg-white p-3 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
              >
                <input
                  type="radio"
                  name={`${uid}-question`}
                  value={question.id}
                  checked={choice === question.id}
                  onChange={() => setChoice(question.id)}
                  className="mt-1 size-4 accent-brand-600"
                />
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900">{question.title}</span>
                  <span className="block text-xs text-slate-600">{DIFFICULTY[question.difficulty]}</span>
                </span>
              </label>
            ))
          )}
        </div>
      </fieldset>
    </ActionDialog>
  );
}
