import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DATE_TIME_FORMATS, VIETNAM_TIME_ZONE } from "../date-time";
import { MESSAGES } from "./messages";
import { LOCALE_COOKIE, toLocale } from "./locale";

// Pages are served under their language (the proxy puts it in the path) and name it with
// setRequestLocale, so that they can be rendered once and kept. Route handlers and the few places
// outside those pages fall back to the chosen language's cookie.
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = toLocale((await requestLocale) ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: VIETNAM_TIME_ZONE, formats: { dateTime: DATE_TIME_FORMATS } };
});
