-- The counters module (Photon analytics dialect): game-server counters per series, kept as
-- minute, hour and day rollups of count, sum, min, max and last.

-- Photon Server licenses: counters published under a license's hash belong to its organization.
CREATE TABLE counters_license (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    hash            CHAR(34)     CHARACTER SET ascii NOT NULL,   -- 0x + 32 hex digits
    name            VARCHAR(191) NOT NULL,
    ccu_limit       INT          NULL,                           -- the licensed CCU, for the license page
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE KEY counters_license_hash (hash),
    KEY counters_license_org (organization_id),
    CONSTRAINT fk_counters_license_org FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per series: a game's counter in one cloud, cluster and region ('g', the game's id), or
-- a license's counter ('l', the license's id; region, cloud and cluster empty).
CREATE TABLE counters_series (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_type CHAR(1)     CHARACTER SET ascii NOT NULL,
    owner_id   BIGINT      NOT NULL,
    counter    VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    region     VARCHAR(8)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cloud      VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    cluster    VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    UNIQUE KEY counters_series_key (owner_type, owner_id, counter, region, cloud, cluster)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rollups: `at` is the bucket's start in epoch seconds (UTC); `last` is the value with the latest
-- timestamp seen in the bucket (`last_at`, epoch milliseconds). Minute rows are kept 14 days,
-- hour rows 400 days, day rows forever (CounterRetention purges).
CREATE TABLE counters_minute (
    series_id BIGINT NOT NULL,
    at        BIGINT NOT NULL,
    count     BIGINT NOT NULL,
    sum       DOUBLE NOT NULL,
    min       DOUBLE NOT NULL,
    max       DOUBLE NOT NULL,
    last      DOUBLE NOT NULL,
    last_at   BIGINT NOT NULL,
    PRIMARY KEY (series_id, at)
) ENGINE=InnoDB;

CREATE TABLE counters_hour LIKE counters_minute;
CREATE TABLE counters_day LIKE counters_minute;
