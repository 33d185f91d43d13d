-- Peer5 export as CSV: POST /api/export/v1/export?format=csv, a `1m` export of the last 6 h split
-- by session.page and country.code (the setup counts the rows of the answer, some 95 000, and
-- checks them against the model of export-data), all five metrics, with a token scoped to the game.
-- Rows/s = 200 answers × rows an answer / s. 2 connections: each answer is a long stream (~8 MB) that
-- keeps a core busy; more only queue (4 took ~1.5 s an answer, near wrk's 2 s timeout).
-- Paced at half, bench/scenarios/export-first-byte runs beside the load: sequential exports, one a
-- second, timed by curl (`time_starttransfer`: from the request's start to the first byte of the
-- answer); its p50 and max are printed under the table. Targets (issue 19): ≥ 200 000 rows/s, first
-- byte ≤ 200 ms.
-- connections: 2
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local answers = require "lib.answers"
report_expect = 200
report_per_request, report_unit = tonumber(os.getenv("BENCH_EXPORT_CSV_ROWS") or "0"), "rows"

wrk.method = "POST"
wrk.path = "/api/export/v1/export?format=csv"
wrk.headers["X-Auth-Token"] = os.getenv("BENCH_EXPORT_TOKEN") or ""
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BENCH_EXPORT_CSV_BODY") or ""

-- main state: the paced run starts the first-byte sampler with its first thread and reads its line at
-- the end (never in the run at full rate: its requests would take a share of the measured rate)
local paced = tonumber(os.getenv("BENCH_PACE_RPS") or "0") > 0
local sampler
local answers_setup = setup
function setup(thread)
  answers_setup(thread)
  if paced and not sampler then
    sampler = io.popen("bench/scenarios/export-first-byte")
  end
end

local report_done = done
function done(summary, latency, requests)
  report_done(summary, latency, requests)
  if sampler then
    local line = sampler:read("*a")
    sampler:close()
    io.write(line)
  end
end
