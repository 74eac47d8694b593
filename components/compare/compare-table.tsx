"use client";

import { createColumnHelper, createSortedRowModel, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { STATUS_STYLE } from "@/components/status/status-style";
import { filterRows, rowCompleteness, type CompareRow } from "@/lib/compare";
import { decodeCell, decodeRows, type WireCell, type WireRow } from "@/lib/compare-wire";
import { toCsv } from "@/lib/csv";
import { INDICATOR_STATUSES, type IndicatorStatus, type Locale, type Period, type UnitType } from "@/lib/domain";
import { formatNumber, formatPercent } from "@/lib/numbers";
import { formatSigned } from "@/lib/plan-format";
import { lineVerdict, verdictLabel } from "@/lib/verdict";
import { searchKey } from "@/lib/search-key";
import type { CompareShow } from "@/lib/view-params";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cardClass } from "@/components/ui/card";

export interface CompareColumn {
  code: string;
  name: string;
  measure: string;
  decimals: number;
  /** A rate, share or growth: under % of plan its gap to the plan is shown in percentage points. */
  rate: boolean;
}

export interface CompareTableProps {
  columns: CompareColumn[];
  /** Compact rows (lib/compare-wire): thousands of units stay a small payload. */
  rows: WireRow[];
  total: { name: string; cells: WireCell[]; coverage: Record<string, { reported: number; expected: number }> } | null;
  show: CompareShow;
  initial: { sort?: string; status?: IndicatorStatus; type?: UnitType; q?: string; province?: string };
  /** The period shown: its verdict words (tiến độ before Cả năm, kế hoạch at Cả năm). */
  period: Period;
  /** Query string (year, period, plan) for links to the units' dashboards. */
  linkQuery: string;
  csvName: string;
  caption: string;
  /** The id of the controls' GET form: the filters and the sort are its fields too, so a new period keeps them. */
  controlsForm: string;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, CompareRow>();
const ROW_HEIGHT = 40;

function toSorting(sort: string | undefined): SortingState {
  if (!sort) return [];
  return [{ id: sort.replace(/^-/, ""), desc: sort.startsWith("-") }];
}

/** Sorting, filters and the table's look follow the URL, so a shared link shows the same rows. */
function syncUrl(values: Record<string, string | undefined>) {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(values)) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  window.history.replaceState(window.history.state, "", url);
}

export function CompareTable({ columns, rows: wireRows, total: wireTotal, show, initial, period, linkQuery, csvName, caption, controlsForm }: CompareTableProps) {
  const rateColumns = useMemo(() => new Set(columns.filter((c) => c.rate).map((c) => c.code)), [columns]);
  const rows = useMemo(() => decodeRows(wireRows, columns.map((c) => c.code), show, rateColumns), [wireRows, columns, show, rateColumns]);
  const total = useMemo(
    () => (wireTotal ? { ...wireTotal, cells: Object.fromEntries(columns.map((c, i) => [c.code, decodeCell(wireTotal.cells[i] ?? 0, show, c.rate)])) } : null),
    [wireTotal, columns, show],
  );
  const t = useTranslations("compare");
  const tAll = useTranslations();
  const tStatus = (s: IndicatorStatus) => verdictLabel(tAll, s, period);
  const tType = useTranslations("common.unitType");
  const tFigure = useTranslations("common.figureStatus");
  const locale = useLocale() as Locale;
  const [sorting, setSorting] = useState<SortingState>(() => toSorting(initial.sort));
  const [q, setQ] = useState(initial.q ?? "");
  const [status, setStatus] = useState<IndicatorStatus | "">(initial.status ?? "");
  const [type, setType] = useState<UnitType | "">(initial.type ?? "");
  const [province, setProvince] = useState(initial.province ?? "");

  const sort = sorting[0] ? `${sorting[0].desc ? "-" : ""}${sorting[0].id}` : "";
  useEffect(() => {
    syncUrl({ sort: sort || undefined, q: q.trim() || undefined, status: status || undefined, type: type || undefined, province: province || undefined });
  }, [sort, q, status, type, province]);

  const nameKeys = useMemo(() => new Map(rows.map((r) => [r.unit.id, searchKey(r.unit.name)])), [rows]);
  const types = useMemo(() => [...new Set(rows.map((r) => r.unit.type))], [rows]);
  // Units of several provinces (the whole country) get a province column and filter: names repeat across provinces.
  const provinces = useMemo(
    () => [...new Set(rows.map((r) => r.unit.province).filter((p): p is string => !!p))].sort((a, b) => a.localeCompare(b, "vi")),
    [rows],
  );
  const byProvince = provinces.length > 1;
  const data = useMemo(
    () =>
      filterRows(
        rows,
        { nameKey: searchKey(q) || undefined, types: type ? [type] : undefined, status: status || undefined, province: province || undefined },
        nameKeys,
      ),
    [rows, q, type, status, province, nameKeys],
  );

  // % columns sort by attainment, so that 0,1% poverty against a 0,2% ceiling ranks above 0,3%.
  const sortKey = (code: string, r: CompareRow): number | undefined => {
    const cell = r.cells[code];
    const v = show === "percent" ? cell?.attainment : cell?.value;
    return v === null || v === undefined || Number.isNaN(v) ? undefined : v;
  };

  const tableColumns = useMemo(
    () =>
      helper.columns([
        helper.accessor((r) => r.unit.name, {
          id: "name",
          header: t("columns.unit"),
          sortFn: (a, b) => a.original.unit.name.localeCompare(b.original.unit.name, "vi"),
        }),
        ...(byProvince
          ? [
              helper.accessor((r) => r.unit.province ?? "", {
                id: "province",
                header: t("columns.province"),
                sortFn: (a, b) => (a.original.unit.province ?? "").localeCompare(b.original.unit.province ?? "", "vi"),
              }),
            ]
          : []),
        helper.accessor((r) => rowCompleteness(r).reported, { id: "reported", header: t("columns.reported"), sortDescFirst: true }),
        // Best first: by attainment under % of plan, by the value under values; units without one go last either way.
        ...columns.map((c) => helper.accessor((r) => sortKey(c.code, r), { id: c.code, header: c.name, sortUndefined: "last", sortDescFirst: true })),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, show, byProvince],
  );

  const table = useTable({ features, columns: tableColumns, data, state: { sorting }, onSortingChange: setSorting });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new order or filter starts from the top, where its first rows are.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sorting, q, status, type, province]);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12, initialRect: { width: 1000, height: 600 } });
  // Before the scroll container is measured (server render, first paint) show the first rows.
  const measured = virtualizer.getVirtualItems();
  const items =
    measured.length > 0
      ? measured
      : tableRows.slice(0, 20).map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const formatCell = (code: string, cells: CompareRow["cells"]): string => {
    const empty = "—";
    const cell = cells[code];
    const col = columns.find((c) => c.code === code)!;
    if (!cell) return empty;
    if (show === "percent" && col.rate) {
      const points = cell.pointsFromPlan;
      return points === null || !Number.isFinite(points) ? empty : tAll("common.points", { value: formatSigned(points, col.decimals, locale) });
    }
    const v = show === "percent" ? cell.percentOfPlan : cell.value;
    if (v === null || !Number.isFinite(v)) return empty;
    return show === "percent" ? formatPercent(v, 1, locale) : formatNumber(v, col.decimals, locale);
  };

  // The CSV is for programs: plain numbers ('.' decimal, no grouping), as the server's exports write them;
  // a rate's column in percent holds its gap in percentage points, as the table shows it.
  const plainCell = (code: string, cells: CompareRow["cells"]): number | null => {
    const cell = cells[code];
    const rate = columns.find((c) => c.code === code)?.rate;
    const v = !cell ? null : show === "percent" ? (rate ? cell.pointsFromPlan : cell.percentOfPlan) : cell.value;
    return v === null || !Number.isFinite(v) ? null : v;
  };

  const reportedText = (cells: CompareRow["cells"]) => {
    const { reported, expected } = rowCompleteness({ unit: { id: 0, code: "", name: "", type: "ward" }, cells });
    return `${reported}/${expected}`;
  };

  // The verdict column says what the .xlsx and the print say: "chưa báo cáo" for a unit without a figure.
  const csvVerdict = (cell: CompareRow["cells"][string] | undefined) => {
    const verdict = lineVerdict(cell?.status ?? null, cell?.figureStatus != null);
    return verdict === null ? "" : verdictLabel(tAll, verdict, period);
  };

  const downloadCsv = () => {
    const header = [t("columns.code"), t("columns.unit"), ...(byProvince ? [t("columns.province")] : []), t("columns.reported"), ...columns.flatMap((c) => [`${c.name} (${show === "percent" ? (c.rate ? t("pointsOfPlan") : "%") : c.measure})`, `${c.name}: ${t("columns.status")}`])];
    const line = (code: string, name: string, cells: CompareRow["cells"], province?: string | null) => [
      code,
      name,
      ...(byProvince ? [province ?? ""] : []),
      reportedText(cells),
      ...columns.flatMap((c) => [plainCell(c.code, cells), csvVerdict(cells[c.code])]),
    ];
    const body = [...(total ? [line("", total.name, total.cells)] : []), ...tableRows.map((r) => line(r.original.unit.code, r.original.unit.name, r.original.cells, r.original.unit.province))];
    const blob = new Blob([toCsv(header, body)], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = csvName;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const cellView = (code: string, cells: CompareRow["cells"], extra = "", coverage?: { reported: number; expected: number }) => {
    const cell = cells[code];
    const st = cell?.status ?? null;
    const other = cell?.percentOfOtherPlan;
    const title = [
      st ? tStatus(st) : null,
      other !== null && other !== undefined && Number.isFinite(other) ? t("otherPlan", { percent: formatPercent(other, 1, locale) }) : null,
      coverage ? t("coverage", coverage) : null,
    ]
      .filter(Boolean)
      .join(" · ");
    return (
      <td key={code} className={`whitespace-nowrap border-b border-slate-200 px-2 text-right ${st ? STATUS_STYLE[st].className : ""} ${extra}`} title={title || undefined} data-column={code} data-status={st ?? undefined}>
        {st && <span aria-hidden="true" className="mr-1 text-xs">{STATUS_STYLE[st].symbol}</span>}
        {formatCell(code, cells)}
        {cell?.provisional && cell.figureStatus && <span className="ml-1 text-xs">({tFigure(cell.figureStatus)})</span>}
        {st && <span className="sr-only"> {tStatus(st)}</span>}
      </td>
    );
  };

  return (
    <div className="space-y-3">
      {/* Two columns on a phone, as in the controls above: the table does not move when the font swaps in. */}
      <div className={cardClass({ className: "no-print grid grid-cols-2 items-end gap-3 max-sm:[&_label]:min-w-0 max-sm:[&_select]:w-full sm:flex sm:flex-wrap" })} role="search" aria-label={t("filters.label")}>
        {/* Unnamed while empty, so that the form's link carries only what is chosen. */}
        <input type="hidden" name={sort ? "sort" : undefined} form={controlsForm} value={sort} />
        <label className="flex flex-col text-sm">
          {t("filters.name")}
          <Input type="search" name={q.trim() ? "q" : undefined} form={controlsForm} value={q} onChange={(e) => setQ(e.target.value)} size="md" className="mt-1 w-full sm:w-48" />
        </label>
        <label className="flex flex-col text-sm">
          {t("filters.status")}
          <Select name={status ? "status" : undefined} form={controlsForm} value={status} onChange={(e) => setStatus(e.target.value as IndicatorStatus | "")} size="md" className="mt-1">
            <option value="">{t("filters.any")}</option>
            {INDICATOR_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </Select>
        </label>
        {byProvince && (
          <label className="flex flex-col text-sm">
            {t("filters.province")}
            <Select name={province ? "province" : undefined} form={controlsForm} value={province} onChange={(e) => setProvince(e.target.value)} size="md" className="mt-1">
              <option value="">{t("filters.any")}</option>
              {provinces.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </label>
        )}
        {types.length > 1 && (
          <label className="flex flex-col text-sm">
            {t("filters.type")}
            <Select name={type ? "type" : undefined} form={controlsForm} value={type} onChange={(e) => setType(e.target.value as UnitType | "")} size="md" className="mt-1">
              <option value="">{t("filters.any")}</option>
              {types.map((ty) => (
                <option key={ty} value={ty}>
                  {tType(ty)}
                </option>
              ))}
            </Select>
          </label>
        )}
        <Button type="button" onClick={downloadCsv} variant="secondary" className="text-sm font-semibold">
          {t("csv")}
        </Button>
        <p className="col-span-2 text-sm text-slate-700" aria-live="polite" data-testid="row-count">
          {t("rowCount", { shown: tableRows.length, total: rows.length })}
        </p>
      </div>
      <div ref={scrollRef} className={cardClass({ padding: "none", className: "relative max-h-[70vh] overflow-auto" })} tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-separate border-spacing-0 text-sm" data-testid="compare-table" aria-rowcount={tableRows.length + 2}>
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 z-20 bg-slate-100">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const first = header.column.id === "name";
                  const col = columns.find((c) => c.code === header.column.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                      className={`border-b border-slate-300 bg-slate-100 px-2 py-2 align-bottom font-semibold ${first ? "sticky left-0 z-30 min-w-40 text-left" : "min-w-28 text-right"}`}
                    >
                      <Button variant="plain" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-end gap-1" data-column={header.column.id}>
                        <span>
                          {first ? t("columns.unit") : header.column.id === "province" ? t("columns.province") : header.column.id === "reported" ? t("columns.reported") : col?.name}
                          {col && <span className="block text-xs font-normal text-slate-600">{show === "percent" ? (col.rate ? t("pointsOfPlan") : t("percentOfPlan")) : col.measure}</span>}
                        </span>
                        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </Button>
                    </th>
                  );
                })}
              </tr>
            ))}
            {total && (
              <tr data-testid="total-row" className="font-semibold">
                <th scope="row" className="sticky left-0 z-30 border-b-2 border-slate-400 bg-slate-50 px-2 py-2 text-left">
                  {total.name}
                  <span className="block text-xs font-normal text-slate-600">{t("totalNote")}</span>
                </th>
                {byProvince && <td className="border-b-2 border-slate-400 bg-slate-50" />}
                <td className="border-b-2 border-slate-400 bg-slate-50" />
                {columns.map((c) => cellView(c.code, total.cells, "border-b-2 border-slate-400", total.coverage[c.code]))}
              </tr>
            )}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: padTop }} colSpan={columns.length + (byProvince ? 3 : 2)} />
              </tr>
            )}
            {items.map((vi) => {
              const row = tableRows[vi.index]!;
              const u = row.original.unit;
              return (
                <tr key={row.id} data-unit={u.code} style={{ height: ROW_HEIGHT }} aria-rowindex={vi.index + 3}>
                  <th scope="row" className="sticky left-0 z-10 whitespace-nowrap border-b border-slate-200 bg-white px-2 text-left font-normal">
                    {/* A plain link: rows come and go as the table scrolls; next/link would hydrate and prefetch each. */}
                    <a href={`/units/${u.id}${linkQuery}`} className="text-red-900 underline-offset-2 hover:underline">
                      {u.name}
                    </a>
                  </th>
                  {byProvince && <td className="whitespace-nowrap border-b border-slate-200 px-2 text-sm">{u.province}</td>}
                  <td className="whitespace-nowrap border-b border-slate-200 px-2 text-right" data-column="reported" title={t("reportedTitle")}>
                    {reportedText(row.original.cells)}
                  </td>
                  {row
                    .getAllCells()
                    .filter((cell) => cell.column.id !== "name" && cell.column.id !== "province" && cell.column.id !== "reported")
                    .map((cell) => cellView(cell.column.id, row.original.cells))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: padBottom }} colSpan={columns.length + (byProvince ? 3 : 2)} />
              </tr>
            )}
          </tbody>
        </table>
        {tableRows.length === 0 && <p className="p-3">{t("noRows")}</p>}
      </div>
    </div>
  );
}
