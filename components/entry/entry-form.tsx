"use client";

import { useState } from "react";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { entryIssueMessage, entryWarningMessage, type CatalogueMessage } from "@/lib/entry-messages";
import { saveActuals, type SaveActualsState } from "@/app/_actions/entry";
import type { ActionRefusal } from "@/app/_actions/with-user";
import { FIGURE_STATUS_STYLE } from "@/components/status/figure-status-style";

import { formatDateTime, VIETNAM_TIME_ZONE } from "@/lib/date-time";
import { FIGURE_STATUSES, type Locale, type Period } from "@/lib/domain";
import { FIGURE_FIELDS, fieldName, MAX_NOTE_LENGTH, type EntryIssue, type EntryRow, type EntryWarning, type FigureField } from "@/lib/entry";
import { formatNumber, formatNumberInput } from "@/lib/numbers";
import { formatPlan } from "@/lib/plan-format";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { SaveOutcome } from "@/components/forms/save-outcome";
import { useRevisionedForm } from "@/components/forms/use-revisioned-form";
import { Button } from "@/components/ui/button";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";
import { Checkbox, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type State = SaveActualsState | ActionRefusal | null;

/** What an official fills in for each figure; its revision travels hidden beside them. */
const EDITABLE_FIELDS = ["value", "numerator", "denominator", "status", "note"] as const;


function initialValues(rows: EntryRow[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { indicator, current } of rows) {
    const id = indicator.id;
    if (indicator.kind === "ratio") {
      values[fieldName("numerator", id)] = current?.numerator != null ? formatNumberInput(current.numerator, 0) : "";
      values[fieldName("denominator", id)] = current?.denominator != null ? formatNumberInput(current.denominator, 0) : "";
    } else {
      values[fieldName("value", id)] = current ? formatNumberInput(current.value, indicator.decimals) : "";
    }
    values[fieldName("status", id)] = current?.status ?? "estimate";
    values[fieldName("note", id)] = current?.note ?? "";
  }
  return values;
}

/**
 * One unit's figures for one period. Inputs take Vietnamese numbers; Enter saves; everything is
 * checked again on the server, which refuses figures someone else changed since this form was loaded.
 */
export function EntryForm({ unitId, year, period, rows }: { unitId: number; year: number; period: Period; rows: EntryRow[] }) {
  const t = useTranslations("entry");
  const tr = useTranslations();
  const tc = useTranslations("common");
  const locale = useLocale() as Locale;
  // Vietnam's, from the request configuration; never the browser's own zone.
  const timeZone = useTimeZone() ?? VIETNAM_TIME_ZONE;
  const [confirm, setConfirm] = useState(false);
  const { values, set, revisions, state, onSubmit, pending } = useRevisionedForm<State, FigureField>({
    rows,
    initialValues: () => initialValues(rows),
    save: saveActuals,
    fields: FIGURE_FIELDS,
    editable: EDITABLE_FIELDS,
    name: fieldName,
    onSaved: () => setConfirm(false),
  });

  const errors: Record<string, EntryIssue> = state && !state.ok && state.error === "figures" ? state.errors : {};
  const warnings: Record<string, EntryWarning[]> = state && !state.ok && state.error === "needs_confirmation" ? state.warnings : {};
  const conflicts = state && !state.ok && state.error === "conflict" ? state.conflicts : [];
  const number = (v: number, decimals: number) => formatNumber(v, decimals, locale);
  const dateTime = (ms: number) => formatDateTime(ms, "dateTime", { locale, timeZone });

  // The same wording as the upload's for the same refusal or warning (lib/entry-messages.ts).
  const say = ({ key, params }: CatalogueMessage) => tr(key as "entry.save", params);
  const issueText = (issue: EntryIssue) => say(entryIssueMessage(issue));
  const warningText = (w: EntryWarning, decimals: number) =>
    say(entryWarningMessage(w, { number: (v) => number(v, decimals), status: (s) => tc(`figureStatus.${s}`) }));

  const th = thClass({ className: "align-bottom" });
  const td = tdClass({ className: "align-top" });
  // Below `sm` the one table lays out as a card per indicator (no second copy of the inputs): rows become
  // grids, the column heads stay for screen readers only, and each cell shows its column's name above it.
  const card = "max-sm:block max-sm:border-0 max-sm:p-0";
  const labelled = `${card} max-sm:before:block max-sm:before:text-xs max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)]`;
  const figure = `${labelled} whitespace-nowrap text-right max-sm:whitespace-normal max-sm:text-left`;


  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="entry-form" aria-describedby="entry-help">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="period" value={period} />
      <p id="entry-help" className="text-sm text-slate-600">
        {t("help")}
      </p>
      <TableCard className="max-sm:overflow-visible max-sm:bg-transparent max-sm:shadow-none">
        <Table className="max-sm:block">
          <caption className="sr-only">{t("caption", { period: tc(`period.${period}`), year })}</caption>
          <TableHead className="max-sm:sr-only">
            <tr>
              <th scope="col" className={`${th} min-w-52`}>{t("columns.indicator")}</th>
              <th scope="col" className={th}>{t("columns.measure")}</th>
              <th scope="col" className={th}>{t("columns.plan")}</th>
              <th scope="col" className={th}>{t("columns.previousPeriod")}</th>
              <th scope="col" className={th}>{t("columns.samePeriodLastYear")}</th>
              <th scope="col" className={`${th} min-w-40`}>{t("columns.value")}</th>
              <th scope="col" className={th}>{t("columns.status")}</th>
              <th scope="col" className={`${th} min-w-48`}>{t("columns.note")}</th>
            </tr>
          </TableHead>
          <tbody className="max-sm:block max-sm:space-y-3">
            {rows.map((row) => {
              const { indicator, plan, current, history } = row;
              const id = indicator.id;
              const name = indicatorName(indicator, locale);
              const measure = measureName(indicator, locale);
              const isRatio = indicator.kind === "ratio";
              const mainField = fieldName(isRatio ? "numerator" : "value", id);
              const conflict = conflicts.find((c) => c.indicatorId === id);
              const rowWarnings = warnings[mainField] ?? [];
              const messageId = `msg-${id}`;
              const fieldError = (f: string) => errors[f];
              const rowIssues = [
                ...(["value", "numerator", "denominator", "status", "note", "revision"] as const)
                  .map((f) => fieldError(fieldName(f, id)))
                  .filter((i): i is EntryIssue => i !== undefined),
              ];
              const invalid = (f: string) => (fieldError(f) ? true : undefined);
              return (
                <tr
                  key={id}
                  data-indicator={indicator.code}
                  className={`max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-3 max-sm:gap-y-2 max-sm:rounded-lg max-sm:p-3 max-sm:shadow-sm ${conflict || rowIssues.length ? "bg-red-50" : rowWarnings.length ? "bg-amber-50" : "max-sm:bg-white"}`}
                >
                  <th scope="row" className={`${td} ${card} max-sm:col-span-3 text-left font-normal max-sm:font-semibold`}>
                    <span id={`name-${id}`}>{name}</span>
                    {history.length > 0 && (
                      <details className="mt-1 text-xs text-slate-600" data-testid={`history-${indicator.code}`}>
                        <summary className="cursor-pointer text-red-800">{t("history.toggle", { count: history.length })}</summary>
                        <ol className="mt-1 space-y-1">
                          {history.map((h) => (
                            <li key={h.revision}>
                              {t("history.entry", {
                                revision: h.revision,
                                when: dateTime(h.enteredAt),
                                who: h.enteredBy ?? t("history.seed"),
                              })}{" "}
                              {h.previousValue !== null && h.previousStatus !== null && (
                                <>
                                  {number(h.previousValue, indicator.decimals)} ({tc(`figureStatus.${h.previousStatus}`)}) →{" "}
                                </>
                              )}
                              <strong>{number(h.value, indicator.decimals)}</strong> ({tc(`figureStatus.${h.status}`)})
                              {h.note && <span className="block whitespace-pre-wrap italic">{h.note}</span>}
                            </li>
                          ))}
                        </ol>
                      </details>
                    )}
                  </th>
                  <td className={`${td} ${labelled} max-sm:col-span-3`} data-label={t("columns.measure")}>{measure}</td>
                  <td className={`${td} ${figure}`} data-label={t("columns.plan")}>
                    {plan ? (
                      <span title={tc(`planVersion.${plan.version}`)}>
                        {formatPlan(plan, indicator.decimals, locale)}
                      </span>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className={`${td} ${figure}`} data-label={t("columns.previousPeriod")}>
                    {row.previousPeriod !== null ? number(row.previousPeriod, indicator.decimals) : "—"}
                  </td>
                  <td className={`${td} ${figure}`} data-label={t("columns.samePeriodLastYear")}>
                    {row.samePeriodLastYear !== null ? number(row.samePeriodLastYear, indicator.decimals) : "—"}
                  </td>
                  <td className={`${td} ${labelled} max-sm:col-span-3`} data-label={t("columns.value")}>
                    <input type="hidden" name={fieldName("revision", id)} value={revisions[id] ?? 0} />
                    {isRatio ? (
                      <div className="flex items-center gap-1">
                        <Input
                          numeric
                          name={fieldName("numerator", id)}
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={t("label.numerator", { indicator: name })}
                          aria-invalid={invalid(fieldName("numerator", id))}
                          aria-describedby={messageId}
                          className="w-full"
                          value={values[fieldName("numerator", id)] ?? ""}
                          onChange={set(fieldName("numerator", id))}
                        />
                        <span aria-hidden="true">/</span>
                        <Input
                          numeric
                          name={fieldName("denominator", id)}
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={t("label.denominator", { indicator: name })}
                          aria-invalid={invalid(fieldName("denominator", id))}
                          aria-describedby={messageId}
                          className="w-full"
                          value={values[fieldName("denominator", id)] ?? ""}
                          onChange={set(fieldName("denominator", id))}
                        />
                      </div>
                    ) : (
                      <Input
                        numeric
                        name={fieldName("value", id)}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={t("label.value", { indicator: name, measure })}
                        aria-invalid={invalid(fieldName("value", id))}
                        aria-describedby={messageId}
                        className="w-full"
                        value={values[fieldName("value", id)] ?? ""}
                        onChange={set(fieldName("value", id))}
                      />
                    )}
                    <div id={messageId} aria-live="polite" className="mt-1 space-y-1 text-xs">
                      {rowIssues.map((issue, i) => (
                        <p key={i} className="text-red-800" data-testid="field-error">{issueText(issue)}</p>
                      ))}
                      {rowWarnings.map((w, i) => (
                        <p key={i} className="text-amber-900" data-testid="field-warning">{warningText(w, indicator.decimals)}</p>
                      ))}
                      {conflict && (
                        <p className="text-red-800" data-testid="field-conflict">
                          {t("conflict", {
                            who: conflict.updatedBy ?? t("history.seed"),
                            when: dateTime(conflict.updatedAt),
                            value: number(conflict.value, indicator.decimals),
                            status: tc(`figureStatus.${conflict.status}`),
                          })}
                        </p>
                      )}
                    </div>
                  </td>
                  <td className={`${td} ${labelled} max-sm:col-span-3`} data-label={t("columns.status")}>
                    <Select
                      name={fieldName("status", id)}
                      aria-label={t("label.status", { indicator: name })}
                      size="xs"
                      className="max-sm:w-full"
                      tone={FIGURE_STATUS_STYLE[(values[fieldName("status", id)] ?? "estimate") as keyof typeof FIGURE_STATUS_STYLE] ?? ""}
                      value={values[fieldName("status", id)] ?? "estimate"}
                      onChange={set(fieldName("status", id))}
                    >
                      {FIGURE_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {tc(`figureStatus.${s}`)}
                        </option>
                      ))}
                    </Select>
                    {current && (
                      <span className="mt-1 block text-xs text-slate-500">
                        {t("lastChange", { who: current.updatedBy ?? t("history.seed"), when: dateTime(current.updatedAt) })}
                      </span>
                    )}
                  </td>
                  <td className={`${td} ${labelled} max-sm:col-span-3`} data-label={t("columns.note")}>
                    <Input
                      name={fieldName("note", id)}
                      maxLength={MAX_NOTE_LENGTH}
                      aria-label={t("label.note", { indicator: name })}
                      aria-invalid={invalid(fieldName("note", id))}
                      className="w-full"
                      value={values[fieldName("note", id)] ?? ""}
                      onChange={set(fieldName("note", id))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </TableCard>
      {/* The save, its outcome and the confirmation stay in sight at the bottom while a phone scrolls the cards. */}
      <div className="sticky bottom-0 z-10 -mx-1 space-y-2 border-t border-slate-200 bg-slate-50/95 px-1 py-2">
        <SaveOutcome state={state} form="entry" data-testid="entry-result" />
        {Object.keys(warnings).length > 0 && (
          <label className="flex items-center gap-2 rounded bg-amber-50 p-3 text-amber-900">
            <Checkbox name="confirm" value="yes" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />
            {t("confirm")}
          </label>
        )}
        <Button type="submit" disabled={pending} className="max-sm:w-full">
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
