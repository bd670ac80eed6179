"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { z } from "zod";
import { ApiError, errorMessage } from "@/components/api-request";
import { useAutosave } from "@/components/interview-room/use-autosave";
import type { FieldErrors } from "@/lib/errors";
import { check } from "./feedback-form-state";
import { feedbackKeys, putFeedback, submitFeedback } from "./feedback-keys";

export type WriterMode = "draft" | "edit";

interface Options<State> {
  bookingId: string;
  mode: WriterMode;
  schema: z.ZodType;
  draftOf: (state: State) => unknown;
  submissionOf: (state: State) => unknown;
  onDone: () => void;
}

/**
 * What both feedback forms share: the draft autosaves (debounced PUT) while
 * unfinished; submitting checks the form with the server's own schema first,
 * then sends it (POST submit the first time, PUT to edit a submission) and
 * shows the server's field errors if it still disagrees.
 */
export function useFeedbackWriter<State>(options: Options<State>) {
  const { bookingId, mode } = options;
  const queryClient = useQueryClient();
  const autosave = useAutosave((draft: unknown) => putFeedback(bookingId, draft), 1000);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const summaryId = useId();
  // Focus moves to the error list so a screen reader reads it and the page scrolls to it.
  const focusSummary = () => requestAnimationFrame(() => document.getElementById(summaryId)?.focus());

  const send = useMutation({
    mutationFn: async (body: unknown) => {
      // A draft save still in flight must land before the submission, never after it.
      await autosave.flush();
      return mode === "edit" ? putFeedback(bookingId, body) : submitFeedback(bookingId, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(bookingId) });
      options.onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(error.fieldErrors);
      focusSummary();
    },
  });

  function edited(state: State) {
    if (mode === "draft") autosave.change(options.draftOf(state));
    if (tried) {
      const result = check(options.schema, options.submissionOf(state));
      setErrors(result.ok ? {} : result.errors);
    }
  }

  function submit(state: State) {
    setTried(true);
    send.reset();
    const result = check(options.schema, options.submissionOf(state));
    if (!result.ok) {
      setErrors(result.errors);
      focusSummary();
      return;
    }
    setErrors({});
    send.mutate(result.data);
  }

  const failed = send.isError && Object.keys(errors).length === 0 ? errorMessage(send.error) : null;
  return {
    autosave,
    errors,
    /** First message for a field path, e.g. "scores.architecture.evidence". */
    errorAt: (path: string) => errors[path]?.[0],
    edited,
    submit,
    pending: send.isPending,
    failed,
    conflict: send.error instanceof ApiError && send.error.status === 409,
    summaryId,
  };
}

/**
 * A feedback form's state with its writer attached: every edit autosaves the
 * draft (and re-checks the answers once a submit was tried), and the form's
 * submit event sends the current state.
 */
export function useFeedbackForm<State>(initial: () => State, options: Options<State>) {
  const [state, setState] = useState<State>(initial);
  const writer = useFeedbackWriter<State>(options);
  const update = (next: State) => {
    setState(next);
    writer.edited(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    writer.submit(state);
  };
  return { state, update, onSubmit, writer };
}
