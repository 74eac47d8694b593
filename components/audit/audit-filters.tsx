import { getTranslations } from "next-intl/server";
import type { AuditFilters as Filters } from "@/lib/audit-params";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import { toDocumentDate } from "@/lib/document-date";

const DAY_FIRST_PATTERN = "\\d{1,2}/\\d{1,2}/\\d{4}";

interface Props {
  filters: Filters;
  units: { id: number; code: string; name: string }[];
  users: { id: number; username: string; displayName: string }[];
  indicators: { id: number; code: string; nameVi: string }[];
}

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and exported. */
export async function AuditFilters({ filters, units, users, indicators }: Props) {
  const t = await getTranslations("audit.filters");
  const field = fieldClass();
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 text-sm shadow-sm">
      <label className="flex flex-col">
        {t("unit")}
        <select name="unitId" defaultValue={filters.unitId ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.code})
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        {t("user")}
        <select name="userId" defaultValue={filters.userId ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        {t("indicator")}
        <select name="indicatorId" defaultValue={filters.indicatorId ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} · {i.nameVi}
            </option>
          ))}
        </select>
      </label>
      {(["from", "to"] as const).map((name) => (
        // Day first whatever the browser's language (a native date field shows mm/dd/yyyy in en-US).
        <label key={name} className="flex flex-col">
          {t(name)}
          <input
            type="text"
            name={name}
            inputMode="numeric"
            placeholder={t("datePlaceholder")}
            title={t("dateHint")}
            pattern={DAY_FIRST_PATTERN}
            defaultValue={toDocumentDate(filters[name] ?? null) ?? ""}
            className={`${field} w-32`}
          />
        </label>
      ))}
      <Button type="submit" variant="secondary" size="sm">
        {t("apply")}
      </Button>
    </form>
  );
}
