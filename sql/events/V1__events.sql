-- The events module (Countly dialect). Time buckets are local hours in the game's time zone, as
-- Countly keeps them; every rollup is written by the group-commit writer with multi-row upserts.

-- Ingest settings per game that only this dialect has.
CREATE TABLE events_app (
    game_id           BIGINT  NOT NULL PRIMARY KEY,
    checksum_required BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_events_app_game FOREIGN KEY (game_id) REFERENCES game (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per device of a game: what session rules and unique counts need to remember.
-- Times are epoch seconds (UTC); buckets are derived in the game's zone when needed.
CREATE TABLE events_device (
    game_id         BIGINT       NOT NULL,
    device_id       VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    first_seen      BIGINT       NOT NULL,
    last_seen       BIGINT       NOT NULL,
    sessions        INT          NOT NULL DEFAULT 0,
    last_begin      BIGINT       NULL,     -- the latest counted session's begin (frequency, uniques)
    session_open    BOOLEAN      NOT NULL DEFAULT FALSE,
    session_seconds INT          NOT NULL DEFAULT 0, -- the open session's duration so far
    last_end        BIGINT       NULL,     -- the latest end_session (15 s cooldown)
    duration        BIGINT       NOT NULL DEFAULT 0, -- all sessions, seconds
    last_request    BINARY(20)   NULL,     -- SHA-1 of the latest request: duplicates are ignored
    country         VARCHAR(16)  NULL,     -- ISO code, or Unknown when the device opted out
    city            VARCHAR(100) NULL,
    properties      MEDIUMTEXT   NULL,     -- latest metrics, user details and consent (JSON)
    PRIMARY KEY (game_id, device_id),
    INDEX ix_events_device_seen (game_id, last_seen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sessions per local hour: dim '' is the game's totals; other dims are Countly's segment
-- families (os, os_versions, devices, resolutions, carriers, app_versions, density, locale,
-- manufacturers, device_type, browser, countries, cities, ds, f, l). Uniques are kept per level:
-- uh counts a device once in its hour, ud once in its day (in the hour it first came that day),
-- uw per ISO week, um per month, uy per year, so any period's uniques are a sum of one column.
CREATE TABLE events_session_hour (
    game_id BIGINT       NOT NULL,
    dim     VARCHAR(24)  NOT NULL,
    val     VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    hour    DATETIME     NOT NULL,
    t       INT          NOT NULL DEFAULT 0, -- sessions
    n       INT          NOT NULL DEFAULT 0, -- new devices
    d       BIGINT       NOT NULL DEFAULT 0, -- duration, seconds
    e       INT          NOT NULL DEFAULT 0, -- requests without session information
    uh      INT          NOT NULL DEFAULT 0,
    ud      INT          NOT NULL DEFAULT 0,
    uw      INT          NOT NULL DEFAULT 0,
    um      INT          NOT NULL DEFAULT 0,
    uy      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (game_id, dim, hour, val)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Custom events per local hour: seg '' / val '' is the event's total, else one segment value.
CREATE TABLE events_event_hour (
    game_id   BIGINT       NOT NULL,
    event_key VARCHAR(127) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    seg       VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    val       VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    hour      DATETIME     NOT NULL,
    c         BIGINT       NOT NULL DEFAULT 0,
    s         DOUBLE       NOT NULL DEFAULT 0,
    dur       DOUBLE       NOT NULL DEFAULT 0,
    PRIMARY KEY (game_id, event_key, seg, hour, val)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What events a game has: (key, '', '') for a key, (key, seg, '') for a segment, (key, seg, val)
-- for a value. Countly's limits (500 keys, 100 segments, 1000 values) are counted here.
CREATE TABLE events_event_meta (
    game_id   BIGINT       NOT NULL,
    event_key VARCHAR(127) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    seg       VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    val       VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (game_id, event_key, seg, val)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Day-N retention: a device first seen on local day `cohort` that comes back on day cohort + n.
CREATE TABLE events_retention (
    game_id BIGINT NOT NULL,
    cohort  DATE   NOT NULL,
    n       INT    NOT NULL,
    users   INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (game_id, cohort, n)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
