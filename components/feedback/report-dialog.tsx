"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage, serverFieldError } from "@/components/api-request";
import { ActionDialog, ReasonField } from "@/components/bookings/action-dialog";
import { Button } from "@/components/ui/button";
import { reportFeedbackSchema } from "@/lib/feedback/feedback.schema";
import { feedbackKeys, reportFeedback } from "./feedback-keys";

/** Reporting puts the feedback in the admins' queue; until then nobody but its two people sees it. */
export function ReportDialog({ bookingId, feedbackId }: { bookingId: string; feedbackId: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const report = useMutation({
    mutationFn: (text: string) => reportFeedback(feedbackId, text),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(bookingId) });
    },
    onError: (error) => setProblem(serverFieldError(error, "reason")),
  });
  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => {
        report.reset();
        setProblem(null);
      }}
      trigger={<Button variant="secondary">Report</Button>}
      title="Report this feedback"
      description={
        <p>
          An admin will read it and your reason. If it breaks the community’s rules (abusive, discriminatory, or not
          about the interview), they can hide it. The other person isn’t told who reported it.
        </p>
      }
      confirmLabel="Send report"
      pendingLabel="Sending…"
      dismissLabel="Go back"
      tone="danger"
      pending={report.isPending}
      error={report.isError && !problem ? errorMessage(report.error) : null}
      onSubmit={() => {
        const parsed = reportFeedbackSchema.safeParse({ reason });
        if (!parsed.success) {
          setProblem(parsed.error.issues[0]?.message ?? "Say what is wrong with it");
          return;
        }
        setProblem(null);
        report.mutate(parsed.data.reason);
      }}
    >
      <ReasonField
        label="What is wrong with it?"
        hint="A sentence is enough. Only admins read this."
        value={reason}
        onChange={setReason}
        error={problem}
      />
    </ActionDialog>
  );
}
