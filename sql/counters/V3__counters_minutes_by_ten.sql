-- Minute rollups move from a row per minute to a row per ten minutes (MinuteChunks, MinuteChunk):
-- a write of several minutes of a series touches one row. `minutes` holds records
-- "<minute of the chunk>=<count>,<sum>,<min>,<max>,<last>@<seconds of last from the minute's
-- start>;" (or "<minute>=<value>@<seconds>;" for a minute of one sample), appended by each write;
-- reads merge the records of one minute. MariaDB writes doubles as their shortest exact text, so
-- the minutes kept so far carry over unchanged.
CREATE TABLE counters_minutes (
    series_id BIGINT     NOT NULL,
    at        BIGINT     NOT NULL,   -- the chunk's start, epoch seconds (UTC), a multiple of 600
    minutes   MEDIUMTEXT CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (series_id, at)
) ENGINE=InnoDB;

SET SESSION group_concat_max_len = 16777216;
INSERT INTO counters_minutes (series_id, at, minutes)
SELECT series_id, FLOOR(at / 600) * 600 AS chunk_at,
       GROUP_CONCAT(CONCAT((at - FLOOR(at / 600) * 600) DIV 60, '=', count, ',', sum, ',', min, ',', max, ',', last, '@',
                           (last_at - at * 1000) / 1000, ';') ORDER BY at SEPARATOR '')
FROM counters_minute
GROUP BY series_id, chunk_at;

DROP TABLE counters_minute;
