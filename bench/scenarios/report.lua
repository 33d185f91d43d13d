-- Shared by every scenario: prints one machine-readable line that bench/run turns into the table.
-- "BENCH <req/s> <p50 ms> <p99 ms> <errors>"; errors are socket errors plus non-2xx/3xx answers.
-- A scenario whose requests each carry many items sets the globals `report_per_request` (how many)
-- and `report_unit` (what, e.g. "samples"): the line then ends with "<items/s> <unit>".
-- A scenario that loads lib/answers.lua (one status expected, `report_expect`) counts items only
-- for answers with that status, every other answer as an error, and adds a "BENCH_ANSWERS" line
-- naming the other statuses.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.timeout + e.status
  local carrying = summary.requests
  local others
  if report_answers then
    local unexpected
    carrying, unexpected, others = report_answers()
    failed = e.connect + e.read + e.write + e.timeout + unexpected
  end
  local items = ""
  if report_per_request then
    items = string.format(" %.0f %s", carrying / seconds * report_per_request, report_unit or "items")
  end
  local rate = summary.requests / seconds
  -- heavy scenarios make a few requests a second: keep a decimal there
  io.write(string.format(rate < 100 and "BENCH %.1f %.2f %.2f %d%s\n" or "BENCH %.0f %.2f %.2f %d%s\n", rate,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed, items))
  if others and others ~= "" then
    io.write("BENCH_ANSWERS " .. others .. "\n")
  end
end

-- Paced runs ("-- paced: half" in a scenario): each connection waits its share of the target
-- rate, jittered, so the server sees an open load below saturation and latency is not queueing.
local pace = tonumber(os.getenv("BENCH_PACE_RPS") or "0")
local conns = tonumber(os.getenv("BENCH_CONNECTIONS_USED") or "32")
function delay()
  if pace > 0 then return conns * 1000 / pace * (0.5 + math.random()) end
  return 0
end
