// Words of the exported files, from the message catalogue. Files are always in Vietnamese, the
// officials' language, whatever the interface language, so the translator is built for "vi".
import { verdictLabel, type RootTranslator, type Verdict } from "../verdict";
import { createTranslator } from "next-intl";
import { MESSAGES } from "../i18n/messages";
import type { IndicatorGroup, Period } from "../domain";
import type { DocumentText, SignatureFields } from "../official-document";
import type { ComparisonSheetText } from "./comparison-sheet";
import type { FiguresSheetText } from "./figures-sheet";
import type { ReportSheetText } from "./report-sheet";
import type { PlanLabels, PlanTemplateText } from "./plan-template";
import type { TemplateText } from "./template";
import type { UploadLabels } from "./upload";

const t = createTranslator({ locale: "vi", messages: MESSAGES.vi });

function dated(date: string): string {
  const [year, month, day] = date.split("-");
  return t("print.dated", { day: day ?? "", month: month ?? "", year: year ?? "" });
}

const columns = () => ({
  number: t("print.columns.number"),
  indicator: t("print.columns.indicator"),
  unit: t("print.columns.unit"),
  measure: t("print.columns.measure"),
  samePeriod: t("print.columns.samePeriod"),
  planHigher: t("print.columns.planHigher"),
  planCouncil: t("print.columns.planCouncil"),
  actual: t("print.columns.actual"),
  percentOfPlanHigher: t("print.columns.percentOfPlanHigher"),
  percentOfPlanCouncil: t("print.columns.percentOfPlanCouncil"),
  percentOfSamePeriod: t("print.columns.percentOfSamePeriod"),
  status: t("print.columns.status"),
  notes: t("print.columns.notes"),
});

export const periodName = (p: Period) => t(`common.period.${p}`);

const comparatorOf = (planHeader: string) => t("print.comparatorOf", { plan: planHeader });

type FileNameParams = { unit: { name: string; code: string }; year: number; period?: Period; group?: IndicatorGroup };

/** Name of a downloaded file, without its extension: "Báo cáo Phường Ba Đình 14812 Quý I năm 2024". */
export function downloadName(kind: "report" | "narrative" | "figures" | "compare" | "planTemplate" | "entryTemplate", { unit, year, period, group }: FileNameParams): string {
  const name = t(`spreadsheet.fileName.${kind}`, {
    unit: unit.name,
    code: unit.code,
    year,
    period: period ? periodName(period) : "",
    group: group ? t(`common.group.${group}`) : "",
  });
  // A part left out (no group, the country's empty code) leaves no double or trailing space.
  return name.replace(/\s+/g, " ").trim();
}

export function reportSheetText({ unitName, period, year, date }: { unitName: string; period: Period; year: number; date: string }): ReportSheetText {
  return {
    sheetName: t("print.sheetName"),
    title: [t("print.issuer", { unit: unitName }), t("print.title"), `${unitName} · ${t("print.subtitle", { period: periodName(period), year })}`, dated(date)],
    columns: columns(),
    comparatorOf,
    verdict: (v: Verdict) => verdictName(v, period),
    group: (g: IndicatorGroup) => t(`common.group.${g}`),
    note: (n) => t(`print.notes.${n}`),
    footnote: (n) => t(`print.footnotes.${n}`),
    rangeTo: t("print.rangeTo"),
  };
}

export function comparisonSheetText({
  unitName,
  group,
  period,
  year,
  date,
}: {
  unitName: string;
  group: IndicatorGroup;
  period: Period;
  year: number;
  date: string;
}): ComparisonSheetText {
  return {
    sheetName: t("print.comparison.sheetName"),
    title: [
      t("print.issuer", { unit: unitName }),
      t("print.comparison.title"),
      `${unitName} · ${t("print.comparison.subtitle", { group: t(`common.group.${group}`), period: periodName(period), year })}`,
      dated(date),
    ],
    columns: columns(),
    comparatorOf,
    verdict: (v: Verdict) => verdictName(v, period),
    total: t("print.document.total"),
    indicatorHeading: (number, indicator, measure) => t("print.comparison.indicatorHeading", { number, indicator, measure }),
    note: (n) => t(`print.notes.${n}`),
  };
}

export function figuresSheetText({ unitName, year, date }: { unitName: string; year: number; date: string }): FiguresSheetText {
  return {
    sheetName: t("spreadsheet.figures.sheetName"),
    title: [t("spreadsheet.figures.title", { unit: unitName, year }), dated(date)],
    columns: {
      code: t("spreadsheet.figures.columns.code"),
      indicator: t("spreadsheet.figures.columns.indicator"),
      measure: t("spreadsheet.figures.columns.measure"),
      year: t("spreadsheet.figures.columns.year"),
      period: t("spreadsheet.figures.columns.period"),
      value: t("spreadsheet.figures.columns.value"),
      numerator: t("spreadsheet.figures.columns.numerator"),
      denominator: t("spreadsheet.figures.columns.denominator"),
      status: t("spreadsheet.figures.columns.status"),
      source: t("spreadsheet.figures.columns.source"),
    },
    period: periodName,
    status: (s) => t(`common.figureStatusLong.${s}`),
    source: (s) => t(`common.source.${s}`),
  };
}

export function templateText({ unitName, period, year }: { unitName: string; period: Period; year: number }): TemplateText {
  return {
    sheetName: t("spreadsheet.template.sheetName"),
    title: [t("spreadsheet.template.title"), `${unitName} · ${t("print.subtitle", { period: periodName(period), year })}`, t("spreadsheet.template.instructions")],
    meta: {
      unitCode: t("spreadsheet.template.meta.unitCode"),
      unitName: t("spreadsheet.template.meta.unitName"),
      year: t("spreadsheet.template.meta.year"),
      period: t("spreadsheet.template.meta.period"),
    },
    columns: templateColumns(),
    period: periodName,
    status: (s) => t(`common.figureStatus.${s}`),
  };
}

function templateColumns(): TemplateText["columns"] {
  return {
    code: t("spreadsheet.template.columns.code"),
    indicator: t("spreadsheet.template.columns.indicator"),
    measure: t("spreadsheet.template.columns.measure"),
    value: t("spreadsheet.template.columns.value"),
    status: t("spreadsheet.template.columns.status"),
    numerator: t("spreadsheet.template.columns.numerator"),
    denominator: t("spreadsheet.template.columns.denominator"),
    note: t("spreadsheet.template.columns.note"),
    revision: t("spreadsheet.template.columns.revision"),
  };
}

/** How the upload recognises the template's labels, periods and statuses (diacritics and case ignored). */
export function uploadLabels(): UploadLabels {
  return {
    meta: {
      unitCode: t("spreadsheet.template.meta.unitCode"),
      unitName: t("spreadsheet.template.meta.unitName"),
      year: t("spreadsheet.template.meta.year"),
      period: t("spreadsheet.template.meta.period"),
    },
    columns: templateColumns(),
    period: (p) => [periodName(p), p],
    status: (s) => [t(`common.figureStatus.${s}`), t(`common.figureStatusLong.${s}`), s],
  };
}

export function planTemplateText({ unitName, year }: { unitName: string; year: number }): PlanTemplateText {
  return {
    sheetName: t("spreadsheet.planTemplate.sheetName"),
    title: [t("spreadsheet.planTemplate.title"), `${unitName} · ${year}`, t("spreadsheet.planTemplate.instructions")],
    meta: {
      unitCode: t("spreadsheet.template.meta.unitCode"),
      unitName: t("spreadsheet.template.meta.unitName"),
      year: t("spreadsheet.template.meta.year"),
    },
    columns: planColumns(),
    version: (v) => t(`common.planVersion.${v}`),
    comparator: (c) => t(`common.comparator.${c}`),
  };
}

function planColumns(): PlanTemplateText["columns"] {
  const c = (k: keyof PlanTemplateText["columns"]) => t(`spreadsheet.planTemplate.columns.${k}`);
  return {
    code: c("code"),
    indicator: c("indicator"),
    measure: c("measure"),
    version: c("version"),
    comparator: c("comparator"),
    value: c("value"),
    valueMax: c("valueMax"),
    documentNumber: c("documentNumber"),
    documentDate: c("documentDate"),
    revision: c("revision"),
  };
}

const COMPARATOR_SYMBOLS = { gte: ["≥", ">="], lte: ["≤", "<="], eq: ["="], range: ["–", "-"] } as const;

export function planLabels(): PlanLabels {
  return {
    meta: {
      unitCode: t("spreadsheet.template.meta.unitCode"),
      unitName: t("spreadsheet.template.meta.unitName"),
      year: t("spreadsheet.template.meta.year"),
    },
    columns: planColumns(),
    version: (v) => [t(`common.planVersion.${v}`), v],
    comparator: (c) => [t(`common.comparator.${c}`), c, ...COMPARATOR_SYMBOLS[c]],
  };
}

/** Words of the document around the table (Nghị định 30/2020/NĐ-CP), always Vietnamese. */
export function documentText(): DocumentText {
  return {
    issuer: (unit) => t("print.document.issuer", { unit }),
    numberLine: (number) => t("print.document.numberLine", { number }),
    blank: t("print.document.blank"),
    placeAndDate: (place, day, month, year) => t("print.document.placeAndDate", { place, day, month, year }),
    basis: ({ kind, number, date, issuer }) => t("print.document.basis", { kind, number, date: date ?? "none", issuer }),
    basisUnnumbered: ({ plan, issuer, year }) => t("print.document.basisUnnumbered", { plan, issuer, year }),
    decisionKind: (number) => t(`print.document.kind.${/\/NQ/i.test(number) ? "resolution" : /\/QĐ/i.test(number) ? "decision" : "other"}`),
    planName: (version) => t(`common.planVersion.${version}`),
    council: (unit) => t("print.document.council", { unit }),
    higherLevel: (unit) => t("print.document.higherLevel", { unit }),
  };
}

/** What the signer's block holds before an office fills it in. */
export function defaultSignature({ unitName, parentName }: { unitName: string; parentName: string | null }): SignatureFields {
  return {
    documentNumber: "",
    recipients: t("print.document.defaults.recipients", { unit: unitName, parent: parentName ?? unitName }).split("\n"),
    authority: t("print.document.defaults.authority"),
    deputy: t("print.document.defaults.deputy"),
    signerTitle: t("print.document.defaults.signerTitle"),
    signerName: "",
    preparer: "",
  };
}

/** Headings of the document's parts, always Vietnamese. */
export function documentLabels() {
  return {
    documentType: t("print.document.documentType"),
    bases: t("print.document.bases"),
    recipientsHeading: t("print.document.recipientsHeading"),
    preparerHeading: t("print.document.preparerHeading"),
    signSpace: t("print.document.signSpace"),
    total: t("print.document.total"),
    nation: t("print.nation"),
    motto: t("print.motto"),
  };
}

/** "Quý I " before "năm 2024"; nothing for the whole year, which "năm 2024" already says. */
const periodPart = (p: Period) => (p === "FY" ? "" : `${periodName(p)} `);

/** A verdict in its period's words, as every view shows them (lib/verdict.ts). */
export function verdictName(v: Verdict, period: Period): string {
  return verdictLabel(t as RootTranslator, v, period);
}

export function reportSummaryLine({ period, year }: { period: Period; year: number }): string {
  return t("print.document.reportSummary", { period: periodPart(period), year });
}

export function comparisonSummaryLine({ unitName, group, period, year }: { unitName: string; group: IndicatorGroup; period: Period; year: number }): string {
  return t("print.document.comparisonTitle", { unit: unitName, group: t(`common.group.${group}`).toLocaleLowerCase("vi-VN"), period: periodPart(period), year });
}

/** "KẾT QUẢ … CỦA THỊ XÃ BỈM SƠN NĂM 2024": the whole title in capitals, the unit's name too. */
export function reportTableTitle({ unitName, period, year }: { unitName: string; period: Period; year: number }): string {
  return t("print.document.tableTitle", { unit: unitName, period: periodPart(period), year }).toLocaleUpperCase("vi-VN");
}

export function comparisonTableTitle({ unitName, group, period, year }: { unitName: string; group: IndicatorGroup; period: Period; year: number }): string {
  return t("print.document.comparisonTableTitle", { unit: unitName, group: t(`common.group.${group}`), period: periodPart(period), year }).toLocaleUpperCase("vi-VN");
}

/** Headings of the narrative report's own parts. */
export function narrativeHeadings(): { summaryHeading: string; tableHeading: string } {
  return { summaryHeading: t("print.document.docx.summaryHeading"), tableHeading: t("print.document.docx.tableHeading") };
}
