"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { apiRequest, ApiError, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { resolveReportSchema } from "@/lib/feedback/feedback.schema";

type Input = { action: "hide"; reason: string } | { action: "dismiss"; reason?: string };

/**
 * Hide the reported feedback (with a reason, kept for the record and shown to
 * nobody but admins) or dismiss the report. Someone else resolving it first is
 * a 409 whose sentence is shown here.
 */
export function ReportResolveActions({ reportId, label }: { reportId: string; label: string }) {
  const id = useId();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const resolve = useMutation({
    mutationFn: (input: Input) =>
      apiRequest(`/api/v1/admin/feedback-reports/${encodeURIComponent(reportId)}`, { method: "POST", body: input }),
    onSuccess: () => startRefresh(() => router.refresh()),
    onError: (error) => setReasonError(error instanceof ApiError ? (error.fieldErrors.reason?.[0] ?? null) : null),
  });
  const busy = resolve.isPending || refreshing;

  const hide = (event: FormEvent) => {
    event.preventDefault();
    const parsed = resolveReportSchema.safeParse({ action: "hide", reason });
    if (!parsed.success) {
      setReasonError(parsed.error.issues[0]?.message ?? "Say why it is hidden");
      return;
    }
    setReasonError(null);
    resolve.mutate(parsed.data);
  };

  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button
          variant="danger"
          disabled={busy}
          aria-expanded={hiding}
          aria-controls={`${id}-hide`}
          onClick={() => setHiding((h) => !h)}
        >
          Hide feedback<span className="sr-only">: {label}</span>
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => resolve.mutate({ action: "dismiss" })}>
          {resolve.isPending && resolve.variables?.action === "dismiss" ? "Dismissing…" : "Dismiss report"}
          <span className="sr-only">: {label}</span>
        </Button>
      </div>
      {hiding ? (
        <form
          method="post"
          id={`${id}-hide`}
          onSubmit={hide}
          noValidate
          className="mt-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"
        >
          <label htmlFor={`${id}-reason`} className="block text-sm font-semibold text-slate-800">
            Why hide it?
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            For the record. The person it was about sees that it was hidden, not this reason.
          </p>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ""}`}
            className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm ${reasonError ? "border-red-600" : "border-slate-300"}`}
          />
          {reasonError ? (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
              {reasonError}
            </p>
          ) : null}
          <Button type="submit" variant="danger" className="mt-3" disabled={busy}>
            {resolve.isPending ? "Hiding…" : "Hide it"}
          </Button>
        </form>
      ) : null}
      {resolve.isError && !reasonError ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errorMessage(resolve.error)}
          {resolve.error instanceof ApiError && resolve.error.status === 409 ? " Reload to see the queue now." : ""}
        </p>
      ) : null}
    </div>
  );
}
