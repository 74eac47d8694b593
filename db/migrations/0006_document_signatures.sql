CREATE TABLE `document_signatures` (
	`unit_id` integer PRIMARY KEY NOT NULL,
	`document_number` text DEFAULT '' NOT NULL,
	`recipients` text DEFAULT '' NOT NULL,
	`authority` text DEFAULT '' NOT NULL,
	`deputy` text DEFAULT '' NOT NULL,
	`signer_title` text DEFAULT '' NOT NULL,
	`signer_name` text DEFAULT '' NOT NULL,
	`preparer` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
