/**
 * One load run with autocannon: a request generator, every response's time
 * and status recorded (autocannon's own histogram has no p95), and the
 * figures the report prints.
 */
import autocannon from "autocannon";

export interface Req {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
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
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 5 }),
    timeout: 30,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const r = options.next();
          return { ...request, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
      },
    ],
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.on("done", resolve);
    instance.on("error", reject);
  });
  latencies.sort((a, b) => a - b);
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
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
