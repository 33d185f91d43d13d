-- Countly reads over 30 days of rollups from 10 M events (see the setup): in turn
-- /o/analytics/dashboard, /o?method=sessions&period=30days and
-- /o?method=events&event=event_01&segmentation=segment_1&period=30days, with a viewer token.
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local game = os.getenv("BENCH_READ_GAME")
local token = os.getenv("BENCH_READ_TOKEN")
local paths = {
  "/o/analytics/dashboard?app_id=" .. game,
  "/o?app_id=" .. game .. "&method=sessions&period=30days",
  "/o?app_id=" .. game .. "&method=events&event=event_01&segmentation=segment_1&period=30days",
}
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1], { ["countly-token"] = token })
end
