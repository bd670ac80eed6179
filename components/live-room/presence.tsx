"use client";

import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";

type Person = { clientId: number; name: string; color: string; me: boolean };

function people(awareness: Awareness): Person[] {
  return [...awareness.getStates()].flatMap(([clientId, state]) => {
    const user = (state as { user?: { name?: string; color?: string } }).user;
    return user
      ? [
          {
            clientId,
            name: user.name ?? "Participant",
            color: user.color ?? "#1971c2",
            me: clientId === awareness.clientID,
          },
        ]
      : [];
  });
}

/** Who has the room open now, each in their cursor's colour. */
export function Presence({ awareness }: { awareness: Awareness }) {
  const [list, setList] = useState(() => people(awareness));
  useEffect(() => {
    const update = () => setList(people(awareness));
    update();
    awareness.on("change", update);
    return () => awareness.off("change", update);
  }, [awareness]);
  return (
    <ul aria-label="In the room now" className="flex flex-wrap gap-2 text-sm" data-testid="presence">
      {list.map((p) => (
        <li key={p.clientId} className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-0.5">
          <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: p.color }} />
          {p.name}
          {p.me ? <span className="text-slate-600"> (you)</span> : null}
        </li>
      ))}
    </ul>
  );
}
