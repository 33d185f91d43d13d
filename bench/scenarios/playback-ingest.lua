-- Player beacons: POST /api/ingest/playback, arrays of 100 beacons from 10 000 devices watching
-- 100 channels (3 streams each, 3 renditions: 800, 2 500, 5 000 kbps), with the bytes of its
-- bitrate (±2 %), p2p bytes (60 % of them) on 70 % of devices, `p2p_compatible: false` on 10 %,
-- some rebuffering and dropped frames, and its OS, platform and connection type. A request carries
-- the next beacon of 100 devices of its wrk thread (each thread has its own devices).
--
-- BENCH_PLAYBACK_CLOCK says when the beacons' 10-second intervals lie:
-- - `live` (the default): they end now (within the last second, each device at its own phase), as
--   a live audience reports. At 50 000 beacons/s that is the load of 500 000 players reporting every
--   10 s; with 10 000 device ids each id reports several times per 10 s (overlapping intervals, which
--   the tables add up), so its device rows merge within a write batch more than real players' would.
--   BENCH_PLAYBACK_AUDIENCE=K gives each device K ids in turn (10 000 × K players, K = 50: each id
--   once per 10 s at 50 000 beacons/s), for the real-world merging.
-- - `replay`: consecutive 10-second intervals on each device's own clock (its own phase), from 1 h
--   back, going on from where the previous run (the warm-up) ended, never past the server's clock
--   (a device that would starts over 1 h back; its intervals are then sent again, which the tables
--   merge). Time runs as many times faster than real as a device reports per 10 s, so every batch
--   opens new buckets: the rollups' worst case, a backfill of history.
-- The device model is the one bench/scenarios/playback-ingest.baseline writes as plain rows; keep
-- the two in step. Only a 204 is a durable answer: beacons/s = 204s × 100 / s; any other answer is
-- an error, named under the table (a portal without a beacon observer answers 404 "no module takes
-- playback beacons").
-- connections: 256
package.path = "bench/scenarios/?.lua;" .. package.path
require "report"
local answers = require "lib.answers"

local PER_REQUEST = 100
local DEVICES, CHANNELS = 10000, 100
report_per_request, report_unit, report_expect = PER_REQUEST, "beacons", 204

local key = os.getenv("BENCH_PLAYBACK_KEY") or ""
local live = (os.getenv("BENCH_PLAYBACK_CLOCK") or "live") == "live"
local audience = tonumber(os.getenv("BENCH_PLAYBACK_AUDIENCE") or "1")
local clock_file = (os.getenv("BENCH_DATA") or "/tmp") .. "/playback-ingest.clock"
local headers = {["Content-Type"] = "application/json"}
local KBPS = {800, 2500, 5000}
-- OS and platform as System73 counts them: a native player's OS, a web player's browser
local OS = {{"Android", "Android"}, {"iOS", "iOS"}, {"Windows", "Chrome"}, {"Mac", "Safari"}, {"Linux", "Firefox"}}
local CONNECTIONS = {"WIFI", "ETHERNET", "CELLULAR"}
local VARIANTS = 4   -- byte counts per device vary over 4 consecutive beacons

-- main state: the clocks go on from the last run's latest beacon (or start 1 h back)
function init_clock()
  local f = io.open(clock_file, "r")
  local last = f and tonumber(f:read("*l"))
  if f then f:close() end
  local earliest = (os.time() - 3600) * 1000
  return math.max(earliest, last or 0)
end

-- thread state
local devices = {}     -- this thread's devices: {head, tails, phase}
local round, cursor, base = 0, 0, 0
latest = 0             -- the latest timestamp sent (read by done() through thread:get)
restarts = 0

-- one device's beacon is head .. timestamp .. tail; the rest never changes
local function device(d)
  local channel = d % CHANNELS
  local stream = math.floor(d / CHANNELS) % 3
  local rendition = math.floor(d / (CHANNELS * 3)) % 3 + 1
  local p2p = d % 10 < 7
  local compatible = d % 10 ~= 9
  local os_name, platform = OS[d % #OS + 1][1], OS[d % #OS + 1][2]
  local bytes = KBPS[rendition] * 1250   -- 10 s at the bitrate
  local id = string.format('{"app_key":"%s","device_id":"bench-device-%05d', key, d)
  local head = string.format('","session_id":"bench-session-%05d",'
    .. '"channel_id":"channel-%03d","stream_id":"stream-%d","stream_uri":"https://cdn.example/channel-%03d/stream-%d.m3u8",'
    .. '"bitrate":"%d","representation_id":"%d of 3","page":"/live/channel-%03d","timestamp":',
    d, channel, stream, channel, stream, KBPS[rendition], rendition, channel)
  local tails = {}
  for v = 1, VARIANTS do
    local total = bytes + (v - 2) * math.floor(bytes / 50) + (d % 97) * 13
    local p2p_bytes = p2p and math.floor(total * 0.6) or 0
    local rebuffered = (d % 20 == 0) and 400 * v or 0
    local response = p2p and string.format('{"cdn":%d,"p2p":%d}', 40 + (d + v) % 80, 15 + (d + v) % 40)
      or string.format('{"cdn":%d}', 40 + (d + v) % 80)
    tails[v] = string.format(',"interval_ms":10000,"cdn_bytes":%d,"p2p_bytes":%d,"played_ms":%d,"rebuffered_ms":%d,'
      .. '"buffer_health_ms":%d,"buffer_filling_rate":%.2f,"response_time_ms":%s,"dropped_frames":%d,'
      .. '"p2p_compatible":%s,"connection_type":"%s","os":"%s","platform":"%s"}',
      total - p2p_bytes, p2p_bytes, 10000 - rebuffered, rebuffered, 6000 + (d * 37 + v * 500) % 9000,
      1 + ((d + v) % 60) / 100, response, (d % 5 == 0) and v - 1 or 0, compatible and "true" or "false",
      CONNECTIONS[d % #CONNECTIONS + 1], os_name, platform)
  end
  return {id = id, head = head, tails = tails, phase = (d * 7919) % 10000}
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS_USED") or "2")
  for d = thread_number, DEVICES - 1, threads do
    devices[#devices + 1] = device(d)
  end
  base = start_clock
end

local parts = {}
function request()
  local now = os.time() * 1000
  -- replay: the round's timestamps end 10 s after the previous round's: past the server's clock, start over
  if not live and base + (round + 1) * 10000 + 10000 > now then
    base, round, restarts = now - 3600 * 1000, 0, restarts + 1
  end
  local n = 0
  for i = 1, PER_REQUEST do
    local dev = devices[cursor + 1]
    local ts = live and now - 1000 + dev.phase % 1000 or base + (round + 1) * 10000 + dev.phase
    n = n + 1
    parts[n] = (i == 1 and "[" or ",") .. dev.id
    if audience > 1 then
      n = n + 1
      parts[n] = string.format("-%d", round % audience)
    end
    n = n + 1
    parts[n] = dev.head
    n = n + 1
    parts[n] = string.format("%d", ts)
    n = n + 1
    parts[n] = dev.tails[round % VARIANTS + 1]
    if ts > latest then latest = ts end
    cursor = cursor + 1
    if cursor == #devices then cursor, round = 0, round + 1 end
  end
  n = n + 1
  parts[n] = "]"
  return wrk.format("POST", "/api/ingest/playback", headers, table.concat(parts, "", 1, n))
end

-- main state: number the threads and give each the run's clock; keep the latest beacon for the next run
local answers_setup = setup
local run_clock
function setup(thread)
  answers_setup(thread)
  run_clock = run_clock or init_clock()
  thread:set("start_clock", run_clock)
end

local report_done = done
function done(summary, latency, requests)
  local last, over = 0, 0
  for _, t in ipairs(answers.threads) do
    last = math.max(last, t:get("latest") or 0)
    over = over + (t:get("restarts") or 0)
  end
  local f = io.open(clock_file, "w")
  f:write(string.format("%d\n", last), "")
  f:close()
  if over > 0 then io.stderr:write(string.format("playback-ingest: device clocks reached now and started over %d times\n", over)) end
  report_done(summary, latency, requests)
end
