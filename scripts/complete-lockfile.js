#!/usr/bin/env node
/**
 * The npm registry mirror our machines use answers 404 for platform-specific optional packages of
 * other platforms (e.g. @swc/core-darwin-arm64), so `npm install` leaves them out of
 * package-lock.json and `npm ci` then refuses the lock ("Missing: … from lock file").
 * This adds the lock entries npm would have written — version, optional, os, cpu (from the
 * package name) — so `npm ci` skips them as foreign-platform packages. Run after `npm install`:
 *   node scripts/complete-lockfile.js
 */
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = [
  [/darwin|macos/, 'darwin'],
  [/win32|windows/, 'win32'],
  [/android/, 'android'],
  [/freebsd/, 'freebsd'],
  [/openbsd/, 'openbsd'],
  [/netbsd/, 'netbsd'],
  [/sunos|solaris/, 'sunos'],
  [/aix/, 'aix'],
  [/openharmony/, 'openharmony'],
  [/linux/, 'linux'],
];
const CPU = [
  [/arm64|aarch64/, 'arm64'],
  [/x64|x86_64|amd64|-64\b|windows-64|darwin-64|linux-64/, 'x64'],
  [/ia32|x86|-32\b/, 'ia32'],
  [/arm(?!64)|gnueabihf|eabi/, 'arm'],
  [/ppc64/, 'ppc64'],
  [/s390x/, 's390x'],
  [/riscv64/, 'riscv64'],
  [/loong64/, 'loong64'],
  [/mips64el/, 'mips64el'],
  [/wasm32|wasi/, 'wasm32'],
];

function resolveFrom(location, name) {
  // Node resolution inside the lock: nested node_modules first, then up to the root.
  let dir = location;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const idx = dir.lastIndexOf('/node_modules/');
    dir = idx === -1 ? '' : dir.slice(0, idx);
  }
}

let added = 0;
for (const [location, entry] of Object.entries({ ...packages })) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies || {})) {
    if (resolveFrom(location, name)) continue;
    const os = OS.find(([re]) => re.test(name));
    const cpu = CPU.find(([re]) => re.test(name));
    if (!os && !cpu) {
      process.stderr.write(`cannot tell the platform of ${name}; left out\n`);
      continue;
    }
    const version = String(spec).replace(/^[\^~=]/, '');
    const stub = { version, dev: entry.dev || undefined, optional: true };
    if (cpu) stub.cpu = [cpu[1]];
    if (os) stub.os = [os[1]];
    if (cpu && cpu[1] === 'wasm32') delete stub.os;
    const target = location === '' ? `node_modules/${name}` : `node_modules/${name}`;
    if (!packages[target]) {
      packages[target] = JSON.parse(JSON.stringify(stub));
      added += 1;
    }
  }
}
// Keep npm's ordering (sorted keys after the root entry).
const [rootKey, ...rest] = Object.keys(packages);
lock.packages = Object.fromEntries([[rootKey, packages[rootKey]], ...rest.sort().map((k) => [k, packages[k]])]);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`package-lock.json: added ${added} foreign-platform optional entries\n`);
