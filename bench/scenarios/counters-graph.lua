-- A chart as PNG: GET /api/counters/graph/app/{appid}/{region}/{counter}?width=1600&height=800, a
-- random one of 1 000 series (see counters-data) over the default range, the last 24 hours (minute
-- rollups, 1 441 rows, drawn as 49 half-hour points); viewer token.
-- connections: 4
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local counters = require "lib.counters"

local series = counters.series(os.getenv("BENCH_COUNTERS_READ_PREFIX"))
local headers = {["Authorization"] = "Bearer " .. (os.getenv("BENCH_COUNTERS_READ_TOKEN") or "")}

setup = counters.number_threads

function init(args)
  counters.seed()
end

function request()
  local s = series[math.random(#series)]
  return wrk.format("GET", "/api/counters/graph/app/" .. s.appid .. "/" .. s.region .. "/" .. s.counter
    .. "?width=1600&height=800", headers)
end
