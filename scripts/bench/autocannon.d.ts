// autocannon 9 ships no types; this covers what scripts/bench uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  namespace autocannon {
    interface Result {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      timeout?: number;
      initialContext?: Record<string, unknown>;
      requests?: {
        setupRequest?: (request: Record<string, unknown>, context: { kind?: string }) => Record<string, unknown>;
      }[];
    }
    type Instance = EventEmitter;
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
