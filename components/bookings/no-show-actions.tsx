"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest, errorMessage, serverFieldError } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { ActionDialog, ReasonField, reasonProblem } from "./action-dialog";
import type { BookingDetail } from "./booking-keys";
import { counterpartOf, firstName } from "./booking-status";
import { useAfterBookingChange } from "./use-after-change";

function useNoShow(bookingId: string, onDone: () => void) {
  const afterChange = useAfterBookingChange();
  return useMutation({
    mutationFn: (body: { action: "report"; note?: string } | { action: "dispute"; reason: string }) =>
      apiRequest(`/api/v1/bookings/${encodeURIComponent(bookingId)}/no-show`, { method: "POST", body }),
    onSuccess: async () => {
      onDone();
      await afterChange();
    },
  });
}

/** For the one who turned up, once the interview has started. */
export function ReportNoShow({ booking }: { booking: BookingDetail }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const report = useNoShow(booking.id, () => setOpen(false));
  const who = firstName(counterpartOf(booking));

  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => report.reset()}
      trigger={
        <Button variant="secondary" className="w-full">
          Report a no-show
        </Button>
      }
      title={`Did ${who} not turn up?`}
      description={
        <>
          <p>
            Report it only if {who} didn&apos;t join at all. People sometimes run a few minutes late, so give it a
            little time first.
          </p>
          <p>
            A no-show counts against {who}&apos;s reliability unless they dispute it. The interview is marked as a
            no-show for you both.
          </p>
        </>
      }
      confirmLabel="Report no-show"
      pendingLabel="Reporting…"
      dismissLabel="Go back"
      tone="danger"
      pending={report.isPending}
      error={report.isError ? errorMessage(report.error) : null}
      onSubmit={() => report.mutate({ action: "report", ...(note.trim() ? { note: note.trim() } : {}) })}
    >
      <ReasonField
        label="What happened"
        required={false}
        placeholder="For example: waited 15 minutes, no reply to messages."
        value={note}
        onChange={setNote}
      />
    </ActionDialog>
  );
}

/** For the accused, once: a disputed report stops counting against them. */
export function DisputeNoShow({ booking, reporterName }: { booking: BookingDetail; reporterName: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const dispute = useNoShow(booking.id, () => setOpen(false));
  const fieldError = (tried ? reasonProblem(reason, "us") : null) ?? serverFieldError(dispute.error, "reason");

  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => {
        dispute.reset();
        setTried(false);
      }}
      trigger={<Button className="w-full">Dispute the no-show</Button>}
      title="Dispute the no-show"
      description={
        <>
          <p>
            {reporterName} reported that you didn&apos;t turn up. If you were there, or something got in the way, say
            what happened.
          </p>
          <p>
            Once disputed, the report no longer counts against your reliability. You can dispute it once, so include
            everything that matters.
          </p>
        </>
      }
      confirmLabel="Send dispute"
      pendingLabel="Sending…"
      pending={dispute.isPending}
      error={dispute.isError && !fieldError ? errorMessage(dispute.error) : null}
      onSubmit={() => {
        setTried(true);
        if (!reasonProblem(reason, "us")) dispute.mutate({ action: "dispute", reason: reason.trim() });
      }}
    >
      <ReasonField label="What happened" value={reason} onChange={setReason} error={fieldError} />
    </ActionDialog>
  );
}
