"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { ConfirmDialog } from "@/components/settings/confirm-dialog";
import { ApiError, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { moderationSchema, type ModerationInput, type QuestionInput } from "@/lib/questions/question.schema";
import { moderateQuestion, questionKeys } from "./question-api";
import type { QuestionStatus } from "./question-display";
import {
  draftToInput,
  toDraftErrors,
  validateDraft,
  type DraftErrors,
  type QuestionDraft,
  type TypeChoice,
} from "./question-draft";
import { QuestionFields } from "./question-fields";
import { useModerationStatus } from "./moderation-status";

type Mode = "idle" | "edit" | "reject";

const DONE: Record<ModerationInput["action"], string> = {
  approve: "Approved “%”. It's in the bank now.",
  reject: "Sent “%” back to its author with your reason.",
  retire: "Retired “%”. New interviews won't use it; past ones still show it.",
};

/**
 * Approve, edit & approve, reject (with a reason for the author) or retire one
 * question. The server decides what's allowed: a question someone else has
 * just moderated answers 409, and its sentence is shown here.
 */
export function ModerationActions({
  question,
  draft: original,
  types,
}: {
  question: { id: string; title: string; status: QuestionStatus };
  draft: QuestionDraft;
  types: TypeChoice[];
}) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const announce = useModerationStatus();
  const [refreshing, startRefresh] = useTransition();
  const [mode, setMode] = useState<Mode>("idle");
  const [draft, setDraft] = useState(original);
  const [draftErrors, setDraftErrors] = useState<DraftErrors>({});
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirmRetire, setConfirmRetire] = useState(false);

  const moderate = useMutation({
    mutationFn: (input: ModerationInput) => moderateQuestion(question.id, input),
    onSuccess: async (_, input) => {
      setConfirmRetire(false);
      announce(DONE[input.action].replace("%", question.title));
      await queryClient.invalidateQueries({ queryKey: questionKeys.all });
      startRefresh(() => router.refresh());
    },
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        // Field errors of an edit arrive as "changes.title"; of a rejection as "reason".
        const fields = Object.fromEntries(
          Object.entries(error.fieldErrors).map(([path, messages]) => [path.replace(/^changes\./, ""), messages]),
        );
        setDraftErrors(toDraftErrors(fields));
        if (fields.reason?.[0]) setReasonError(fields.reason[0]);
      }
    },
  });
  const busy = moderate.isPending || refreshing;
  const error = moderate.isError ? errorMessage(moderate.error) : null;
  const canApprove = question.status === "PENDING" || question.status === "REJECTED";

  function approveWithChanges(event: FormEvent) {
    event.preventDefault();
    const result = validateDraft(draft);
    if ("errors" in result) {
      setDraftErrors(result.errors);
      return;
    }
    setDraftErrors({});
    // Send only what changed, so the audit log shows the admin's edits and nothing else.
    const before = draftToInput(original);
    const changes: Partial<QuestionInput> = {};
    for (const key of Object.keys(result.input) as (keyof QuestionInput)[]) {
      if (JSON.stringify(result.input[key]) !== JSON.stringify(before[key])) {
        (changes as Record<string, unknown>)[key] = result.input[key];
      }
    }
    moderate.mutate(Object.keys(changes).length ? { action: "approve", changes } : { action: "approve" });
  }

  function reject(event: FormEvent) {
    event.preventDefault();
    const parsed = moderationSchema.safeParse({ action: "reject", reason });
    if (!parsed.success) {
      setReasonError(parsed.error.issues[0]?.message ?? "Say why, so the author can improve it");
      return;
    }
    setReasonError(null);
    moderate.mutate(parsed.data);
  }

  function open(next: Mode) {
    moderate.reset();
    setMode((m) => (m === next ? "idle" : next));
  }

  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {canApprove ? (
          <>
            <Button
              disabled={busy}
              onClick={() => moderate.mutate({ action: "approve" })}
              aria-label={`Approve: ${question.title}`}
            >
              {moderate.isPending && moderate.variables?.action === "approve" && mode !== "edit"
                ? "Approving…"
                : "Approve"}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              aria-expanded={mode === "edit"}
              aria-controls={`${id}-edit`}
              onClick={() => open("edit")}
            >
              Edit &amp; approve
            </Button>
          </>
        ) : null}
        {question.status === "PENDING" ? (
          <Button
            variant="secondary"
            disabled={busy}
            aria-expanded={mode === "reject"}
            aria-controls={`${id}-reject`}
            onClick={() => open("reject")}
          >
            Reject
          </Button>
        ) : null}
        {question.status === "APPROVED" ? (
          <ConfirmDialog
            open={confirmRetire}
            onOpenChange={(next) => {
              setConfirmRetire(next);
              if (!next) moderate.reset();
            }}
            trigger={
              <Button variant="secondary" disabled={busy} aria-label={`Retire: ${question.title}`}>
                Retire
              </Button>
            }
            title={`Retire “${question.title}”?`}
            description={
              <p>
                New interviews won&apos;t use it and it leaves the bank. Interviews that already used it keep showing
                it. This can&apos;t be undone.
              </p>
            }
            confirmLabel="Retire"
            pendingLabel="Retiring…"
            pending={moderate.isPending}
            error={confirmRetire ? error : null}
            onConfirm={() => moderate.mutate({ action: "retire" })}
          />
        ) : null}
      </div>

      {mode === "edit" ? (
        <form
          method="post"
          id={`${id}-edit`}
          onSubmit={approveWithChanges}
          noValidate
          className="mt-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"
        >
          <h4 className="mb-3 font-semibold">Edit, then approve</h4>
          <QuestionFields draft={draft} errors={draftErrors} types={types} onChange={setDraft} />
          <div className="mt-4 flex flex-col gap-2 sm:flex-row">
            <Button type="submit" disabled={busy}>
              {busy ? "Approving…" : "Save changes and approve"}
            </Button>
            <Button type="button" variant="ghost" disabled={busy} onClick={() => open("edit")}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}

      {mode === "reject" ? (
        <form
          method="post"
          id={`${id}-reject`}
          onSubmit={reject}
          noValidate
          className="mt-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"
        >
          <label htmlFor={`${id}-reason`} className="block text-sm font-semibold text-slate-800">
            Why isn&apos;t it ready?
          </label>
          <p id={`${id}-reason-hint`} className="text-sm text-slate-600">
            The author reads this. Say what would make it acceptable, kindly and specifically.
          </p>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={1000}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ""}`}
            onChange={(e) => setReason(e.target.value)}
            className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm ${reasonError ? "border-red-600" : "border-slate-300"}`}
          />
          {reasonError ? (
            <p id={`${id}-reason-error`} className="mt-1 text-sm text-red-700">
              {reasonError}
            </p>
          ) : null}
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <Button type="submit" variant="danger" disabled={busy}>
              {busy ? "Rejecting…" : "Reject and tell the author"}
            </Button>
            <Button type="button" variant="ghost" disabled={busy} onClick={() => open("reject")}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}

      {error && !confirmRetire ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
          {moderate.error instanceof ApiError && moderate.error.status === 409
            ? " Reload the page to see where it stands now."
            : ""}
        </p>
      ) : null}
    </div>
  );
}
