import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

// The baseline of `npm run bench`: a page rendered per request through the same layout, reading
// no data, so that the dashboards' throughput can be stated as a share of what the server can do.
// Served only by a server started with BENCH_ROUTES=true (the bench's own); read per request, so one
// build serves users and the bench alike.
export default async function BareBenchPage() {
  await connection();
  if (process.env.BENCH_ROUTES !== "true") notFound();
  const t = await getTranslations("common");
  return <p>{t("appName")}</p>;
}
