-- wrk script of tools/bench/search-vs-direct.sh: cycles through a request file written by
-- SearchBench capture (METHOD \t PATH \t BODY per line, the body's newlines as \1); each thread
-- starts at its own offset. Prints one RESULT line for the script to read.
local reqs = {}
for line in io.lines(os.getenv("REQUESTS_FILE")) do
  local method, path, body = line:match("^([^\t]*)\t([^\t]*)\t?(.*)$")
  if method then
    body = body:gsub("\1", "\n")
    local headers = {}
    if method == "POST" then
      headers["Content-Type"] = path:find("_msearch") and "application/x-ndjson" or "application/json"
    else
      body = nil
    end
    reqs[#reqs + 1] = wrk.format(method, path, headers, body)
  end
end
local counter = 0
local threads = {}
function setup(thread)
  thread:set("offset", #threads * 17)
  threads[#threads + 1] = thread
end
function init(args)
  counter = tonumber(wrk.thread:get("offset")) or 0
end
function request()
  counter = counter + 1
  return reqs[(counter % #reqs) + 1]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, e.status, e.connect + e.read + e.write + e.timeout))
end
