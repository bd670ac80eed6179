/**
 * Bookings for one interviewer wait here, in this process, before they take a
 * pooled connection: a burst for one hot slot would otherwise park every
 * connection on the interviewer's schedule lock (booking-core.ts lockSchedule),
 * starve every other request and time out its own tail instead of answering
 * 409 (decision 0037). The lock, not this queue, makes booking safe, across
 * instances too.
 */
// Two rather than one, so the database lock is contended within a single process too and its tests prove it.
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
    if (next)
      next(); // hands its place over: running stays the same
    else if (--gate.running === 0) gates.delete(key);
  }
}
