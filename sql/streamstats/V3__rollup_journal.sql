-- The rollup rows of committed beacon batches not yet added to streamstats_rollup: the batch
-- writer stores its batch's merged rows here as one row (binary, store.RollupJournal) instead of
-- upserting them, and a folder beside it merges the pending rows and adds them to
-- streamstats_rollup, deleting them in the same transaction. Reads of rollups fold first.
CREATE TABLE streamstats_rollup_journal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entries LONGBLOB NOT NULL
) ENGINE=InnoDB;
