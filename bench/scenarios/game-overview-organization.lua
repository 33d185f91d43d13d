-- GET /games?organization_id=N: the organization overview, its 100 games ranked by the first
-- ranking offered, with sparklines (group game-overview). Target (issue 21): p99 ≤ 150 ms.
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
-- a signed-out session would be answered 302 (to /login), which wrk does not count as an error
local answers = require "lib.answers"
report_expect = 200
wrk.method = "GET"
wrk.path = "/games?organization_id=" .. os.getenv("BENCH_OVERVIEW_ORG")
wrk.headers["Cookie"] = os.getenv("BENCH_OVERVIEW_COOKIES")
