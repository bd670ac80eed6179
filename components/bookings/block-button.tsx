"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";
import { ActionDialog } from "./action-dialog";
import type { BookingPerson } from "./booking-keys";
import { firstName, nameOf } from "./booking-status";
import { useAfterBookingChange } from "./use-after-change";
import { useHydrated } from "./use-hydrated";

interface Props {
  person: BookingPerson;
  blocked: boolean;
  /** Whether this interview is still ahead, so the dialog can say it isn't cancelled by blocking. */
  upcoming: boolean;
}

/** Blocking is private: the other person isn't told; neither is offered to the other again. */
export function BlockButton({ person, blocked, upcoming }: Props) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const afterChange = useAfterBookingChange();
  const who = firstName(person);
  const path = `/api/v1/blocks`;

  const block = useMutation({
    mutationFn: () => apiRequest(path, { method: "POST", body: { userId: person.id } }),
    onSuccess: async () => {
      setOpen(false);
      await afterChange();
    },
  });
  const unblock = useMutation({
    mutationFn: () => apiRequest(`${path}/${encodeURIComponent(person.id)}`, { method: "DELETE" }),
    onSuccess: () => afterChange(),
  });

  if (blocked) {
    return (
      <div className="text-sm text-slate-700">
        <p>You&apos;ve blocked {who}. You won&apos;t be offered to each other in Find a peer or Match me.</p>
        <Button
          variant="ghost"
          className="mt-1 px-2 text-brand-700"
          disabled={!hydrated || unblock.isPending}
          onClick={() => unblock.mutate()}
        >
          {unblock.isPending ? "Unblocking…" : `Unblock ${who}`}
        </Button>
        {unblock.isError ? (
          <p role="alert" className="text-red-800">
            {errorMessage(unblock.error)}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <ActionDialog
      open={open}
      onOpenChange={setOpen}
      onClose={() => block.reset()}
      trigger={
        <Button variant="ghost" className="w-full text-slate-700">
          Block {who}
        </Button>
      }
      title={`Block ${nameOf(person)}?`}
      description={
        <>
          <p>
            You won&apos;t be offered to each other in Find a peer or Match me, and neither of you can book the other.{" "}
            {who} isn&apos;t told.
          </p>
          {upcoming ? (
            <p>This interview stays booked. If you don&apos;t want to meet, cancel it too and say why.</p>
          ) : null}
          <p>You can unblock them from this page later.</p>
        </>
      }
      confirmLabel={`Block ${who}`}
      pendingLabel="Blocking…"
      tone="danger"
      pending={block.isPending}
      error={block.isError ? errorMessage(block.error) : null}
      onSubmit={() => block.mutate()}
    />
  );
}
