-- Peer5 export as JSON: POST /api/export/v1/export, a `1d` export of the last 30 days (today's
-- included) split by country.code and browser.name, all five metrics, with a token scoped to the
-- game (`X-Auth-Token`), over the rows export-data seeds (30 days of 10 000 devices over 50 pages:
-- 29 closed days read from the (browser, country) projection, today from its full rows); 3 600 rows
-- an answer, the setup checks. Only a 200 counts; any other answer is an error, named under the
-- table. 8 connections: a reporting client asks a few exports at once, and 32 only queued behind the
-- two cores (p50 ~0.9 s; ~15 answers a run past wrk's 2 s timeout). Then paced at half; target
-- (issue 19): p99 ≤ 150 ms.
-- connections: 8
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
require "lib.answers"
report_expect = 200

wrk.method = "POST"
wrk.path = "/api/export/v1/export"
wrk.headers["X-Auth-Token"] = os.getenv("BENCH_EXPORT_TOKEN") or ""
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BENCH_EXPORT_JSON_BODY") or ""
