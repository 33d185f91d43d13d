-- The streamstats module (System73 Stats API) over player beacons. Every figure is read from
-- rollups of fixed buckets: `level` is the bucket's length in seconds (5, 60, 300, 3600, 86400),
-- `bucket` its start in epoch milliseconds (UTC), a multiple of its length. A beacon's bytes,
-- played and rebuffered time are spread over the buckets its interval overlaps (domain.Spread).
-- Retention per level (domain.Level): 5 s one hour, 1 min six hours, 5 min 48 hours, hour and
-- day 35 days; a beacon is not written into a level whose bucket is already past its retention.

-- One row per scope a game's players reported in (domain.Scope): the game itself (kind 'g'), a
-- channel ('c'), a stream of a channel ('s') or a rendition of a stream ('r': bitrate and
-- representation). A wider scope leaves the narrower keys empty. The rollups carry its id rather
-- than four strings, so their keys stay short.
CREATE TABLE streamstats_scope (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    game_id           BIGINT        NOT NULL,
    kind              CHAR(1)       CHARACTER SET ascii NOT NULL,
    channel_id        VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    stream_id         VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    bitrate           VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    representation_id VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    stream_uri        VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, -- the latest reported ('' for 'g', 'c')
    UNIQUE KEY streamstats_scope_key (game_id, kind, channel_id, stream_id, bitrate, representation_id),
    CONSTRAINT fk_streamstats_scope_game FOREIGN KEY (game_id) REFERENCES game (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sums per scope and bucket: throughput from the bytes; the averages as sum and count per
-- source, so a point made of several buckets and a window made of several blocks have exact
-- means. `_cdn`/`_p2p` on beacons, played, rebuffered, buffer health, filling rate and dropped
-- frames is the beacon's source (p2p when it carries p2p bytes); on response times it is the
-- request's (the beacon reports both). A beacon counts once in each bucket its interval overlaps.
CREATE TABLE streamstats_rollup (
    game_id                 BIGINT NOT NULL,
    level                   INT    NOT NULL,
    bucket                  BIGINT NOT NULL,
    scope_id                BIGINT NOT NULL,
    cdn_bytes               BIGINT NOT NULL DEFAULT 0,
    p2p_bytes               BIGINT NOT NULL DEFAULT 0,
    beacons_cdn             BIGINT NOT NULL DEFAULT 0,
    beacons_p2p             BIGINT NOT NULL DEFAULT 0,
    played_ms_cdn           BIGINT NOT NULL DEFAULT 0,
    played_ms_p2p           BIGINT NOT NULL DEFAULT 0,
    rebuffered_ms_cdn       BIGINT NOT NULL DEFAULT 0,
    rebuffered_ms_p2p       BIGINT NOT NULL DEFAULT 0,
    buffer_health_sum_cdn   BIGINT NOT NULL DEFAULT 0,
    buffer_health_count_cdn BIGINT NOT NULL DEFAULT 0,
    buffer_health_sum_p2p   BIGINT NOT NULL DEFAULT 0,
    buffer_health_count_p2p BIGINT NOT NULL DEFAULT 0,
    filling_rate_sum_cdn    DOUBLE NOT NULL DEFAULT 0,
    filling_rate_count_cdn  BIGINT NOT NULL DEFAULT 0,
    filling_rate_sum_p2p    DOUBLE NOT NULL DEFAULT 0,
    filling_rate_count_p2p  BIGINT NOT NULL DEFAULT 0,
    dropped_frames_cdn      BIGINT NOT NULL DEFAULT 0,     -- the mean's count is beacons_cdn
    dropped_frames_p2p      BIGINT NOT NULL DEFAULT 0,
    response_time_sum_cdn   BIGINT NOT NULL DEFAULT 0,
    response_time_count_cdn BIGINT NOT NULL DEFAULT 0,
    response_time_sum_p2p   BIGINT NOT NULL DEFAULT 0,
    response_time_count_p2p BIGINT NOT NULL DEFAULT 0,
    -- equalities on game, level and bucket, then the wanted scopes as ranges of the key
    PRIMARY KEY (game_id, level, bucket, scope_id)
) ENGINE=InnoDB;

-- Each device once per rendition and bucket (scope_id of kind 'r' only: a device row is not
-- merged by a batch, so wider scopes would cost a row each; they count distinct over these): exact distinct devices, device classes and viewing
-- time per class of any window, as the union of the few buckets that tile it (domain.Block).
-- A device's class in a window: p2p if p2p_bytes > 0 in any of its rows there, else
-- not_compatible if any row has incompatible, else cdn. Breakdown values are upper case
-- (domain.Breakdown), the latest written in the bucket.
CREATE TABLE streamstats_device (
    game_id         BIGINT       NOT NULL,
    level           INT          NOT NULL,
    bucket          BIGINT       NOT NULL,
    scope_id        BIGINT       NOT NULL,
    device_id       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    played_ms       BIGINT       NOT NULL DEFAULT 0,
    p2p_bytes       BIGINT       NOT NULL DEFAULT 0,
    incompatible    BOOLEAN      NOT NULL DEFAULT FALSE,
    os              VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    platform        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    connection_type VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (game_id, level, bucket, scope_id, device_id)
) ENGINE=InnoDB;
