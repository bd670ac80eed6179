"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and until hydration, then true. Controls that
 * only work with JavaScript stay disabled until then, so a quick click or a
 * value typed before hydration isn't silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
