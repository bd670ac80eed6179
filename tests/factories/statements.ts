import pg from "pg";

/**
 * Every statement this process sends to PostgreSQL while `work` runs, as sent
 * (Prisma and pg-boss both go through pg's Client.query).
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  // Typed as a plain function property: we call the original on whichever client it was called on.
  const proto = pg.Client.prototype as unknown as { query: (this: pg.Client, ...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const query = args[0];
    sent.push(typeof query === "string" ? query : ((query as { text?: string }).text ?? "?"));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return sent;
}
