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

-- Distinct devices, device classes, viewing time per class and breakdowns of any window are
-- exact, from two tables of device rows, one row per device and rendition scope (kind 'r'; wider
-- scopes count distinct over them) per hour and per day. A beacon costs one row of each (two
-- hour rows when its interval crosses an hour), whatever its length, and rows merge by
-- addition and bitwise OR, so writers on several instances need no coordination.
--
-- Hour rows (kept 48 h: `live`, `10m`, `1h`, the edges of `24h`, and the 5-minute points of
-- breakdown series). Slot k (0..11) is the k-th 5 minutes of the hour; bit j (0..59) of a mask
-- column is the j-th 5 seconds of that slot. seen: the device's interval overlapped those 5 s;
-- p2p: its p2p bytes' spread share there is > 0; incompatible: a beacon overlapping them said
-- p2p_compatible false. played_k: its played ms spread into slot k. Breakdown values are upper
-- case (domain.Breakdown), the latest written.
CREATE TABLE streamstats_device_hour (
    game_id         BIGINT       NOT NULL,
    hour            BIGINT       NOT NULL,  -- epoch ms, a multiple of 3 600 000
    scope_id        BIGINT       NOT NULL,
    device_id       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    seen_0 BIGINT NOT NULL DEFAULT 0,
    seen_1 BIGINT NOT NULL DEFAULT 0,
    seen_2 BIGINT NOT NULL DEFAULT 0,
    seen_3 BIGINT NOT NULL DEFAULT 0,
    seen_4 BIGINT NOT NULL DEFAULT 0,
    seen_5 BIGINT NOT NULL DEFAULT 0,
    seen_6 BIGINT NOT NULL DEFAULT 0,
    seen_7 BIGINT NOT NULL DEFAULT 0,
    seen_8 BIGINT NOT NULL DEFAULT 0,
    seen_9 BIGINT NOT NULL DEFAULT 0,
    seen_10 BIGINT NOT NULL DEFAULT 0,
    seen_11 BIGINT NOT NULL DEFAULT 0,
    p2p_0 BIGINT NOT NULL DEFAULT 0,
    p2p_1 BIGINT NOT NULL DEFAULT 0,
    p2p_2 BIGINT NOT NULL DEFAULT 0,
    p2p_3 BIGINT NOT NULL DEFAULT 0,
    p2p_4 BIGINT NOT NULL DEFAULT 0,
    p2p_5 BIGINT NOT NULL DEFAULT 0,
    p2p_6 BIGINT NOT NULL DEFAULT 0,
    p2p_7 BIGINT NOT NULL DEFAULT 0,
    p2p_8 BIGINT NOT NULL DEFAULT 0,
    p2p_9 BIGINT NOT NULL DEFAULT 0,
    p2p_10 BIGINT NOT NULL DEFAULT 0,
    p2p_11 BIGINT NOT NULL DEFAULT 0,
    incompatible_0 BIGINT NOT NULL DEFAULT 0,
    incompatible_1 BIGINT NOT NULL DEFAULT 0,
    incompatible_2 BIGINT NOT NULL DEFAULT 0,
    incompatible_3 BIGINT NOT NULL DEFAULT 0,
    incompatible_4 BIGINT NOT NULL DEFAULT 0,
    incompatible_5 BIGINT NOT NULL DEFAULT 0,
    incompatible_6 BIGINT NOT NULL DEFAULT 0,
    incompatible_7 BIGINT NOT NULL DEFAULT 0,
    incompatible_8 BIGINT NOT NULL DEFAULT 0,
    incompatible_9 BIGINT NOT NULL DEFAULT 0,
    incompatible_10 BIGINT NOT NULL DEFAULT 0,
    incompatible_11 BIGINT NOT NULL DEFAULT 0,
    played_0 BIGINT NOT NULL DEFAULT 0,
    played_1 BIGINT NOT NULL DEFAULT 0,
    played_2 BIGINT NOT NULL DEFAULT 0,
    played_3 BIGINT NOT NULL DEFAULT 0,
    played_4 BIGINT NOT NULL DEFAULT 0,
    played_5 BIGINT NOT NULL DEFAULT 0,
    played_6 BIGINT NOT NULL DEFAULT 0,
    played_7 BIGINT NOT NULL DEFAULT 0,
    played_8 BIGINT NOT NULL DEFAULT 0,
    played_9 BIGINT NOT NULL DEFAULT 0,
    played_10 BIGINT NOT NULL DEFAULT 0,
    played_11 BIGINT NOT NULL DEFAULT 0,
    os              VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    platform        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    connection_type VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (game_id, hour, scope_id, device_id)
) ENGINE=InnoDB;

-- Day rows (kept 35 days: the middle of `24h`, `1w`, `1M`, and the hour and 6-hour points of
-- their breakdown series). Bit h (0..23) of seen, p2p and incompatible is hour h of the UTC day,
-- with the meanings above; played_h: played ms spread into hour h.
CREATE TABLE streamstats_device_day (
    game_id         BIGINT       NOT NULL,
    day             BIGINT       NOT NULL,  -- epoch ms of 00:00 UTC
    scope_id        BIGINT       NOT NULL,
    device_id       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    seen            BIGINT       NOT NULL DEFAULT 0,
    p2p             BIGINT       NOT NULL DEFAULT 0,
    incompatible    BIGINT       NOT NULL DEFAULT 0,
    played_0 BIGINT NOT NULL DEFAULT 0,
    played_1 BIGINT NOT NULL DEFAULT 0,
    played_2 BIGINT NOT NULL DEFAULT 0,
    played_3 BIGINT NOT NULL DEFAULT 0,
    played_4 BIGINT NOT NULL DEFAULT 0,
    played_5 BIGINT NOT NULL DEFAULT 0,
    played_6 BIGINT NOT NULL DEFAULT 0,
    played_7 BIGINT NOT NULL DEFAULT 0,
    played_8 BIGINT NOT NULL DEFAULT 0,
    played_9 BIGINT NOT NULL DEFAULT 0,
    played_10 BIGINT NOT NULL DEFAULT 0,
    played_11 BIGINT NOT NULL DEFAULT 0,
    played_12 BIGINT NOT NULL DEFAULT 0,
    played_13 BIGINT NOT NULL DEFAULT 0,
    played_14 BIGINT NOT NULL DEFAULT 0,
    played_15 BIGINT NOT NULL DEFAULT 0,
    played_16 BIGINT NOT NULL DEFAULT 0,
    played_17 BIGINT NOT NULL DEFAULT 0,
    played_18 BIGINT NOT NULL DEFAULT 0,
    played_19 BIGINT NOT NULL DEFAULT 0,
    played_20 BIGINT NOT NULL DEFAULT 0,
    played_21 BIGINT NOT NULL DEFAULT 0,
    played_22 BIGINT NOT NULL DEFAULT 0,
    played_23 BIGINT NOT NULL DEFAULT 0,
    os              VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    platform        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    connection_type VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (game_id, day, scope_id, device_id)
) ENGINE=InnoDB;
