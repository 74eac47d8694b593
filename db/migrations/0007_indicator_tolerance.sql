-- An administrator's tolerance band per indicator (null: the default rule). Added as a column with
-- its check, so that the table and its data-version triggers stay as they are.
ALTER TABLE `indicators` ADD `tolerance` real CONSTRAINT "indicators_tolerance_ck" CHECK("tolerance" is null or "tolerance" >= 0);
