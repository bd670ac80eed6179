import { headers } from "next/headers";
import { cache } from "react";
import { negotiateLocale, type Locale } from "@/lib/dates/locale";

/** The locale this request's dates and times are written in: what the browser asks for (decision 0030). */
export const requestLocale = cache(async (): Promise<Locale> =>
  negotiateLocale((await headers()).get("accept-language")),
);
