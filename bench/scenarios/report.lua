-- Shared by every scenario: prints one machine-readable line that bench/run turns into the table.
-- "BENCH <req/s> <p50 ms> <p99 ms> <errors>"; errors are socket errors plus non-2xx/3xx answers.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("BENCH %.0f %.2f %.2f %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
