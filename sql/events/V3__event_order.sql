-- Countly lists event keys, segments and values in the order they were first recorded (the
-- first key is what method=events reads by default): number the catalog rows as they arrive.
-- Rows already stored are numbered in key order.
ALTER TABLE events_event_meta
    ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY events_event_meta_seq (seq);
