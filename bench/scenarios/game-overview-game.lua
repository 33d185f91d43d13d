-- GET /games/{id}: a game's overview with every module's card (group game-overview; the setup
-- seeds some days of each module's data and signs the administrator in). Target (issue 21): p99 ≤ 100 ms.
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
wrk.method = "GET"
wrk.path = "/games/" .. os.getenv("BENCH_OVERVIEW_GAME")
wrk.headers["Cookie"] = "JSESSIONID=" .. os.getenv("BENCH_OVERVIEW_SESSION")
