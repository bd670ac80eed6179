/**
 * Debounced autosave without React: the hook in use-autosave.ts drives it with
 * a React Query mutation. One save runs at a time; typing during a save queues
 * one more with the newest text, so the last thing typed is always what lands.
 */
export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "error";

export interface SaveState {
  status: SaveStatus;
  /** When the last save succeeded (ms since epoch). */
  savedAt: number | null;
  error: string | null;
}

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<unknown>;
  delayMs: number;
  onState: (state: SaveState) => void;
  describeError?: (error: unknown) => string;
  now?: () => number;
}

export interface Autosaver<T> {
  change: (value: T) => void;
  /** Saves now if anything is unsaved (the retry button, leaving the page). */
  flush: () => Promise<void>;
  dispose: () => void;
  hasUnsaved: () => boolean;
}

export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: T | undefined;
  let dirty = false;
  let running: Promise<void> | null = null;
  let state: SaveState = { status: "idle", savedAt: null, error: null };

  const set = (next: Partial<SaveState>) => {
    state = { ...state, ...next };
    options.onState(state);
  };
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  async function run(): Promise<void> {
    while (dirty) {
      dirty = false;
      const value = latest as T;
      set({ status: "saving", error: null });
      try {
        await options.save(value);
        if (!dirty) set({ status: "saved", savedAt: now() });
      } catch (error) {
        // Keep the text marked unsaved; the next keystroke or "retry" sends it again.
        dirty = true;
        set({ status: "error", error: options.describeError?.(error) ?? "Couldn't save." });
        return;
      }
    }
  }

  function flush(): Promise<void> {
    clear();
    if (running) return running;
    if (!dirty) return Promise.resolve();
    running = run().finally(() => {
      running = null;
      // Typed while the failed save was running: try again after the usual pause.
      if (dirty && state.status !== "error") schedule();
    });
    return running;
  }

  function schedule() {
    clear();
    timer = setTimeout(() => void flush(), options.delayMs);
  }

  return {
    change(value) {
      latest = value;
      dirty = true;
      if (!running) set({ status: "pending", error: null });
      schedule();
    },
    flush,
    dispose: clear,
    hasUnsaved: () => dirty || running !== null,
  };
}
