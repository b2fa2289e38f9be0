import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@pecg/common';

/**
 * Builds the dashboard (dashboard/ → dashboard/dist, git-ignored) with Vite when its sources changed:
 * `npm run setup` (so `npm start` and `npm test`) calls ensureDashboardBuilt(); seconds when it builds,
 * nothing when dist/ matches the sources (a hash of them is kept in dist/.source-hash).
 * `tsx scripts/build-dashboard.ts [--force]` builds from the command line.
 */
export const DASHBOARD_DIR = path.join(REPO_ROOT, 'dashboard');
export const DASHBOARD_DIST = path.join(DASHBOARD_DIR, 'dist');
const STAMP = path.join(DASHBOARD_DIST, '.source-hash');
const INPUTS = ['index.html', 'vite.config.mts', 'package.json', 'tsconfig.json', 'src'];

function files(entry: string): string[] {
  const full = path.join(DASHBOARD_DIR, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/** A hash of everything the bundle is made from (the dashboard's sources and the installed versions of its dependencies). */
export function dashboardSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files))
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(DASHBOARD_DIR, file)))
      .update('\0');
  for (const dependency of ['react', 'react-dom', 'echarts', 'vite']) {
    const manifest = path.join(REPO_ROOT, 'node_modules', dependency, 'package.json');
    if (fs.existsSync(manifest)) hash.update(`${dependency}@${JSON.parse(fs.readFileSync(manifest, 'utf8')).version}`);
  }
  return hash.digest('hex');
}

export function dashboardIsStale(): boolean {
  return !fs.existsSync(path.join(DASHBOARD_DIST, 'index.html')) || !fs.existsSync(STAMP) || fs.readFileSync(STAMP, 'utf8') !== dashboardSourceHash();
}

/** Builds dashboard/dist when stale (or always with force); returns what it did. */
export function ensureDashboardBuilt(options: { force?: boolean } = {}): string {
  if (!options.force && !dashboardIsStale()) return 'dashboard/dist is up to date';
  const started = Date.now();
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', path.join(DASHBOARD_DIR, 'vite.config.mts')], {
    cwd: DASHBOARD_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  fs.writeFileSync(STAMP, dashboardSourceHash());
  return `dashboard built into dashboard/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

if (require.main === module) {
  try {
    process.stdout.write(`${ensureDashboardBuilt({ force: process.argv.includes('--force') })}\n`);
  } catch (error) {
    const failed = error as Error & { stderr?: Buffer; stdout?: Buffer };
    process.stderr.write(`dashboard build failed: ${failed.message}\n${failed.stdout?.toString() ?? ''}${failed.stderr?.toString() ?? ''}\n`);
    process.exit(1);
  }
}
