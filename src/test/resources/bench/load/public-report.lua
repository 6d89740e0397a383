-- wrk script for public-load.sh: one path (DW_PATH), counts every answer that is not 2xx, and appends one JSON line
-- with requests/s, p50/p99 latency and all errors to DW_RESULT (name DW_NAME).
local path = os.getenv("DW_PATH") or "/"
local accept = os.getenv("DW_ACCEPT") or "*/*"
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  wrk.path = path
  wrk.headers["Accept"] = accept
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
  end
  local seconds = summary.duration / 1e6
  local line = string.format(
    '{"name":"%s","path":"%s","requests":%d,"seconds":%.1f,"rps":%.1f,"p50ms":%.2f,"p99ms":%.2f,"maxms":%.2f,'
      .. '"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"bytes":%d}',
    os.getenv("DW_NAME") or path, path, summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx_total,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.bytes)
  io.write(line .. "\n")
  local out = os.getenv("DW_RESULT")
  if out then
    local file = assert(io.open(out, "a"))
    file:write(line .. "\n")
    file:close()
  end
end
