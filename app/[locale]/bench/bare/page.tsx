import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

// The baseline of `npm run bench`: a page rendered per request through the same layout, reading
// no data, so that the dashboards' throughput can be stated as a share of what the server can do.
export default async function BareBenchPage() {
  await connection();
  const t = await getTranslations("common");
  return <p>{t("appName")}</p>;
}
