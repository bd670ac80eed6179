"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest, errorMessage, serverFieldError } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { isActionOpen } from "@/lib/booking/allowed-actions";
import type { CancelResponse } from "@/lib/booking/lifecycle.schema";
import { ActionDialog, ReasonField, reasonProblem } from "./action-dialog";
import type { BookingDetail } from "./booking-keys";
import { counterpartOf, firstName } from "./booking-status";
import { useAfterBookingChange } from "./use-after-change";

interface Props {
  booking: BookingDetail;
  now: number;
}

export function CancelDialog({ booking, now }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const afterChange = useAfterBookingChange();
  const who = firstName(counterpartOf(booking));
  // The server decides; its lateCancel window only tells this dialog when to warn.
  const late = isActionOpen(booking.allowedActions, "lateCancel", now);

  const cancel = useMutation({
    mutationFn: () =>
      apiRequest<CancelResponse>(`/api/v1/bookings/${encodeURIComponent(booking.id)}/cancel`, {
        method: "POST",
        body: { reason: reason.trim() },
      }),
    onSuccess: async () => {
      setOpen(false);
      await afterChange();
    },
  });

  const fieldError = (tried ? reasonProblem(reason, who) : null) ?? serverFieldError(cancel.error, "reason");

  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => {
        cancel.reset();
        setTried(false);
      }}
      trigger={
        <Button variant="secondary" className="w-full">
          Cancel interview
        </Button>
      }
      title="Cancel this interview?"
      description={
        <>
          <p>{who} will see that you cancelled and why, on this page and in their list of interviews.</p>
          {late ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-300">
              <strong>It starts in less than 24 hours</strong>, so this counts as a late cancellation. Late
              cancellations lower your reliability, which affects who you&apos;re matched with. If another time would
              work, moving it doesn&apos;t count against you.
            </p>
          ) : (
            <p>If another time would work, move it instead: that keeps the question and the video link.</p>
          )}
        </>
      }
      confirmLabel={late ? "Cancel anyway" : "Cancel interview"}
      pendingLabel="Cancelling…"
      dismissLabel="Keep it"
      tone="danger"
      pending={cancel.isPending}
      error={cancel.isError && !fieldError ? errorMessage(cancel.error) : null}
      onSubmit={() => {
        setTried(true);
        if (!reasonProblem(reason, who)) cancel.mutate();
      }}
    >
      <ReasonField
        label="Reason"
        hint={`A few words for ${who}.`}
        value={reason}
        onChange={setReason}
        error={fieldError}
      />
    </ActionDialog>
  );
}
