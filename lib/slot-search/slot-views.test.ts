import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOP_PER_SLOT } from "./constants";
import { pickTop } from "./slot-views";
import type { Entry } from "./types";

const entry = (id: number) => ({ id: `p${id}` }) as unknown as Entry;

describe("pickTop", () => {
  it("keeps the highest keys of the accepted entries, best first, and counts every accepted one", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (keys, modulo) => {
          const list = keys.map((_, i) => entry(i));
          const keyOf = (e: Entry) => keys[Number(e.id.slice(1))]!;
          const accept = (e: Entry) => Number(e.id.slice(1)) % modulo === 0;
          const top: Entry[] = [];
          const available = pickTop(list, keyOf, top, accept);
          const expected = list.filter(accept).sort((a, b) => keyOf(b) - keyOf(a));
          expect(available).toBe(expected.length);
          expect(top).toEqual(expected.slice(0, TOP_PER_SLOT));
        },
      ),
    );
  });

  it("empties the window it is given before filling it", () => {
    const top = [entry(9), entry(8)];
    expect(pickTop([entry(1)], () => 1, top)).toBe(1);
    expect(top).toEqual([entry(1)]);
  });
});
