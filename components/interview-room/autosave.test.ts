import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaver, type SaveState } from "./autosave";

function setup(save: (value: string) => Promise<unknown>) {
  const states: SaveState[] = [];
  const saver = createAutosaver<string>({
    save,
    delayMs: 500,
    onState: (s) => states.push(s),
    describeError: () => "offline",
    now: () => 1000,
  });
  return { saver, states, last: () => states.at(-1) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("createAutosaver", () => {
  it("waits for a pause in typing, then saves only the newest text once", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver, last } = setup(save);
    saver.change("a");
    await vi.advanceTimersByTimeAsync(300);
    saver.change("ab");
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    expect(last()?.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith("ab");
    expect(last()).toEqual({ status: "saved", savedAt: 1000, error: null });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it("runs one save at a time and sends what was typed during it afterwards", async () => {
    let release: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const { saver, last } = setup(save);
    saver.change("one");
    await vi.advanceTimersByTimeAsync(500);
    expect(last()?.status).toBe("saving");
    saver.change("one two");
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith("one two");
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(last()?.status).toBe("saved");
  });

  it("reports a failure, keeps the text unsaved and sends it again on retry", async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValue(undefined);
    const { saver, last } = setup(save);
    saver.change("draft");
    await vi.advanceTimersByTimeAsync(500);
    expect(last()).toMatchObject({ status: "error", error: "offline" });
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith("draft");
    expect(last()?.status).toBe("saved");
  });

  it("saves at once on flush and does nothing when nothing changed", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver } = setup(save);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.change("x");
    await saver.flush();
    expect(save).toHaveBeenCalledWith("x");
    saver.dispose();
  });
});
