-- System73 Stats API reads over 24 h of 5 000 devices on 1 000 channels and 10 000 streams (see
-- the setup), in turn /api/streamstats/summary?time=24h&per_page=50 (the first page of channels)
-- and /api/streamstats/stats/throughput/agg?time=24h&source=cdn (288 points), with a token scoped to the
-- game (the customer), sent as System73 does: `Authorization: <token>`. Only a 200 counts; any
-- other answer is an error, named under the table. Target (issue 18): p99 ≤ 100 ms.
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
require "lib.answers"
report_expect = 200

local headers = {["Authorization"] = os.getenv("BENCH_STREAMSTATS_TOKEN") or ""}
local paths = {
  "/api/streamstats/summary?time=24h&per_page=50",
  "/api/streamstats/stats/throughput/agg?time=24h&source=cdn",
}
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1], headers)
end
