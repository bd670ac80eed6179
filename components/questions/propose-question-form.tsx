"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ApiError, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import type { QuestionInput } from "@/lib/questions/question.schema";
import { proposeQuestion, questionKeys } from "./question-api";
import {
  EMPTY_DRAFT,
  toDraftErrors,
  validateDraft,
  type DraftErrors,
  type QuestionDraft,
  type TypeChoice,
} from "./question-draft";
import { QuestionFields } from "./question-fields";

/**
 * Propose a question. Checked in the browser with the API's own schema, then
 * POSTed; the server's field errors land beside the same fields. On success
 * the author lands on the new question, which says it is pending review.
 */
export function ProposeQuestionForm({
  types,
  initialType,
  isAdmin,
}: {
  types: TypeChoice[];
  initialType?: string;
  isAdmin: boolean;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<QuestionDraft>({ ...EMPTY_DRAFT, interviewType: initialType ?? "" });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [attempt, setAttempt] = useState(0);

  const propose = useMutation({
    mutationFn: (input: QuestionInput) => proposeQuestion(input),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: questionKeys.all });
      router.push(`/questions/${created.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        setErrors(toDraftErrors(error.fieldErrors));
        setAttempt((n) => n + 1);
      }
    },
  });

  // After a failed submit, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateDraft(draft);
    if ("errors" in result) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    propose.mutate(result.input);
  }

  const errorCount = Object.keys(errors).length;
  const formError =
    propose.isError && !(propose.error instanceof ApiError && Object.keys(propose.error.fieldErrors).length > 0)
      ? errorMessage(propose.error)
      : (errors._ ?? null);
  const busy = propose.isPending || propose.isSuccess;

  return (
    <form
      method="post"
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6"
    >
      {errorCount > 0 ? (
        <p role="alert" className="mb-5 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errorCount === 1 ? "One field needs a change" : `${errorCount} fields need a change`} before you can send
          this.
        </p>
      ) : null}
      <QuestionFields
        draft={draft}
        errors={errors}
        types={types}
        onChange={(next) => {
          setDraft(next);
          if (propose.isError) propose.reset();
        }}
      />
      <div className="mt-6 flex flex-col gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:items-center">
        <Button type="submit" disabled={busy}>
          {busy ? "Sending…" : isAdmin ? "Add to the bank" : "Send for review"}
        </Button>
        <p className="text-sm text-slate-600">
          {isAdmin
            ? "As an admin, your question goes into the bank straight away."
            : "An admin reviews every proposal. You'll find it under My proposals meanwhile."}
        </p>
      </div>
      {formError ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
