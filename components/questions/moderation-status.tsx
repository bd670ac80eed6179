"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

const Context = createContext<(message: string) => void>(() => {});

/**
 * Says what the last moderation did. It sits above the queue and outlives the
 * router.refresh() that removes the question from it, so the admin still
 * reads "Approved …" after the row has gone.
 */
export function ModerationStatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <Context.Provider value={setMessage}>
      <p
        role="status"
        className={
          message ? "mb-4 rounded-md bg-emerald-50 px-4 py-3 text-emerald-900 ring-1 ring-emerald-200" : "sr-only"
        }
      >
        {message}
      </p>
      {children}
    </Context.Provider>
  );
}

export const useModerationStatus = () => useContext(Context);
