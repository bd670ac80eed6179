import { db, type DbClient } from "../db";
import type { Locale } from "../dates/locale";

/**
 * Records the locale a person's pages are written in, so e-mails and invites the job worker sends later
 * follow it (decision 0030). Callers compare with the stored one first: a write only when it changed.
 * The WHERE repeats the comparison so two requests racing write once, and a deleted account is left alone.
 */
export async function rememberLocale(userId: string, locale: Locale, client: DbClient = db()): Promise<boolean> {
  const { count } = await client.user.updateMany({
    where: { id: userId, deletedAt: null, OR: [{ locale: null }, { locale: { not: locale } }] },
    data: { locale },
  });
  return count > 0;
}
