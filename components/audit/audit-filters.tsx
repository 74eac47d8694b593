import { getTranslations } from "next-intl/server";
import type { AuditFilters as Filters } from "@/lib/audit-params";
import { Button } from "@/components/ui/button";
import { DayInput } from "@/components/ui/day-input";
import { Select } from "@/components/ui/select";
import { cardClass } from "@/components/ui/card";

interface Props {
  filters: Filters;
  units: { id: number; code: string; name: string }[];
  users: { id: number; username: string; displayName: string }[];
  indicators: { id: number; code: string; nameVi: string }[];
}

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and exported. */
export async function AuditFilters({ filters, units, users, indicators }: Props) {
  const t = await getTranslations("audit.filters");
  return (
    <form method="get" className={cardClass({ bar: true, className: "text-sm" })}>
      <label className="flex flex-col">
        {t("unit")}
        <Select name="unitId" defaultValue={filters.unitId ?? ""}>
          <option value="">{t("all")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.code})
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col">
        {t("user")}
        <Select name="userId" defaultValue={filters.userId ?? ""}>
          <option value="">{t("all")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col">
        {t("indicator")}
        <Select name="indicatorId" defaultValue={filters.indicatorId ?? ""}>
          <option value="">{t("all")}</option>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} · {i.nameVi}
            </option>
          ))}
        </Select>
      </label>
      {(["from", "to"] as const).map((name) => (
        <label key={name} className="flex flex-col">
          {t(name)}
          <DayInput name={name} value={filters[name]} placeholder={t("datePlaceholder")} title={t("dateHint")} className="w-32" />
        </label>
      ))}
      <Button type="submit" variant="secondary" size="sm">
        {t("apply")}
      </Button>
    </form>
  );
}
