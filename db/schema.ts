import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  AGGREGATIONS,
  COMPARATORS,
  DIRECTIONS,
  FIGURE_SOURCES,
  FIGURE_STATUSES,
  INDICATOR_GROUPS,
  INDICATOR_KINDS,
  PERIODS,
  PLAN_VERSIONS,
  ROLES,
  TIME_BEHAVIOURS,
  UNIT_TYPES,
} from "@/lib/domain";

// Dates are ISO "YYYY-MM-DD" text and instants are epoch milliseconds: both map
// one-to-one onto PostgreSQL's date and timestamptz when the server deployment comes.
/** The app's year range (1990–2100), kept by the database too so that a script cannot store what a form refuses. */
const YEAR_RANGE = sql.raw("between 1990 and 2100");
/** An ISO date "YYYY-MM-DD", the only form dates are stored in. */
const ISO_DATE = sql.raw("'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'");

/** `column in ('a', 'b', …)`: a stored value is one of its vocabulary in lib/domain.ts. */
function oneOf(column: AnySQLiteColumn, values: readonly string[]) {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;
}

/** A ratio's parts come together, counts are whole and never negative, and the part is at most the whole. */
function ratioRule(numerator: AnySQLiteColumn, denominator: AnySQLiteColumn) {
  return sql`(${numerator} is null and ${denominator} is null) or (${numerator} is not null and ${denominator} is not null and ${numerator} >= 0 and ${denominator} > 0 and ${numerator} <= ${denominator})`;
}

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());

/** Administrative units keyed by official code. A code may pass to a merged unit, so it is unique per validity start. */
export const units = sqliteTable(
  "units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** The name lower-cased without diacritics, so that "bim son" finds "Bỉm Sơn" in any database. */
    searchKey: text("search_key").notNull(),
    type: text("type", { enum: UNIT_TYPES }).notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => units.id),
    /** 1 province, 2 district level, 3 commune level, 4 residential group. */
    level: integer("level").notNull(),
    validFrom: text("valid_from").notNull(),
    validTo: text("valid_to"),
  },
  (t) => [
    uniqueIndex("units_code_valid_from_uq").on(t.code, t.validFrom),
    index("units_parent_idx").on(t.parentId),
    index("units_search_key_idx").on(t.searchKey),
    check("units_type_ck", oneOf(t.type, UNIT_TYPES)),
    check("units_level_ck", sql`${t.level} between 1 and 4`),
    check("units_valid_from_ck", sql`${t.validFrom} glob ${ISO_DATE}`),
    check("units_valid_to_ck", sql`${t.validTo} is null or (${t.validTo} glob ${ISO_DATE} and ${t.validTo} >= ${t.validFrom})`),
  ],
);

/** Mergers and splits: the old unit's figures continue in the new unit from the effective date. */
export const unitLineage = sqliteTable(
  "unit_lineage",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromUnitId: integer("from_unit_id")
      .notNull()
      .references(() => units.id),
    toUnitId: integer("to_unit_id")
      .notNull()
      .references(() => units.id),
    effectiveDate: text("effective_date").notNull(),
    legalBasis: text("legal_basis"),
  },
  (t) => [
    uniqueIndex("unit_lineage_uq").on(t.fromUnitId, t.toUnitId),
    index("unit_lineage_to_idx").on(t.toUnitId),
    check("unit_lineage_distinct_ck", sql`${t.fromUnitId} <> ${t.toUnitId}`),
    check("unit_lineage_effective_date_ck", sql`${t.effectiveDate} glob ${ISO_DATE}`),
  ],
);

export const indicators = sqliteTable(
  "indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    group: text("group", { enum: INDICATOR_GROUPS }).notNull(),
    /** Đơn vị tính as written in Vietnamese documents ("tỷ đồng", "%"), with its English rendering. */
    measureVi: text("measure_vi").notNull(),
    measureEn: text("measure_en").notNull(),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    timeBehaviour: text("time_behaviour", { enum: TIME_BEHAVIOURS }).notNull(),
    aggregation: text("aggregation", { enum: AGGREGATIONS }).notNull(),
    /** For weighted averages: the indicator whose figures weigh each child (population for income per head). */
    weightIndicatorId: integer("weight_indicator_id").references((): AnySQLiteColumn => indicators.id),
    kind: text("kind", { enum: INDICATOR_KINDS }).notNull(),
    /** For growth rates: the indicator whose year-on-year change this is. */
    baseIndicatorId: integer("base_indicator_id").references((): AnySQLiteColumn => indicators.id),
    decimals: integer("decimals").notNull().default(0),
    sortOrder: integer("sort_order").notNull().default(0),
    /**
     * The band around the plan or the expected-by-now figure inside which a figure is "đạt", in the
     * indicator's unit (percentage points for %); null: the default of lib/progress.ts toleranceFor.
     */
    tolerance: real("tolerance"),
    createdAt: createdAt(),
  },
  (t) => [
    check("indicators_decimals_ck", sql`${t.decimals} between 0 and 4`),
    check("indicators_tolerance_ck", sql`${t.tolerance} is null or ${t.tolerance} >= 0`),
    check("indicators_group_ck", oneOf(t.group, INDICATOR_GROUPS)),
    check("indicators_direction_ck", oneOf(t.direction, DIRECTIONS)),
    check("indicators_time_behaviour_ck", oneOf(t.timeBehaviour, TIME_BEHAVIOURS)),
    check("indicators_aggregation_ck", oneOf(t.aggregation, AGGREGATIONS)),
    check("indicators_kind_ck", oneOf(t.kind, INDICATOR_KINDS)),
    check(
      "indicators_growth_base_ck",
      sql`(${t.kind} = 'growth') = (${t.baseIndicatorId} is not null)`,
    ),
  ],
);

/** A year's plan for a unit and indicator, one row per plan version, each with its source decision. */
export const plans = sqliteTable(
  "plans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    year: integer("year").notNull(),
    version: text("version", { enum: PLAN_VERSIONS }).notNull(),
    comparator: text("comparator", { enum: COMPARATORS }).notNull(),
    value: real("value").notNull(),
    /** Upper bound when the comparator is a range ("7,5% đến 8%"). */
    valueMax: real("value_max"),
    documentNumber: text("document_number"),
    documentDate: text("document_date"),
    source: text("source", { enum: FIGURE_SOURCES }).notNull().default("document"),
    /** Optimistic concurrency: bumped on every change. */
    revision: integer("revision").notNull().default(1),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("plans_uq").on(t.unitId, t.year, t.indicatorId, t.version),
    index("plans_indicator_year_idx").on(t.indicatorId, t.year),
    check(
      "plans_range_ck",
      sql`(${t.comparator} = 'range') = (${t.valueMax} is not null)`,
    ),
    check("plans_year_ck", sql`${t.year} ${YEAR_RANGE}`),
    check("plans_version_ck", oneOf(t.version, PLAN_VERSIONS)),
    check("plans_comparator_ck", oneOf(t.comparator, COMPARATORS)),
    check("plans_source_ck", oneOf(t.source, FIGURE_SOURCES)),
    // Negative plans exist (a growth rate may be planned to fall); the size limit is the form's.
    check("plans_value_ck", sql`abs(${t.value}) <= 1e12 and (${t.valueMax} is null or (${t.valueMax} > ${t.value} and abs(${t.valueMax}) <= 1e12))`),
    check("plans_document_date_ck", sql`${t.documentDate} is null or ${t.documentDate} glob ${ISO_DATE}`),
    check("plans_revision_ck", sql`${t.revision} >= 1`),
  ],
);

/**
 * The current figure for a unit, indicator, year and period. Flows are cumulative from 1 January.
 * Never changed without a row in actual_revisions; `revision` guards against silent overwrites.
 */
export const actuals = sqliteTable(
  "actuals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    year: integer("year").notNull(),
    period: text("period", { enum: PERIODS }).notNull(),
    value: real("value").notNull(),
    numerator: real("numerator"),
    denominator: real("denominator"),
    /** What the source document stated, kept to show where it differs from the computed value. */
    statedValue: real("stated_value"),
    status: text("status", { enum: FIGURE_STATUSES }).notNull(),
    source: text("source", { enum: FIGURE_SOURCES }).notNull().default("document"),
    note: text("note"),
    revision: integer("revision").notNull().default(1),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("actuals_uq").on(t.unitId, t.year, t.period, t.indicatorId),
    index("actuals_indicator_year_idx").on(t.indicatorId, t.year, t.period),
    check("actuals_year_ck", sql`${t.year} ${YEAR_RANGE}`),
    check("actuals_period_ck", oneOf(t.period, PERIODS)),
    check("actuals_status_ck", oneOf(t.status, FIGURE_STATUSES)),
    check("actuals_source_ck", oneOf(t.source, FIGURE_SOURCES)),
    check("actuals_value_ck", sql`${t.value} between 0 and 1e12`),
    check("actuals_ratio_ck", sql`${ratioRule(t.numerator, t.denominator)}`),
    check("actuals_stated_value_ck", sql`${t.statedValue} is null or ${t.statedValue} >= 0`),
    check("actuals_revision_ck", sql`${t.revision} >= 1`),
  ],
);

/** Every version a figure has had, oldest first: who entered what, when, and what it replaced. */
export const actualRevisions = sqliteTable(
  "actual_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actualId: integer("actual_id")
      .notNull()
      .references(() => actuals.id),
    revision: integer("revision").notNull(),
    value: real("value").notNull(),
    numerator: real("numerator"),
    denominator: real("denominator"),
    status: text("status", { enum: FIGURE_STATUSES }).notNull(),
    previousValue: real("previous_value"),
    previousStatus: text("previous_status", { enum: FIGURE_STATUSES }),
    note: text("note"),
    enteredBy: integer("entered_by").references(() => users.id),
    enteredAt: integer("entered_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex("actual_revisions_uq").on(t.actualId, t.revision),
    check("actual_revisions_revision_ck", sql`${t.revision} >= 1`),
    check("actual_revisions_status_ck", oneOf(t.status, FIGURE_STATUSES)),
    check("actual_revisions_previous_status_ck", sql`${t.previousStatus} is null or ${oneOf(t.previousStatus, FIGURE_STATUSES)}`),
    check("actual_revisions_value_ck", sql`${t.value} between 0 and 1e12`),
    check("actual_revisions_previous_value_ck", sql`${t.previousValue} is null or ${t.previousValue} >= 0`),
    check("actual_revisions_ratio_ck", sql`${ratioRule(t.numerator, t.denominator)}`),
  ],
);

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  /** Root of the subtree an editor may change; null for admins and national viewers. */
  scopeUnitId: integer("scope_unit_id").references((): AnySQLiteColumn => units.id),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  /** Raised to end every session of the account at once (sign-out, a new password, "sign out everywhere"). */
  sessionGeneration: integer("session_generation").notNull().default(0),
  createdAt: createdAt(),
}, (t) => [check("users_role_ck", oneOf(t.role, ROLES)), check("users_disabled_ck", sql`${t.disabled} in (0, 1)`)]);

/** Append-only record of every change to actuals, plans, indicators and users. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: integer("entity_id"),
    unitId: integer("unit_id").references(() => units.id),
    indicatorId: integer("indicator_id").references(() => indicators.id),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_unit_idx").on(t.unitId, t.at),
    index("audit_log_user_idx").on(t.userId, t.at),
  ],
);


/**
 * Failed sign-ins per key ((account, address), address, account) for the sign-in back-off
 * (lib/auth/rate-limit.ts); kept in the database so that every app server sees the same counts.
 */
export const signInFailures = sqliteTable("sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }).notNull(),
}, (t) => [
  check("sign_in_failures_failures_ck", sql`${t.failures} >= 0`),
  // Forgotten rows are purged oldest first, a few at a time.
  index("sign_in_failures_last_failure_at_idx").on(t.lastFailureAt),
]);

/**
 * A single row whose version rises with every write to units, lineage, indicators, plans and actuals
 * (database triggers keep it, so no writer can forget), so that computed views can be cached until
 * the figures behind them change.
 */
export const dataVersion = sqliteTable(
  "data_version",
  {
    id: integer("id").primaryKey(),
    version: integer("version").notNull().default(0),
  },
  (t) => [check("data_version_single_row", sql`${t.id} = 1`)],
);

/** What a unit's office fills in once for its documents: number, recipients, signer, preparer. */
export const documentSignatures = sqliteTable("document_signatures", {
  unitId: integer("unit_id")
    .primaryKey()
    .references(() => units.id),
  documentNumber: text("document_number").notNull().default(""),
  /** Nơi nhận, one per line. */
  recipients: text("recipients").notNull().default(""),
  authority: text("authority").notNull().default(""),
  deputy: text("deputy").notNull().default(""),
  signerTitle: text("signer_title").notNull().default(""),
  signerName: text("signer_name").notNull().default(""),
  preparer: text("preparer").notNull().default(""),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  updatedBy: integer("updated_by").references(() => users.id),
});

export type Unit = typeof units.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type Plan = typeof plans.$inferSelect;
export type Actual = typeof actuals.$inferSelect;
export type ActualRevision = typeof actualRevisions.$inferSelect;
export type User = typeof users.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
