-- Shared by every scenario: prints one machine-readable line that bench/run turns into the table.
-- "BENCH <req/s> <p50 ms> <p99 ms> <errors>"; errors are socket errors plus non-2xx/3xx answers.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("BENCH %.0f %.2f %.2f %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end

-- Paced runs ("-- paced: half" in a scenario): each connection waits its share of the target
-- rate, jittered, so the server sees an open load below saturation and latency is not queueing.
local pace = tonumber(os.getenv("BENCH_PACE_RPS") or "0")
local conns = tonumber(os.getenv("BENCH_CONNECTIONS_USED") or "32")
function delay()
  if pace > 0 then return conns * 1000 / pace * (0.5 + math.random()) end
  return 0
end
