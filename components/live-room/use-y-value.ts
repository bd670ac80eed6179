"use client";

import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";

/** Re-reads `read()` whenever the Yjs type (or anything inside it) changes. */
export function useYValue<T, E>(type: Y.AbstractType<E>, read: () => T): T {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    type.observeDeep(bump);
    return () => type.unobserveDeep(bump);
  }, [type]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the change signal; `read` is a fresh closure each render
  return useMemo(() => read(), [type, version]);
}
