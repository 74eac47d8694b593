-- Every write to what the views are computed from raises data_version.version in the same transaction,
-- whoever writes it (the app, the registry import, a script), so that a cached view is never stale.
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
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
