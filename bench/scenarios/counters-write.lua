-- Photon counters in InfluxDB line protocol: POST /api/counters/write?precision=s, 5 000 lines a
-- request over the 1 000 series of 50 apps (see the setup), i.e. 5 minutes of every series, one
-- sample each; admin token. Each answer is a committed write: the minutes in their series' rows of
-- ten minutes, the hours in the rollup journal (folded into hour and day rows every second).
-- Every request writes 5 minutes that no request wrote before, so each line is a new minute (a
-- series' chunk row is new or appended to): each wrk thread of each run (the warm-up is a run too)
-- takes a block of 10 days of its own, counted in $BENCH_DATA/counters-write.blocks, from
-- BENCH_COUNTERS_WRITE_START (200 days ago) on; the 20th block starts over at the first (bench/run
-- makes two runs of two threads: four blocks). Requests in flight at once write the same series
-- in the same chunk, as agents writing the same series now do, so they queue on those rows;
-- BENCH_COUNTERS_WRITE_LANES=10 spreads a thread's consecutive requests over 10 days instead.
-- The result line adds samples/s; counters-write.baseline (run by bench/run after the measured
-- run) stores the same samples as plain INSERTs of a row each, and the ratio to it is printed
-- under the table.
-- Bodies are ~330 KB: 4 connections keep the server busy (more only queue, and pass wrk's 2 s timeout).
-- connections: 4
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local counters = require "lib.counters"

local LINES = 5000
report_per_request, report_unit = LINES, "samples"   -- the result line adds samples/s
local BLOCK_MINUTES = 10 * 24 * 60
local series = counters.series(os.getenv("BENCH_COUNTERS_WRITE_PREFIX"))
local minutes_per_request = LINES / #series
local headers = {
  ["Authorization"] = "Bearer " .. (os.getenv("BENCH_COUNTERS_WRITE_TOKEN") or ""),
  ["Content-Type"] = "text/plain; charset=utf-8",
}

-- main state: hands each thread the next free block (wrk calls setup once per thread, in turn)
function setup(thread)
  local file = (os.getenv("BENCH_DATA") or "/tmp") .. "/counters-write.blocks"
  local f = io.open(file, "r")
  local used = f and tonumber(f:read("*l")) or 0
  if f then f:close() end
  f = io.open(file, "w")
  f:write(tostring(used + 1), "\n")
  f:close()
  thread:set("block", used % 19)
end

-- thread state: the lines of all series with a placeholder for the timestamp ("Ccu,appid=…,region=eu
-- value=1234 @@@@@@@@@@\n" each), filled with each minute's timestamp by gsub: wrk shares the
-- machine with the server, and gsub in C costs it a fraction of joining 15 000 pieces in Lua
local PLACEHOLDER = "@@@@@@@@@@"   -- as wide as a timestamp in seconds until 2286
local template
local blocks = {}
local first_minute, sent
local lanes = tonumber(os.getenv("BENCH_COUNTERS_WRITE_LANES") or "1")
local lane_minutes = BLOCK_MINUTES / lanes

function init(args)
  local lines = {}
  for i, s in ipairs(series) do
    lines[i] = string.format("%s,appid=%s,region=%s value=%d %s\n", s.counter, s.appid, s.region, 100 + (i * 7919) % 5000,
      PLACEHOLDER)
  end
  template = table.concat(lines)
  first_minute = tonumber(os.getenv("BENCH_COUNTERS_WRITE_START")) / 60 + block * BLOCK_MINUTES
  sent = 0
end

function request()
  local lane = sent % lanes
  local minute = math.floor(sent / lanes) * minutes_per_request
  sent = sent + 1
  for m = 0, minutes_per_request - 1 do
    -- a lane used up starts over: later requests then update rows instead of adding them
    local ts = string.format("%d", (first_minute + lane * lane_minutes + (minute + m) % lane_minutes) * 60 + (m * 7) % 60)
    blocks[m + 1] = string.gsub(template, PLACEHOLDER, ts)
  end
  return wrk.format("POST", "/api/counters/write?precision=s", headers, table.concat(blocks, "", 1, minutes_per_request))
end
