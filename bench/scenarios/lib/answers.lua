-- Shared by scenarios that must see every answer's status: `require "lib.answers"` after
-- `require "report"` and set the global `report_expect` (e.g. 204). Each wrk thread counts the
-- answers with that status and, per other status, how many and the first body; report.lua's done()
-- then counts only the expected answers for items/s, counts every other answer as an error (wrk
-- itself counts only statuses above 399) and prints them on a "BENCH_ANSWERS" line that bench/run
-- shows under the table. A `response` hook makes wrk hand each answer to Lua: only scenarios that
-- need it load this.
local M = {}

M.threads = {}
function setup(thread)
  thread:set("thread_number", #M.threads)
  M.threads[#M.threads + 1] = thread
end

-- thread state: the expected count and, per other status, "count|first body" (thread:get copies
-- plain values between Lua states, so the tally stays strings and numbers)
expected_answers = 0
local others = {}
function response(status, headers, body)
  if status == report_expect then
    expected_answers = expected_answers + 1
    return
  end
  local seen = others[status]
  if seen then
    seen.n = seen.n + 1
  else
    seen = {n = 1, body = string.gsub(string.sub(body or "", 1, 120), "%s+", " ")}
    others[status] = seen
  end
  other_answers = {}
  for s, o in pairs(others) do
    other_answers[tostring(s)] = o.n .. "|" .. o.body
  end
end

-- main state, from done(): the expected answers of all threads, the others' count, and one line
-- naming them ("404×1234 {"error": …}; 503×2 …")
function report_answers()
  local expected, unexpected, parts = 0, 0, {}
  local merged = {}
  for _, t in ipairs(M.threads) do
    expected = expected + (t:get("expected_answers") or 0)
    for status, entry in pairs(t:get("other_answers") or {}) do
      local n, body = string.match(entry, "^(%d+)|(.*)$")
      local m = merged[status] or {n = 0, body = body}
      m.n = m.n + tonumber(n)
      merged[status] = m
    end
  end
  for status, m in pairs(merged) do
    unexpected = unexpected + m.n
    parts[#parts + 1] = string.format("%s×%d %s", status, m.n, m.body)
  end
  table.sort(parts)
  return expected, unexpected, table.concat(parts, "; ")
end

return M
