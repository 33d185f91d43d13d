-- Hour rollups that writes committed and the hour and day tables do not hold yet: one row per
-- write, its hours packed (RollupJournal, JournalEntry). The portal folds pending rows into
-- counters_hour and counters_day every second, and before any read of those, deleting them in
-- the same transaction.
CREATE TABLE counters_rollup_journal (
    id    BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hours LONGBLOB NOT NULL
) ENGINE=InnoDB;
