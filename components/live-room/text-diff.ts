/** The single splice that turns `before` into `after` (common prefix and suffix kept). */
export function textSplice(before: string, after: string): { index: number; remove: number; insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

export type TextDelta = { retain?: number; insert?: unknown; delete?: number }[];

/** Where a caret at `position` ends up after someone else's change (Yjs delta). */
export function moveCaret(position: number, delta: TextDelta): number {
  let index = 0;
  let caret = position;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (typeof op.insert === "string") {
      if (index <= caret) caret += op.insert.length;
      index += op.insert.length;
    } else if (op.delete !== undefined) {
      if (index < caret) caret -= Math.min(op.delete, caret - index);
    }
  }
  return caret;
}
