-- Day rows are folded from hour rows once an hour is over (store.DayFold), not written per
-- beacon: a day row's part for hour h is a function of the device's hour row of that hour (bit h
-- of each mask set iff any 5-second bit of that kind is, played_h = the sum of played_0..11).
-- A row here says the hour rows of that hour (all games) are folded into the day rows: from then
-- on readers take the whole hour from day rows and the writer adds late beacons to both. Hours
-- without a row here are read from, and written to, hour rows only. The folder inserts the
-- marker first, in the fold's transaction; writers read the markers of their hours with a
-- locking read, so each beacon reaches the day row exactly once (by the fold or by the writer).
-- Kept as long as the day rows (35 days).
CREATE TABLE streamstats_folded_hour (
    hour BIGINT NOT NULL PRIMARY KEY  -- epoch ms of the hour's start, a multiple of 3 600 000
) ENGINE=InnoDB;
