DROP TABLE `login_attempts`;--> statement-breakpoint
ALTER TABLE `users` ADD `session_generation` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE TABLE `sign_in_failures` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_failure_at` integer NOT NULL,
	CONSTRAINT "sign_in_failures_failures_ck" CHECK("sign_in_failures"."failures" >= 0)
);
