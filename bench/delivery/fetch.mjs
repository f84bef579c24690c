// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node's fetch (undici) as the delivery engine's peer: POST one JSON body to URL with K
// requests in flight until N responses have been read, and print one JSON line like
// hookflow-qnamloop's. HTTP/1.1 only: undici's fetch has no HTTP/2 with prior knowledge (h2c).
//   node bench/delivery/fetch.mjs URL BODY_FILE [--requests N] [--inflight K] [--warmup N]
import { readFileSync } from 'node:fs';

const [url, bodyFile, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const requests = option('requests', 100000);
const inflight = option('inflight', 64);
const warmup = option('warmup', 1000);
const body = readFileSync(bodyFile);
const headers = { 'content-type': 'application/json' };

async function run(count) {
    let sent = 0;
    let errors = 0;
    let firstError = '';
    async function worker() {
        while (sent < count) {
            ++sent;
            try {
                const response = await fetch(url, { method: 'POST', headers, body });
                await response.arrayBuffer();
                if (response.status !== 200) {
                    ++errors;
                    firstError ||= `HTTP ${response.status}`;
                }
            } catch (error) {
                ++errors;
                firstError ||= String(error.cause ?? error);
            }
        }
    }
    const workers = [];
    for (let i = 0; i < inflight; ++i)
        workers.push(worker());
    await Promise.all(workers);
    return { errors, firstError };
}

if (warmup > 0)
    await run(warmup);
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
const { errors, firstError } = await run(requests);
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const result = {
    requests, inflight, errors, wall_s: wall, cpu_s: cpuSeconds, rps: requests / wall,
    cpu_us_per_request: cpuSeconds * 1e6 / requests, node: process.version,
};
if (firstError)
    result.first_error = firstError;
console.log(JSON.stringify(result));
process.exit(errors === 0 ? 0 : 1);
