// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Expands the users `hookflow-cli users generate` made into N users for the delivery bench:
// the generated ones cycled, each copy with its own user_id ("u00042", then "u00042-1", …),
// without their event histories (the bench campaign reads none, and 1M users with events would
// be a 2.4 GB file). Streams, so 1M users never sit in memory.
//   node bench/delivery/users.mjs IN.jsonl N OUT.jsonl
import { createWriteStream, readFileSync } from 'node:fs';

const [input, count, output] = process.argv.slice(2);
const base = readFileSync(input, 'utf8').split('\n').filter(line => line.trim()).map(line => {
    const user = JSON.parse(line);
    delete user.events;
    return user;
});
const n = Number(count);
const out = createWriteStream(output);
let chunk = '';
for (let i = 0; i < n; ++i) {
    const user = base[i % base.length];
    const copy = Math.floor(i / base.length);
    chunk += JSON.stringify(copy ? { ...user, user_id: `${user.user_id}-${copy}` } : user) + '\n';
    if (chunk.length > 1 << 20) {
        if (!out.write(chunk))
            await new Promise(resolve => out.once('drain', resolve));
        chunk = '';
    }
}
out.end(chunk);
await new Promise(resolve => out.on('finish', resolve));
