"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "@/components/api-request";
import { createAutosaver, type Autosaver, type SaveState } from "./autosave";

/**
 * Autosave through a React Query mutation: `change(value)` after each edit,
 * the save goes out after a pause in typing. While anything is unsaved,
 * leaving the page asks first; unmounting sends what is left.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = 800) {
  const mutation = useMutation({ mutationFn: save, retry: false });
  const mutateRef = useRef(mutation.mutateAsync);
  useEffect(() => {
    mutateRef.current = mutation.mutateAsync;
  }, [mutation.mutateAsync]);

  const [state, setState] = useState<SaveState>({ status: "idle", savedAt: null, error: null });
  const saverRef = useRef<Autosaver<T> | null>(null);
  useEffect(() => {
    const saver = createAutosaver<T>({
      save: (value) => mutateRef.current(value),
      delayMs,
      onState: setState,
      describeError: errorMessage,
    });
    saverRef.current = saver;
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      void saver.flush();
      saver.dispose();
      saverRef.current = null;
    };
  }, [delayMs]);

  const change = useCallback((value: T) => saverRef.current?.change(value), []);
  const retry = useCallback(() => void saverRef.current?.flush(), []);
  const flush = useCallback(() => saverRef.current?.flush() ?? Promise.resolve(), []);
  return { state, change, retry, flush };
}
