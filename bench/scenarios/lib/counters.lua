-- Shared by the counters scenarios: the 1 000 series of one bench studio made by
-- bench/scenarios/counters-games: 50 apps (keys <prefix>-0000-4000-8000-0000000000NN) × 4 regions
-- × 5 counters. bench/scenarios/counters-data lists the same regions and counters in SQL.
local M = {}

M.regions = {"eu", "us", "asia", "jp"}
-- two maxima, an average and two more maxima: the aggregations readers ask for
M.counters = {"Ccu", "Rooms", "Messages", "TrafficMultiplayer", "DisconnectRate"}

function M.appid(prefix, n)
  return string.format("%s-0000-4000-8000-%012d", prefix, n)
end

-- every series as {appid, region, counter}, app by app, in a fixed order
function M.series(prefix)
  local out = {}
  for n = 1, 50 do
    for _, region in ipairs(M.regions) do
      for _, counter in ipairs(M.counters) do
        out[#out + 1] = {appid = M.appid(prefix, n), region = region, counter = counter}
      end
    end
  end
  return out
end

-- wrk gives each thread its own Lua state; M.number_threads() in setup(thread) gives each a number
-- (the global `thread_number` in its state), and M.seed() then seeds each thread differently
local threads = 0
function M.number_threads(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

function M.seed()
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919 + math.floor(os.clock() * 1000000))
end

return M
