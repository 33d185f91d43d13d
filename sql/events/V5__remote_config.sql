-- Countly's remote config: a game's keys, each with a JSON default value and conditions that
-- pick another value by the device's platform or app version (first match wins). seq keeps the
-- order keys were created in, the order SDKs get them back. Bounds (keys per game, key length,
-- value sizes) are checked by the events module before anything is written.
CREATE TABLE events_remote_config (
    seq           BIGINT       NOT NULL AUTO_INCREMENT,
    game_id       BIGINT       NOT NULL,
    param_key     VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    default_value MEDIUMTEXT   NOT NULL, -- a JSON text
    conditions    MEDIUMTEXT   NOT NULL, -- JSON array of {"field", "op", "match", "value"}
    PRIMARY KEY (seq),
    UNIQUE KEY events_remote_config_key (game_id, param_key),
    CONSTRAINT fk_events_remote_config_game FOREIGN KEY (game_id) REFERENCES game (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
