-- Minute rollups move from a row per minute to a row per hour (MinuteChunks, MinuteChunk): a
-- write of several minutes of a series touches one row. `minutes` holds records
-- "<minute>=<count>,<sum>,<min>,<max>,<last>@<ms of last from the hour's start>;" (or
-- "<minute>=<value>@<ms>;" for a minute of one sample), appended by each write; reads merge the
-- records of one minute. MariaDB writes doubles as their shortest exact text, so the minutes
-- kept so far carry over unchanged.
CREATE TABLE counters_minutes (
    series_id BIGINT     NOT NULL,
    at        BIGINT     NOT NULL,   -- the hour's start, epoch seconds (UTC)
    minutes   MEDIUMTEXT CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (series_id, at)
) ENGINE=InnoDB;

SET SESSION group_concat_max_len = 16777216;
INSERT INTO counters_minutes (series_id, at, minutes)
SELECT series_id, FLOOR(at / 3600) * 3600 AS hour_at,
       GROUP_CONCAT(CONCAT((at - FLOOR(at / 3600) * 3600) DIV 60, '=', count, ',', sum, ',', min, ',', max, ',', last, '@',
                           last_at - FLOOR(at / 3600) * 3600000, ';') ORDER BY at SEPARATOR '')
FROM counters_minute
GROUP BY series_id, hour_at;

DROP TABLE counters_minute;
