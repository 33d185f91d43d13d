-- Countly GET /i over 100 000 devices, as SDKs send it: begin_session with metrics, events with
-- segmentation, session_duration heartbeats and end_session. Every answer is a committed write.
-- connections: 64
-- paced: half
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local key = os.getenv("BENCH_APP_KEY")
local counter = 0
local metrics = "%7B%22_os%22%3A%22Android%22%2C%22_os_version%22%3A%2214%22%2C%22_device%22%3A%22Pixel%208%22%2C"
  .. "%22_resolution%22%3A%221080x2400%22%2C%22_carrier%22%3A%22Vodafone%22%2C%22_app_version%22%3A%222.1.0%22%7D"
local levels = {"forest", "desert", "cave", "castle", "sky"}

function init(args)
  -- each wrk thread has its own Lua state: seed each differently
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + tostring({}):len())
end

function request()
  counter = counter + 1
  local device = math.random(1, 100000)
  local ts = os.time() * 1000 + (counter % 1000)
  local path = "/i?app_key=" .. key .. "&device_id=bench-" .. device .. "&sdk_version=23.12.0&sdk_name=java-native&timestamp=" .. ts
  local r = math.random(100)
  if r <= 25 then
    path = path .. "&begin_session=1&metrics=" .. metrics
  elseif r <= 65 then
    local level = levels[math.random(#levels)]
    path = path .. "&events=%5B%7B%22key%22%3A%22level_done%22%2C%22count%22%3A1%2C%22sum%22%3A" .. math.random(1, 50)
      .. "%2C%22dur%22%3A" .. math.random(5, 300) .. "%2C%22segmentation%22%3A%7B%22level%22%3A%22" .. level
      .. "%22%2C%22stars%22%3A%22" .. math.random(0, 3) .. "%22%7D%7D%5D"
  elseif r <= 90 then
    path = path .. "&session_duration=30"
  else
    path = path .. "&end_session=1&session_duration=" .. math.random(1, 30)
  end
  return wrk.format("GET", path)
end
