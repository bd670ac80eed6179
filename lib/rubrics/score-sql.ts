import { Prisma } from "../generated/prisma/client";
import { SCORE_MAX, SCORE_MIN } from "./score-scale";

/** `expr` held within the score scale. The bounds are written as literals so the statement's text, and its plan, stay one. */
export function clampScoreSql(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEAST(${Prisma.raw(String(SCORE_MAX))}, GREATEST(${Prisma.raw(String(SCORE_MIN))}, ${expr}))`;
}
