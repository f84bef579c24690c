// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The delivery bench's tables, from the JSON lines bench/delivery/run.sh collected:
//   node bench/delivery/report.mjs delivery DIR    the engine against its peers (ratios first)
//   node bench/delivery/report.mjs knobs DIR       the QNAM loop, knob by knob
//   node bench/delivery/report.mjs fire RESULT TIME RC STDERR
//                                  one JSON line from `fire --json` and `/usr/bin/time -v`
// Exits 1 when a measurement is missing or a run lost requests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [what, dir] = process.argv.slice(2);
const meta = ['delivery', 'knobs'].includes(what)
    ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
let status = 0;

const runsOf = name => {
    const file = join(dir, `${name}.jsonl`);
    if (!existsSync(file))
        return [];
    return readFileSync(file, 'utf8').split('\n').filter(line => line.startsWith('{'))
        .map(line => JSON.parse(line));
};
const median = values => {
    const sorted = values.filter(v => Number.isFinite(v)).sort((a, b) => a - b);
    if (!sorted.length)
        return NaN;
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const grouped = n => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const rate = n => (Number.isFinite(n) ? `${grouped(n)}/s` : '—');
const times = r => (Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×` : '—');
const percent = r => (Number.isFinite(r) ? `${(r * 100).toFixed(r < 0.1 ? 1 : 0)} %` : '—');
const mib = kib => (Number.isFinite(kib) ? `${grouped(kib / 1024)} MiB` : '—');
const micros = s => (Number.isFinite(s) ? `${s.toFixed(0)} µs` : '—');
const mark = ok => (ok ? ' ✅' : ' ❌');

// A client's figures: median req/s of the runs that lost nothing, CPU per request, failures.
function client(name) {
    const runs = runsOf(name);
    const clean = runs.filter(r => !r.errors && !r.failed && !r.exit);
    const failed = runs.filter(r => r.errors || r.failed || r.exit);
    const rps = median(clean.map(r => r.rps ?? r.delivered / r.wall_s));
    const cpu = median(clean.map(r => r.cpu_us_per_request
                                   ?? (r.cpu_s * 1e6) / (r.delivered || r.requests)));
    return { runs, clean: clean.length, failed, rps, cpu,
             rss: median(runs.map(r => r.max_rss_kib)), wall: median(runs.map(r => r.wall_s)) };
}
const why = c => {
    if (!c.failed.length)
        return c.runs.length ? '' : 'not measured';
    const r = c.failed[0];
    const detail = r.first_error || r.error || r.stderr || `exit ${r.exit}`;
    return `${c.failed.length} of ${c.runs.length} runs lost requests (${r.failed ?? r.errors} failed: ${detail})`;
};

function delivery() {
    const wrk64 = client('wrk-64'), wrk6 = client('wrk-6');
    const qnam1 = client('qnam-h1'), qnam2 = client('qnam-h2'), fetch = client('fetch');
    const qnam1n = client('qnam-h1-lanes');
    const eng1 = client('engine-h1'), eng2 = client('engine-h2');
    const drySmall = client('dry-small'), dryLarge = client('dry-large');
    const n = grouped(meta.users);
    const cores = meta.cores, lanes = meta.lanes;
    const rows = [];
    const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);
    const ratioCell = (r, target, text = times(r)) =>
        (Number.isFinite(r) ? `**${text}**${target === undefined ? '' : mark(target(r))}` : '—');

    rows.push(`| Measure (${n} deliveries, one ${meta.body_bytes}-byte JSON POST each, nginx \`return 200\` on 127.0.0.1, ${meta.inflight} in flight) | Ratio | Hookflow \`fire\` | Bare QNAM loop | Bare QNAM loop, ${lanes} QNAMs (the engine's HTTP/1.1 layout) | Node fetch | wrk | Target |`);
    rows.push('|---|---|---|---|---|---|---|---|');
    row(`Engine ÷ bare QNAM loop, HTTP/1.1 (one QNAM: at most 6 connections per host)`,
        ratioCell(eng1.rps / qnam1.rps, r => r >= 0.9), rate(eng1.rps), rate(qnam1.rps), '', '', '', '≥ 0.9×');
    row('Engine ÷ Node fetch, HTTP/1.1 (fetch: up to 64 connections)',
        ratioCell(eng1.rps / fetch.rps, r => r > 1), rate(eng1.rps), '', '', rate(fetch.rps), '', '> 1× (beat it)');
    row('Engine ÷ wrk (the limit), HTTP/1.1, 64 connections',
        ratioCell(eng1.rps / wrk64.rps, undefined, percent(eng1.rps / wrk64.rps)), rate(eng1.rps), '', '', '', rate(wrk64.rps), 'report');
    row('Engine ÷ bare QNAM loop, HTTP/2 with prior knowledge (h2c: one connection, multiplexed)',
        ratioCell(eng2.rps / qnam2.rps, r => r >= 0.9), rate(eng2.rps), rate(qnam2.rps), '', '', '', '≥ 0.9×');
    row('Engine h2c ÷ wrk HTTP/1.1 (wrk has no HTTP/2)',
        ratioCell(eng2.rps / wrk64.rps, undefined, percent(eng2.rps / wrk64.rps)), rate(eng2.rps), '', '', '', rate(wrk64.rps), '');
    row(`Engine ÷ bare QNAM loop with the engine's HTTP/1.1 layout (${lanes} QNAMs on one thread, one per 6 in flight, as the engine's sender thread has them; over h2c the engine uses one QNAM, as the bare loop does)`,
        ratioCell(eng1.rps / qnam1n.rps), rate(eng1.rps), '', rate(qnam1n.rps), '', '', '');
    row('Bare QNAM loop ÷ wrk, HTTP/1.1 (how far Qt itself is from the limit)',
        ratioCell(qnam1.rps / wrk64.rps, undefined, percent(qnam1.rps / wrk64.rps)), '', rate(qnam1.rps), rate(qnam1n.rps), '', rate(wrk64.rps), '');
    row('Bare QNAM loop, h2c ÷ HTTP/1.1', ratioCell(qnam2.rps / qnam1.rps), '', rate(qnam2.rps), '', '', '', '');
    row('wrk with 6 connections (as many as one QNAM opens)', '', '', '', '', '', rate(wrk6.rps), '');
    row('CPU per request, client process (user + system), HTTP/1.1', '',
        micros(eng1.cpu), micros(qnam1.cpu), micros(qnam1n.cpu), micros(fetch.cpu), '', '');
    row('CPU per request, h2c', '', micros(eng2.cpu), micros(qnam2.cpu), '', '', '', '');
    row(`Peak RSS, ${n} deliveries live, HTTP/1.1 (\`/usr/bin/time -v\`)`, '', mib(eng1.rss), '', '', '', '', '');
    row(`Peak RSS, ${n} deliveries, dry run`, '', mib(drySmall.rss), '', '', '', '', '');
    row(`Peak RSS, ${grouped(meta.dry_users)} deliveries, dry run; ratio to ${n}`,
        ratioCell(dryLarge.rss / drySmall.rss, r => r <= 1.5), mib(dryLarge.rss), '', '', '', '', 'flat (≤ 1.5×)');
    row(`Wall time: ${n} live (HTTP/1.1), ${n} dry, ${grouped(meta.dry_users)} dry`, '',
        `${eng1.wall?.toFixed(1)} s, ${drySmall.wall?.toFixed(1)} s, ${dryLarge.wall?.toFixed(1)} s`, '', '', '', '', '');

    const problems = [
        ['Engine HTTP/1.1', eng1], ['Engine h2c', eng2], ['QNAM HTTP/1.1', qnam1], ['QNAM h2c', qnam2],
        [`QNAM HTTP/1.1, ${lanes} QNAMs`, qnam1n],
        ['Node fetch', fetch], ['wrk 64', wrk64], ['wrk 6', wrk6],
        [`Dry run ${n}`, drySmall], [`Dry run ${grouped(meta.dry_users)}`, dryLarge],
    ].map(([label, c]) => [label, why(c)]).filter(([, text]) => text);
    const dryLost = [drySmall, dryLarge].some(c => c.runs.some(r => r.matched !== r.skipped + r.sent));
    console.log(rows.join('\n'));
    console.log();
    console.log(`Rates are medians: wrk ${meta.runs} × ${meta.seconds} s; the QNAM loop and Node fetch ${meta.runs} × ${grouped(meta.requests)} requests after 1,000 untimed, interleaved run by run; the engine ${meta.engine_runs} × ${n} users, timed as the whole \`hookflow-cli fire\` process (read users, match, render, deliver, record in SQLite). Client and nginx (${meta.nginx_workers} worker) share the machine's ${cores} cores. `
        + `One QNAM opens at most 6 HTTP/1.1 connections per host and queues the rest; h2c multiplexes every request on one connection (nginx's port speaks only HTTP/2, so a request delivered there was h2). Node's fetch (undici) has no h2c, so it has only an HTTP/1.1 row. `
        + `Users: 10,000 from \`hookflow-cli users generate\` (seed fixed), cycled with fresh ids, without event histories. `
        + `Engine arguments: ${meta.concurrency_arg ? `\`${meta.concurrency_arg}\`` : 'none'} besides the campaign's \`"delivery": {"host_concurrency": 64}\`. nginx ${meta.nginx}, Node ${meta.node}, wrk ${meta.wrk}.`);
    if (problems.length) {
        status = 1;
        console.log();
        for (const [label, text] of problems)
            console.log(`- ❌ ${label}: ${text}`);
    }
    if (dryLost) {
        status = 1;
        console.log('- ❌ a dry run did not account for every matched user');
    }
    console.log();
    console.log(`Machine: ${meta.machine}`);
}

const knobText = {
    'h1-64': 'HTTP/1.1, 64 in flight (the baseline: QNAM opens 6 connections, queues the rest)',
    'h1-6': 'HTTP/1.1, 6 in flight (one per connection)',
    'h1-fresh': 'HTTP/1.1, 64 in flight, a new QUrl and QNetworkRequest per request',
    'h1-nocookies': 'HTTP/1.1, 64 in flight, a cookie jar that never stores + Manual cookie load/save',
    'h1-noglib': 'HTTP/1.1, 64 in flight, `QT_NO_GLIB=1` (Qt\'s own event dispatcher instead of GLib\'s)',
    'h1-pipelining': 'HTTP/1.1, 64 in flight, `HttpPipeliningAllowedAttribute`',
    'h1-sync': `HTTP/1.1, \`SynchronousRequestAttribute\` (no HTTP thread hop): ${meta.cores} threads, one request each`,
    'h1-qnams4': 'HTTP/1.1, 64 in flight over 4 QNAMs on one thread (24 connections)',
    'h1-threads': `HTTP/1.1, 64 in flight over ${meta.cores} QNAMs, one per thread (one per core)`,
    'h1-qnams11': 'HTTP/1.1, 64 in flight over 11 QNAMs on one thread (the engine\'s layout: one per 6)',
    'h2-64': 'h2c (prior knowledge), 64 streams on one connection',
    'h2-256': 'h2c, 256 in flight (nginx allows 256 streams; Qt sends at most 100 at once)',
    'h2-6': 'h2c, 6 in flight',
    'h2-qnams11': 'h2c, 64 in flight over 11 QNAMs on one thread (11 connections)',
    'h2-threads': `h2c, 64 in flight over ${meta.cores} QNAMs, one per thread`,
    'tls-h1': 'HTTPS, HTTP/1.1, 64 in flight (TLS sockets are buffered: no read per byte)',
    'tls-h2': 'HTTPS, h2 by ALPN, 64 in flight',
    'tls-h1-threads': `HTTPS, HTTP/1.1, 64 in flight over ${meta.cores} QNAMs, one per thread`,
};

function knobs() {
    const wrk = client('wrk-64');
    const base = client('h1-64');
    const rows = [
        `| QNAM loop knob (${grouped(meta.requests)} POSTs of ${meta.body_bytes} bytes, median of ${meta.runs}) | Requests/s × baseline | Requests/s | % of wrk | CPU per request (user + system) | CPU × baseline |`,
        '|---|---|---|---|---|---|',
    ];
    for (const [name, text] of Object.entries(knobText)) {
        const c = client(name);
        const note = why(c);
        rows.push(`| ${text}${note ? ` (${note})` : ''} | ${times(c.rps / base.rps)} | ${rate(c.rps)} | ${percent(c.rps / wrk.rps)} | ${micros(c.cpu)} | ${times(c.cpu / base.cpu)} |`);
        if (c.failed.length)
            status = 1;
    }
    rows.push(`| wrk, 64 connections (the limit) | ${times(wrk.rps / base.rps)} | ${rate(wrk.rps)} | 100 % | | |`);
    console.log(rows.join('\n'));
    console.log();
    console.log(`Requests/s is wall-clock throughput with nginx ${meta.nginx} (${meta.nginx_workers} worker) on 127.0.0.1 sharing the cores with the client; CPU per request is the client process's user + system time over the requests, the steadier figure when the machine is shared. Runs are interleaved knob by knob.`);
    console.log();
    console.log(`Machine: ${meta.machine}`);
}

// `hookflow-cli fire --json`'s counts plus wall and CPU seconds and peak RSS from GNU time.
function fire(resultFile, timingFile, rc, errFile) {
    let result = {};
    try {
        result = JSON.parse(readFileSync(resultFile, 'utf8'));
    } catch {
        // A run that printed nothing is recorded by its exit code and stderr.
    }
    const timing = readFileSync(timingFile, 'utf8');
    const field = name => timing.split('\n').map(line => line.trim())
        .find(line => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? '';
    result.wall_s = field('Elapsed (wall clock) time (h:mm:ss or m:ss)').split(':')
        .reduce((seconds, part) => seconds * 60 + Number(part), 0);
    result.cpu_s = Number(field('User time (seconds)')) + Number(field('System time (seconds)'));
    result.max_rss_kib = Number(field('Maximum resident set size (kbytes)'));
    result.exit = Number(rc);
    const stderr = readFileSync(errFile, 'utf8').trim().split('\n').filter(Boolean);
    if (stderr.length)
        result.stderr = stderr.slice(-3).join(' | ');
    console.log(JSON.stringify(result));
}

if (what === 'fire')
    fire(...process.argv.slice(3));
else if (what === 'delivery')
    delivery();
else if (what === 'knobs')
    knobs();
else {
    console.error('usage: report.mjs delivery|knobs DIR | fire RESULT TIME RC STDERR');
    status = 64;
}
process.exit(status);
