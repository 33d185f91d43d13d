-- Moves with every committed ingest batch that touched the game, so read answers can be kept
-- exactly as long as nothing new arrived (on any instance).
ALTER TABLE events_app ADD COLUMN data_version BIGINT NOT NULL DEFAULT 0;
