/**
 * One load run with autocannon: a request generator, every response's time
 * and status recorded (autocannon's own histogram has no p95), and the
 * figures the report prints.
 */
import autocannon from "autocannon";

export interface Req {
  /** What the request is, when a workload mixes kinds: latencies are also reported per kind. */
  kind?: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface RunResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  unexpected: number; // non-2xx other than the statuses the workload allows
  /** Per Req.kind (requests without a kind count as "request"). */
  byKind: Record<string, Latencies>;
}

/** What autocannon passes as a response's client: its request iterator holds the connection's context. */
interface Connection {
  requestIterator?: { context?: { kind?: string } };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runLoad(options: {
  url: string;
  connections: number;
  durationSeconds?: number;
  amount?: number;
  next: () => Req;
  allowed?: number[];
}): Promise<RunResult> {
  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    // autocannon ends a run only at its next sample tick (a second by default): a run of a few requests
    // (the smoke run's) would otherwise wait out most of a second each time, about 25 s of the smoke's 39.
    ...(options.amount ? { amount: options.amount, sampleInt: 100 } : { duration: options.durationSeconds ?? 5 }),
    timeout: 30,
    // One context per connection. With one request in flight per connection (no pipelining), the
    // kind it holds when a response arrives is that response's request's kind.
    initialContext: {},
    requests: [
      {
        setupRequest: (request: Record<string, unknown>, context: { kind?: string }) => {
          const r = options.next();
          context.kind = r.kind ?? "request";
          return { ...request, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
      },
    ],
  });
  instance.on("response", (client: Connection, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    const kind = client.requestIterator?.context?.kind ?? "request";
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.on("done", resolve);
    instance.on("error", reject);
  });
  latencies.sort((a, b) => a - b);
  const kinds: Record<string, Latencies> = {};
  for (const [kind, list] of byKind) {
    list.sort((a, b) => a - b);
    kinds[kind] = {
      count: list.length,
      p50: percentile(list, 50),
      p95: percentile(list, 95),
      p99: percentile(list, 99),
    };
  }
  const allowed = new Set(options.allowed ?? []);
  let unexpected = 0;
  for (const [status, count] of Object.entries(statuses)) {
    const code = Number(status);
    if ((code < 200 || code >= 300) && !allowed.has(code)) unexpected += count;
  }
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
    errors: result.errors + result.timeouts,
    unexpected,
    byKind: kinds,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
