-- The export module's rollups (modules/export/README.md, "Storage"): a game's dimension values,
-- full rows and projections ("cube") per tier, and which buckets have rows and are closed.

-- a game's values of each dimension; rows carry the ids. Id 0 = no value (""), never stored.
CREATE TABLE export_value (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  game_id BIGINT NOT NULL,
  dimension TINYINT UNSIGNED NOT NULL,          -- domain.Dimension.ordinal()
  value VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  value_hash BINARY(16) NOT NULL,               -- UNHEX(MD5(value)): a unique key cannot index 2 048 characters
  UNIQUE KEY export_value_key (game_id, dimension, value_hash),
  KEY export_value_order (game_id, dimension, value(191))   -- suggestions by prefix, in order
) ENGINE=InnoDB;

-- full rows, one table per tier
CREATE TABLE export_minute (
  game_id BIGINT NOT NULL,
  bucket BIGINT NOT NULL,                       -- the bucket's start, epoch ms (Tier.bucketOf)
  browser INT UNSIGNED NOT NULL, country INT UNSIGNED NOT NULL, city INT UNSIGNED NOT NULL,
  isp INT UNSIGNED NOT NULL, os INT UNSIGNED NOT NULL, page INT UNSIGNED NOT NULL,   -- export_value ids, 0 = ""
  http BIGINT NOT NULL, p2p BIGINT NOT NULL, played BIGINT NOT NULL, rebuffered BIGINT NOT NULL,
  session_ms BIGINT NOT NULL,                   -- beacon time inside the bucket
  PRIMARY KEY (game_id, bucket, browser, country, city, isp, os, page)
) ENGINE=InnoDB;

CREATE TABLE export_ten_minute LIKE export_minute;
CREATE TABLE export_hour LIKE export_minute;
CREATE TABLE export_day LIKE export_minute;

-- projections ("cube"), one table per tier
CREATE TABLE export_minute_cube (
  game_id BIGINT NOT NULL,
  projection TINYINT UNSIGNED NOT NULL,         -- which set of <= 2 dimensions (domain.Projection)
  bucket BIGINT NOT NULL,
  a INT UNSIGNED NOT NULL,                      -- value id of the set's first dimension (0 when the set is empty)
  b INT UNSIGNED NOT NULL,                      -- value id of its second (0 when it has fewer than 2)
  http BIGINT NOT NULL, p2p BIGINT NOT NULL, played BIGINT NOT NULL, rebuffered BIGINT NOT NULL,
  session_ms BIGINT NOT NULL,
  PRIMARY KEY (game_id, projection, bucket, a, b)
) ENGINE=InnoDB;

CREATE TABLE export_ten_minute_cube LIKE export_minute_cube;
CREATE TABLE export_hour_cube LIKE export_minute_cube;
CREATE TABLE export_day_cube LIKE export_minute_cube;

-- which buckets have rows, and whether their projections are complete
CREATE TABLE export_bucket (
  game_id BIGINT NOT NULL,
  tier TINYINT UNSIGNED NOT NULL,               -- domain.Tier.ordinal()
  bucket BIGINT NOT NULL,
  closed BOOLEAN NOT NULL,                      -- false: full rows only; true: projections complete too
  PRIMARY KEY (game_id, tier, bucket)
) ENGINE=InnoDB;
