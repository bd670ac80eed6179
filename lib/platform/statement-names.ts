/**
 * Names for PostgreSQL prepared statements, one per distinct SQL text, handed
 * to the pg driver through Prisma's adapter (lib/db.ts). A named statement is
 * parsed once per connection, and after a few runs PostgreSQL may keep a
 * generic plan for it, so the same query stops paying for parse and plan on
 * every call (docs/decisions/0014-prepared-statements.md).
 *
 * Names are exact (a counter per text, not a hash), so two texts never share
 * one: pg refuses a name reused with another text. Past MAX_NAMED distinct
 * texts (SQL built with a varying number of parameters, say) new texts run
 * unnamed, as before, so neither this map nor any connection's statement cache
 * grows without bound.
 */
export const MAX_NAMED = 2_000;

/**
 * Put in a query's text to have it planned on every run: a kept statement may
 * switch to a generic plan, which cannot see how long an array parameter is
 * (the busy-time join over every interviewer, lib/slot-search/busy-time.ts;
 * decision 0014 has the plans).
 */
export const PLAN_PER_CALL = "/* plan per call */";

export function statementNamer(max = MAX_NAMED): (sql: string) => string {
  const names = new Map<string, string>();
  return (sql) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (sql.includes(PLAN_PER_CALL)) return "";
    // An empty name is pg's unnamed statement: parsed and planned on every run.
    if (names.size >= max) return "";
    const name = `ml_${names.size.toString(36)}`;
    names.set(sql, name);
    return name;
  };
}
