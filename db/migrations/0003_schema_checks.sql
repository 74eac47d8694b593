PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_actual_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actual_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`value` real NOT NULL,
	`numerator` real,
	`denominator` real,
	`status` text NOT NULL,
	`previous_value` real,
	`previous_status` text,
	`note` text,
	`entered_by` integer,
	`entered_at` integer NOT NULL,
	FOREIGN KEY (`actual_id`) REFERENCES `actuals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "actual_revisions_revision_ck" CHECK("__new_actual_revisions"."revision" >= 1),
	CONSTRAINT "actual_revisions_status_ck" CHECK("__new_actual_revisions"."status" in ('estimate', 'preliminary', 'official')),
	CONSTRAINT "actual_revisions_previous_status_ck" CHECK("__new_actual_revisions"."previous_status" is null or "__new_actual_revisions"."previous_status" in ('estimate', 'preliminary', 'official')),
	CONSTRAINT "actual_revisions_value_ck" CHECK("__new_actual_revisions"."value" between 0 and 1e12),
	CONSTRAINT "actual_revisions_previous_value_ck" CHECK("__new_actual_revisions"."previous_value" is null or "__new_actual_revisions"."previous_value" >= 0),
	CONSTRAINT "actual_revisions_ratio_ck" CHECK(("__new_actual_revisions"."numerator" is null and "__new_actual_revisions"."denominator" is null) or ("__new_actual_revisions"."numerator" is not null and "__new_actual_revisions"."denominator" is not null and "__new_actual_revisions"."numerator" >= 0 and "__new_actual_revisions"."denominator" > 0 and "__new_actual_revisions"."numerator" <= "__new_actual_revisions"."denominator"))
);
--> statement-breakpoint
INSERT INTO `__new_actual_revisions`("id", "actual_id", "revision", "value", "numerator", "denominator", "status", "previous_value", "previous_status", "note", "entered_by", "entered_at") SELECT "id", "actual_id", "revision", "value", "numerator", "denominator", "status", "previous_value", "previous_status", "note", "entered_by", "entered_at" FROM `actual_revisions`;--> statement-breakpoint
DROP TABLE `actual_revisions`;--> statement-breakpoint
ALTER TABLE `__new_actual_revisions` RENAME TO `actual_revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `actual_revisions_uq` ON `actual_revisions` (`actual_id`,`revision`);--> statement-breakpoint
CREATE TABLE `__new_actuals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`numerator` real,
	`denominator` real,
	`stated_value` real,
	`status` text NOT NULL,
	`source` text DEFAULT 'document' NOT NULL,
	`note` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "actuals_year_ck" CHECK("__new_actuals"."year" between 1990 and 2100),
	CONSTRAINT "actuals_period_ck" CHECK("__new_actuals"."period" in ('Q1', 'H1', 'M9', 'FY')),
	CONSTRAINT "actuals_status_ck" CHECK("__new_actuals"."status" in ('estimate', 'preliminary', 'official')),
	CONSTRAINT "actuals_source_ck" CHECK("__new_actuals"."source" in ('document', 'derived', 'illustrative')),
	CONSTRAINT "actuals_value_ck" CHECK("__new_actuals"."value" between 0 and 1e12),
	CONSTRAINT "actuals_ratio_ck" CHECK(("__new_actuals"."numerator" is null and "__new_actuals"."denominator" is null) or ("__new_actuals"."numerator" is not null and "__new_actuals"."denominator" is not null and "__new_actuals"."numerator" >= 0 and "__new_actuals"."denominator" > 0 and "__new_actuals"."numerator" <= "__new_actuals"."denominator")),
	CONSTRAINT "actuals_stated_value_ck" CHECK("__new_actuals"."stated_value" is null or "__new_actuals"."stated_value" >= 0),
	CONSTRAINT "actuals_revision_ck" CHECK("__new_actuals"."revision" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_actuals`("id", "unit_id", "indicator_id", "year", "period", "value", "numerator", "denominator", "stated_value", "status", "source", "note", "revision", "updated_at", "updated_by") SELECT "id", "unit_id", "indicator_id", "year", "period", "value", "numerator", "denominator", "stated_value", "status", "source", "note", "revision", "updated_at", "updated_by" FROM `actuals`;--> statement-breakpoint
DROP TABLE `actuals`;--> statement-breakpoint
ALTER TABLE `__new_actuals` RENAME TO `actuals`;--> statement-breakpoint
CREATE UNIQUE INDEX `actuals_uq` ON `actuals` (`unit_id`,`year`,`period`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `actuals_indicator_year_idx` ON `actuals` (`indicator_id`,`year`,`period`);--> statement-breakpoint
CREATE TABLE `__new_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`group` text NOT NULL,
	`measure_vi` text NOT NULL,
	`measure_en` text NOT NULL,
	`direction` text NOT NULL,
	`time_behaviour` text NOT NULL,
	`aggregation` text NOT NULL,
	`weight_indicator_id` integer,
	`kind` text NOT NULL,
	`base_indicator_id` integer,
	`decimals` integer DEFAULT 0 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`weight_indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`base_indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "indicators_decimals_ck" CHECK("__new_indicators"."decimals" between 0 and 4),
	CONSTRAINT "indicators_group_ck" CHECK("__new_indicators"."group" in ('economy', 'culture_society', 'environment', 'defence_security')),
	CONSTRAINT "indicators_direction_ck" CHECK("__new_indicators"."direction" in ('higher', 'lower', 'range')),
	CONSTRAINT "indicators_time_behaviour_ck" CHECK("__new_indicators"."time_behaviour" in ('flow', 'level')),
	CONSTRAINT "indicators_aggregation_ck" CHECK("__new_indicators"."aggregation" in ('sum', 'weighted_avg', 'share', 'none')),
	CONSTRAINT "indicators_kind_ck" CHECK("__new_indicators"."kind" in ('amount', 'ratio', 'count', 'growth')),
	CONSTRAINT "indicators_growth_base_ck" CHECK(("__new_indicators"."kind" = 'growth') = ("__new_indicators"."base_indicator_id" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_indicators`("id", "code", "name_vi", "name_en", "group", "measure_vi", "measure_en", "direction", "time_behaviour", "aggregation", "weight_indicator_id", "kind", "base_indicator_id", "decimals", "sort_order", "created_at") SELECT "id", "code", "name_vi", "name_en", "group", "measure_vi", "measure_en", "direction", "time_behaviour", "aggregation", "weight_indicator_id", "kind", "base_indicator_id", "decimals", "sort_order", "created_at" FROM `indicators`;--> statement-breakpoint
DROP TABLE `indicators`;--> statement-breakpoint
ALTER TABLE `__new_indicators` RENAME TO `indicators`;--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_code_unique` ON `indicators` (`code`);--> statement-breakpoint
CREATE TABLE `__new_login_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "login_attempts_failures_ck" CHECK("__new_login_attempts"."failures" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_login_attempts`("key", "window_start", "failures") SELECT "key", "window_start", "failures" FROM `login_attempts`;--> statement-breakpoint
DROP TABLE `login_attempts`;--> statement-breakpoint
ALTER TABLE `__new_login_attempts` RENAME TO `login_attempts`;--> statement-breakpoint
CREATE TABLE `__new_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`version` text NOT NULL,
	`comparator` text NOT NULL,
	`value` real NOT NULL,
	`value_max` real,
	`document_number` text,
	`document_date` text,
	`source` text DEFAULT 'document' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plans_range_ck" CHECK(("__new_plans"."comparator" = 'range') = ("__new_plans"."value_max" is not null)),
	CONSTRAINT "plans_year_ck" CHECK("__new_plans"."year" between 1990 and 2100),
	CONSTRAINT "plans_version_ck" CHECK("__new_plans"."version" in ('higher_level', 'council', 'adjusted')),
	CONSTRAINT "plans_comparator_ck" CHECK("__new_plans"."comparator" in ('gte', 'lte', 'eq', 'range')),
	CONSTRAINT "plans_source_ck" CHECK("__new_plans"."source" in ('document', 'derived', 'illustrative')),
	CONSTRAINT "plans_value_ck" CHECK(abs("__new_plans"."value") <= 1e12 and ("__new_plans"."value_max" is null or ("__new_plans"."value_max" > "__new_plans"."value" and abs("__new_plans"."value_max") <= 1e12))),
	CONSTRAINT "plans_document_date_ck" CHECK("__new_plans"."document_date" is null or "__new_plans"."document_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "plans_revision_ck" CHECK("__new_plans"."revision" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_plans`("id", "unit_id", "indicator_id", "year", "version", "comparator", "value", "value_max", "document_number", "document_date", "source", "revision", "updated_at", "updated_by") SELECT "id", "unit_id", "indicator_id", "year", "version", "comparator", "value", "value_max", "document_number", "document_date", "source", "revision", "updated_at", "updated_by" FROM `plans`;--> statement-breakpoint
DROP TABLE `plans`;--> statement-breakpoint
ALTER TABLE `__new_plans` RENAME TO `plans`;--> statement-breakpoint
CREATE UNIQUE INDEX `plans_uq` ON `plans` (`unit_id`,`year`,`indicator_id`,`version`);--> statement-breakpoint
CREATE INDEX `plans_indicator_year_idx` ON `plans` (`indicator_id`,`year`);--> statement-breakpoint
CREATE TABLE `__new_unit_lineage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_unit_id` integer NOT NULL,
	`to_unit_id` integer NOT NULL,
	`effective_date` text NOT NULL,
	`legal_basis` text,
	FOREIGN KEY (`from_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "unit_lineage_distinct_ck" CHECK("__new_unit_lineage"."from_unit_id" <> "__new_unit_lineage"."to_unit_id"),
	CONSTRAINT "unit_lineage_effective_date_ck" CHECK("__new_unit_lineage"."effective_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_unit_lineage`("id", "from_unit_id", "to_unit_id", "effective_date", "legal_basis") SELECT "id", "from_unit_id", "to_unit_id", "effective_date", "legal_basis" FROM `unit_lineage`;--> statement-breakpoint
DROP TABLE `unit_lineage`;--> statement-breakpoint
ALTER TABLE `__new_unit_lineage` RENAME TO `unit_lineage`;--> statement-breakpoint
CREATE UNIQUE INDEX `unit_lineage_uq` ON `unit_lineage` (`from_unit_id`,`to_unit_id`);--> statement-breakpoint
CREATE INDEX `unit_lineage_to_idx` ON `unit_lineage` (`to_unit_id`);--> statement-breakpoint
CREATE TABLE `__new_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`type` text NOT NULL,
	`parent_id` integer,
	`level` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "units_type_ck" CHECK("__new_units"."type" in ('province', 'municipality', 'urban_district', 'rural_district', 'town', 'provincial_city', 'ward', 'commune', 'township', 'special_zone', 'residential_group', 'village')),
	CONSTRAINT "units_level_ck" CHECK("__new_units"."level" between 1 and 4),
	CONSTRAINT "units_valid_from_ck" CHECK("__new_units"."valid_from" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "units_valid_to_ck" CHECK("__new_units"."valid_to" is null or ("__new_units"."valid_to" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' and "__new_units"."valid_to" >= "__new_units"."valid_from"))
);
--> statement-breakpoint
INSERT INTO `__new_units`("id", "code", "name", "search_key", "type", "parent_id", "level", "valid_from", "valid_to") SELECT "id", "code", "name", "search_key", "type", "parent_id", "level", "valid_from", "valid_to" FROM `units`;--> statement-breakpoint
DROP TABLE `units`;--> statement-breakpoint
ALTER TABLE `__new_units` RENAME TO `units`;--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_valid_from_uq` ON `units` (`code`,`valid_from`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `units_search_key_idx` ON `units` (`search_key`);--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`scope_unit_id` integer,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`scope_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role_ck" CHECK("__new_users"."role" in ('admin', 'editor', 'viewer')),
	CONSTRAINT "users_disabled_ck" CHECK("__new_users"."disabled" in (0, 1))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "username", "display_name", "password_hash", "role", "scope_unit_id", "disabled", "created_at") SELECT "id", "username", "display_name", "password_hash", "role", "scope_unit_id", "disabled", "created_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
-- Recreating a table drops its triggers: the data-version triggers of 0002 come back for the recreated tables.
CREATE TRIGGER `units_insert_data_version` AFTER INSERT ON `units` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `units_update_data_version` AFTER UPDATE ON `units` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `units_delete_data_version` AFTER DELETE ON `units` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_insert_data_version` AFTER INSERT ON `unit_lineage` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_update_data_version` AFTER UPDATE ON `unit_lineage` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_delete_data_version` AFTER DELETE ON `unit_lineage` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `indicators_insert_data_version` AFTER INSERT ON `indicators` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `indicators_update_data_version` AFTER UPDATE ON `indicators` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `indicators_delete_data_version` AFTER DELETE ON `indicators` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `plans_insert_data_version` AFTER INSERT ON `plans` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `plans_update_data_version` AFTER UPDATE ON `plans` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `plans_delete_data_version` AFTER DELETE ON `plans` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `actuals_insert_data_version` AFTER INSERT ON `actuals` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `actuals_update_data_version` AFTER UPDATE ON `actuals` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `actuals_delete_data_version` AFTER DELETE ON `actuals` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
