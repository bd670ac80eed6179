/**
 * Bookings for one interviewer queue here, in this process, before they take
 * a database connection: at most two at a time per interviewer. The database
 * lock (booking-core.ts lockSchedule) is still what makes booking safe, across
 * instances too, and two at a time keep it contended so tests exercise it;
 * this only stops a burst for one hot slot from parking every pooled
 * connection on that lock, which would starve all other requests and time out
 * the burst's tail (100 people clicking one slot at once, scripts/bench).
 */
const PER_KEY = 2;

interface Gate {
  running: number;
  waiting: (() => void)[];
}
const gates = new Map<string, Gate>();

export async function fewAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  let gate = gates.get(key);
  if (!gate) gates.set(key, (gate = { running: 0, waiting: [] }));
  if (gate.running >= PER_KEY) await new Promise<void>((resolve) => gate.waiting.push(resolve));
  else gate.running++;
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next(); // hands its place over: running stays the same
    else if (--gate.running === 0) gates.delete(key);
  }
}
