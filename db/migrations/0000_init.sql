CREATE TABLE `actual_revisions` (
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
	FOREIGN KEY (`entered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actual_revisions_uq` ON `actual_revisions` (`actual_id`,`revision`);--> statement-breakpoint
CREATE TABLE `actuals` (
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
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actuals_uq` ON `actuals` (`unit_id`,`year`,`period`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `actuals_indicator_year_idx` ON `actuals` (`indicator_id`,`year`,`period`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`unit_id` integer,
	`indicator_id` integer,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_unit_idx` ON `audit_log` (`unit_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`,`at`);--> statement-breakpoint
CREATE TABLE `indicators` (
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
	CONSTRAINT "indicators_decimals_ck" CHECK("indicators"."decimals" between 0 and 4),
	CONSTRAINT "indicators_growth_base_ck" CHECK(("indicators"."kind" = 'growth') = ("indicators"."base_indicator_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_code_unique` ON `indicators` (`code`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plans` (
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
	CONSTRAINT "plans_range_ck" CHECK(("plans"."comparator" = 'range') = ("plans"."value_max" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_uq` ON `plans` (`unit_id`,`year`,`indicator_id`,`version`);--> statement-breakpoint
CREATE INDEX `plans_indicator_year_idx` ON `plans` (`indicator_id`,`year`);--> statement-breakpoint
CREATE TABLE `unit_lineage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_unit_id` integer NOT NULL,
	`to_unit_id` integer NOT NULL,
	`effective_date` text NOT NULL,
	`legal_basis` text,
	FOREIGN KEY (`from_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_lineage_uq` ON `unit_lineage` (`from_unit_id`,`to_unit_id`);--> statement-breakpoint
CREATE INDEX `unit_lineage_to_idx` ON `unit_lineage` (`to_unit_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`type` text NOT NULL,
	`parent_id` integer,
	`level` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_valid_from_uq` ON `units` (`code`,`valid_from`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `units_search_key_idx` ON `units` (`search_key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`scope_unit_id` integer,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`scope_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);