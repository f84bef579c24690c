-- SPDX-FileCopyrightText: 2026 Hookflow contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- wrk: POST the delivery bench's body (BENCH_BODY, a file) as JSON on every request.
local path = os.getenv("BENCH_BODY")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

-- One JSON line on stdout for bench/delivery/report.mjs.
done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format('{"requests":%d,"errors":%d,"wall_s":%.6f,"rps":%.1f}\n',
        summary.requests, errors, seconds, summary.requests / seconds))
end
