"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest, ApiError } from "@/components/api-request";

/** Reminder e-mails (24 h and 1 h before) can be turned off; confirmations and cancellations always arrive. */
export function ReminderEmailsSection({ initial }: { initial: boolean }) {
  const [enabled, setEnabled] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (value: boolean) =>
      apiRequest<{ reminderEmails: boolean }>("/api/v1/me/notifications", {
        method: "PATCH",
        body: { reminderEmails: value },
      }),
    onSuccess: (result) => {
      setEnabled(result.reminderEmails);
      setMessage(
        result.reminderEmails ? "Reminders are on." : "Reminders are off. You'll still get confirmations and changes.",
      );
    },
    onError: (error, value) => {
      setEnabled(!value);
      setMessage(error instanceof ApiError ? error.message : "That didn't save. Try again.");
    },
  });
  return (
    <div>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 size-5"
          checked={enabled}
          disabled={save.isPending}
          onChange={(e) => {
            setEnabled(e.target.checked);
            save.mutate(e.target.checked);
          }}
        />
        <span>
          <span className="font-semibold">Reminder e-mails</span>
          <span className="block text-sm text-slate-700">A day before and an hour before each interview.</span>
        </span>
      </label>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
