"use client";

import { useLocale, useTranslations } from "next-intl";
import { planIssueMessage } from "@/lib/entry-messages";
import { savePlans, type SavePlansState } from "@/app/_actions/plans";
import type { ActionRefusal } from "@/app/_actions/with-user";

import { COMPARATORS, type Locale, type PlanVersion } from "@/lib/domain";
import { formatNumber, formatNumberInput } from "@/lib/numbers";
import { toDocumentDate } from "@/lib/document-date";
import { defaultComparator, MAX_DOCUMENT_NUMBER_LENGTH, PLAN_FIELDS, planFieldName, type PlanField, type PlanFormRow, type PlanIssue } from "@/lib/plans";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { FieldError } from "@/components/ui/alert";
import { SaveOutcome } from "@/components/forms/save-outcome";
import { useRevisionedForm } from "@/components/forms/use-revisioned-form";
import { Button } from "@/components/ui/button";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type State = SavePlansState | ActionRefusal | null;

/** What an editor sets for each plan; its revision travels hidden beside them. */
const EDITABLE_FIELDS = ["comparator", "value", "valueMax"] as const;

/** A unit's plans of one version for a year, set under one decision (number, date). */
export function PlanForm({ unitId, year, version, rows }: { unitId: number; year: number; version: PlanVersion; rows: PlanFormRow[] }) {
  const t = useTranslations("plans");
  const tc = useTranslations("common");
  const tr = useTranslations();
  const locale = useLocale() as Locale;
  const firstDocument = rows.find((r) => r.current?.documentNumber)?.current;
  const { values, set, revisions, state, onSubmit, pending } = useRevisionedForm<State, PlanField>({
    rows,
    initialValues: () => {
      const v: Record<string, string> = {
        documentNumber: firstDocument?.documentNumber ?? "",
        documentDate: toDocumentDate(firstDocument?.documentDate ?? null) ?? "",
      };
      for (const { indicator, current } of rows) {
        v[planFieldName("comparator", indicator.id)] = current?.comparator ?? defaultComparator(indicator.direction);
        v[planFieldName("value", indicator.id)] = current ? formatNumberInput(current.value, indicator.decimals) : "";
        v[planFieldName("valueMax", indicator.id)] = current?.valueMax != null ? formatNumberInput(current.valueMax, indicator.decimals) : "";
      }
      return v;
    },
    save: savePlans,
    fields: PLAN_FIELDS,
    editable: EDITABLE_FIELDS,
    name: planFieldName,
  });

  const errors: Record<string, PlanIssue> = state && !state.ok && state.error === "figures" ? state.errors : {};
  const conflicts = state && !state.ok && state.error === "conflict" ? state.conflicts : [];
  // The same wording as the plans upload's for the same refusal (lib/entry-messages.ts).
  const issueText = (issue: PlanIssue) => {
    const { key, params } = planIssueMessage(issue);
    return tr(key as "plans.save", params);
  };
  const th = thClass();
  const td = tdClass({ className: "align-top" });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="plan-form">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <SaveOutcome state={state} form="plans" data-testid="plan-result" />
      <fieldset className="flex flex-wrap gap-4 rounded border border-slate-300 bg-white p-3">
        <legend className="px-1 font-semibold">{t("document.legend")}</legend>
        <label className="flex flex-col text-sm">
          {t("document.number")}
          <Input name="documentNumber" maxLength={MAX_DOCUMENT_NUMBER_LENGTH} value={values.documentNumber} onChange={set("documentNumber")} />
          {errors.documentNumber && <FieldError>{issueText(errors.documentNumber)}</FieldError>}
        </label>
        <label className="flex flex-col text-sm">
          {t("document.date")}
          <Input name="documentDate" placeholder="dd/mm/yyyy" value={values.documentDate} onChange={set("documentDate")} />
          {errors.documentDate && <FieldError>{issueText(errors.documentDate)}</FieldError>}
        </label>
      </fieldset>
      <TableCard>
        <Table>
          <TableHead>
            <tr>
              <th scope="col" className={th}>{t("columns.indicator")}</th>
              <th scope="col" className={th}>{t("columns.measure")}</th>
              <th scope="col" className={th}>{t("columns.comparator")}</th>
              <th scope="col" className={th}>{t("columns.value")}</th>
              <th scope="col" className={th}>{t("columns.valueMax")}</th>
            </tr>
          </TableHead>
          <tbody>
            {rows.map(({ indicator, current }) => {
              const id = indicator.id;
              const name = indicatorName(indicator, locale);
              const issues = (["comparator", "value", "valueMax", "revision"] as const)
                .map((f) => errors[planFieldName(f, id)])
                .filter((i): i is PlanIssue => i !== undefined);
              const conflict = conflicts.find((c) => c.indicatorId === id);
              const comparator = values[planFieldName("comparator", id)];
              return (
                <tr key={id} data-indicator={indicator.code}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {name}
                    {current && (
                      <span className="block text-xs text-slate-500">{t("lastChange", { who: current.updatedBy ?? t("seed") })}</span>
                    )}
                  </th>
                  <td className={td}>{measureName(indicator, locale)}</td>
                  <td className={td}>
                    <input type="hidden" name={planFieldName("revision", id)} value={revisions[id] ?? 0} />
                    <Select
                      name={planFieldName("comparator", id)}
                      aria-label={t("label.comparator", { indicator: name })}
                      value={comparator}
                      onChange={set(planFieldName("comparator", id))}
                    >
                      {COMPARATORS.map((c) => (
                        <option key={c} value={c}>
                          {tc(`comparator.${c}`)}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td className={td}>
                    <Input
                      numeric
                      name={planFieldName("value", id)}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={t("label.value", { indicator: name })}
                      className="w-28"
                      value={values[planFieldName("value", id)]}
                      onChange={set(planFieldName("value", id))}
                    />
                    {issues.map((i, k) => (
                      <FieldError key={k} className="block" data-testid="field-error">{issueText(i)}</FieldError>
                    ))}
                    {conflict && (
                      <p className="text-xs text-red-800" data-testid="field-conflict">
                        {t("conflict", { who: conflict.updatedBy ?? t("seed"), value: formatNumber(conflict.value, indicator.decimals, locale) })}
                      </p>
                    )}
                  </td>
                  <td className={td}>
                    {comparator === "range" && (
                      <Input
                        numeric
                        name={planFieldName("valueMax", id)}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={t("label.valueMax", { indicator: name })}
                        className="w-28"
                        value={values[planFieldName("valueMax", id)]}
                        onChange={set(planFieldName("valueMax", id))}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </TableCard>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
