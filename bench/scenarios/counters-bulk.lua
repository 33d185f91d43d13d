-- Photon bulk export: POST /api/counters/bulkxport/app?start=<30 days ago>, 50 queries a request,
-- each a random one of 1 000 series (50 apps × 4 regions × 5 counters) with xporttime, over 30 days
-- of minute data (see counters-data: the range reads the hour rollups, 721 rows a series, and
-- answers 31 daily points a query); viewer token.
-- connections: 4
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local counters = require "lib.counters"

local QUERIES = 50
local series = counters.series(os.getenv("BENCH_COUNTERS_READ_PREFIX"))
local headers = {
  ["Authorization"] = "Bearer " .. (os.getenv("BENCH_COUNTERS_READ_TOKEN") or ""),
  ["Content-Type"] = "application/json",
}
local path

setup = counters.number_threads

function init(args)
  counters.seed()
  -- the start to the second, so a range of exactly 30 days: daily steps (domain.XportStep)
  path = "/api/counters/bulkxport/app?start=" .. os.date("!%Y-%m-%dT%H:%M:%S", os.time() - 30 * 86400)
end

function request()
  local queries = {}
  for q = 1, QUERIES do
    local s = series[math.random(#series)]
    queries[q] = string.format('{"id":"q%d","appid":"%s","region":"%s","template":"%s","xporttime":true}',
      q, s.appid, s.region, s.counter)
  end
  return wrk.format("POST", path, headers, "[" .. table.concat(queries, ",") .. "]")
end
