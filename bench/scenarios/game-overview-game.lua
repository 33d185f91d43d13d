-- GET /games/{id}: a game's overview with every module's card (group game-overview; the setup
-- seeds some days of each module's data and signs the administrator in). Target (issue 21): p99 ≤ 100 ms.
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
-- a signed-out session would be answered 302 (to /login), which wrk does not count as an error
local answers = require "lib.answers"
report_expect = 200
wrk.method = "GET"
wrk.path = "/games/" .. os.getenv("BENCH_OVERVIEW_GAME")
wrk.headers["Cookie"] = os.getenv("BENCH_OVERVIEW_COOKIES")
