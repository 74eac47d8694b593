import { getTranslations } from "next-intl/server";
import { Button, buttonClass } from "@/components/ui/button";
import { DayInput } from "@/components/ui/day-input";
import { toDocumentDate } from "@/lib/document-date";
import { viewQuery } from "@/lib/view-params";

/**
 * The day whose units a page shows, as a GET form: the choice stays in the URL (?asOf=2024-03-15),
 * so a reload or a link shows the same map. "Today" leaves it out again. `keep` carries the page's
 * other choices (a search) across.
 */
export async function AsOfForm({
  path,
  asOf,
  today,
  keep = {},
}: {
  path: string;
  /** The chosen day, when one was chosen. */
  asOf?: string;
  /** Today in Vietnam, shown when no day was chosen. */
  today: string;
  keep?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("report.asOfControl");
  const date = toDocumentDate(asOf ?? today)!;
  return (
    <form method="get" action={path} aria-label={t("form")} className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <label className="flex flex-col text-sm">
        {t("label")}
        <DayInput
          key={asOf ?? today}
          name="asOf"
          value={asOf ?? today}
          placeholder={t("placeholder")}
          title={t("hint")}
          aria-describedby="as-of-shown"
          size="md"
          className="mt-1 w-36"
        />
      </label>
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
      {/* A full load, as the form's own GET is: the page's other forms then open on today's defaults too. */}
      {asOf && (
        <a href={`${path}${viewQuery(keep)}`} className={buttonClass({ variant: "neutral" })}>
          {t("today")}
        </a>
      )}
      <p id="as-of-shown" data-testid="as-of-shown" className="w-full text-sm text-slate-600">
        {asOf ? t("shown", { date }) : t("shownToday", { date })}
      </p>
    </form>
  );
}
