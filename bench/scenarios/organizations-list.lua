-- GameAnalytics GET /games?page[size]=100&sort=title:asc over 10 000 games in 100 studios,
-- with a viewer token in x-api-key (the setup script seeds the data and makes the token).
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
wrk.method = "GET"
wrk.path = "/api/organizations/games?page%5Bsize%5D=100&sort=title:asc"
wrk.headers["x-api-key"] = os.getenv("BENCH_TOKEN")
