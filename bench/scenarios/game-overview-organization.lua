-- GET /games?organization_id=N: the organization overview, its 100 games ranked by the first
-- ranking offered, with sparklines (group game-overview). Target (issue 21): p99 ≤ 150 ms.
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
wrk.method = "GET"
wrk.path = "/games?organization_id=" .. os.getenv("BENCH_OVERVIEW_ORG")
wrk.headers["Cookie"] = "JSESSIONID=" .. os.getenv("BENCH_OVERVIEW_SESSION")
