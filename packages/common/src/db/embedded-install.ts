import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';

/**
 * The embedded MongoDB-compatible database, used when MONGODB_URI is not set.
 *
 * Two engines speak the MongoDB wire protocol here:
 * - `ferretdb` (default): FerretDB v1.24 with its SQLite backend, built by `npm run setup` into
 *   .tools/bin from the module source the Go module proxy serves (v1.24.1 when served, else v1.24.0;
 *   see installFerretDb for why this is `go mod download` + `go build` and not `go install`).
 * - `mongo-java-server`: de.bwaldvogel:mongo-java-server with its H2 MVStore file backend, resolved
 *   from Maven Central and compiled into .tools/embedded-mongo. Used when EMBEDDED_DB asks for it, and
 *   as the fallback when FerretDB cannot be built on this machine (no Go, or the proxy refuses it).
 *
 * Application code stays inside what FerretDB v1.24 supports; see README.
 */
export type EmbeddedEngine = 'mongo-java-server' | 'ferretdb';

export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
export const JAVA_DIR = path.join(TOOLS_DIR, 'embedded-mongo');
const JAVA_SOURCE_DIR = path.join(REPO_ROOT, 'tools', 'embedded-mongo');
export const FERRETDB_BIN = path.join(TOOLS_DIR, 'bin', 'ferretdb');
const FERRETDB_SOURCE_DIR = path.join(TOOLS_DIR, 'ferretdb-src');
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
/** Preferred first; the proxy our machines use serves v1.24.0 but not always v1.24.1. */
export const FERRETDB_VERSIONS = ['v1.24.1', 'v1.24.0'] as const;
const FALLBACK_NOTE = path.join(TOOLS_DIR, 'ferretdb-unavailable.txt');

/** The engine EMBEDDED_DB names, or FerretDB unless an earlier setup found it cannot be built here. */
export function embeddedEngine(): EmbeddedEngine {
  const engine = process.env.EMBEDDED_DB;
  if (!engine) return fs.existsSync(FALLBACK_NOTE) && !fs.existsSync(FERRETDB_BIN) ? 'mongo-java-server' : 'ferretdb';
  if (engine !== 'mongo-java-server' && engine !== 'ferretdb') {
    throw new Error(`EMBEDDED_DB must be "mongo-java-server" or "ferretdb", got "${engine}"`);
  }
  return engine;
}

function run(command: string, args: string[], what: string, env: NodeJS.ProcessEnv = process.env, cwd?: string): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `${result.stderr}${result.stdout}`.trim().slice(-2000);
    throw new Error(`${what} failed (${command} ${args.join(' ')}): ${reason}`);
  }
}

function javaInstalled(): boolean {
  return fs.existsSync(path.join(JAVA_DIR, 'classes', 'EmbeddedMongo.class')) && fs.existsSync(path.join(JAVA_DIR, 'lib'));
}

/**
 * Builds FerretDB from its module source. `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v…`
 * cannot work through our proxy: it first asks for the version list (to check deprecation), which the
 * proxy refuses with 403. `go mod download module@version` fetches exactly one version, and building
 * the source needs build/version/version.txt, which the module zip leaves out (FerretDB panics at start
 * without it). Returns the version built.
 */
function installFerretDb(): string {
  const refusals: string[] = [];
  for (const version of FERRETDB_VERSIONS) {
    const download = spawnSync('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${version}`], {
      cwd: TOOLS_DIR,
      env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on' },
      encoding: 'utf8',
    });
    if (download.error) throw new Error(`Go is needed to build FerretDB: ${download.error.message}`);
    let info: { Dir?: string; Error?: string } = {};
    try {
      info = JSON.parse(download.stdout) as typeof info;
    } catch {
      info = { Error: `${download.stderr}${download.stdout}`.trim().slice(-500) };
    }
    if (!info.Dir || info.Error) {
      refusals.push(`${version}: ${info.Error ?? 'no source directory'}`);
      continue;
    }
    fs.rmSync(FERRETDB_SOURCE_DIR, { recursive: true, force: true });
    fs.cpSync(info.Dir, FERRETDB_SOURCE_DIR, { recursive: true });
    makeWritable(FERRETDB_SOURCE_DIR);
    fs.writeFileSync(path.join(FERRETDB_SOURCE_DIR, 'build', 'version', 'version.txt'), `${version}\n`);
    run('go', ['build', '-trimpath', '-o', FERRETDB_BIN, './cmd/ferretdb'], `Building FerretDB ${version}`, { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false' }, FERRETDB_SOURCE_DIR);
    fs.rmSync(FERRETDB_SOURCE_DIR, { recursive: true, force: true });
    fs.rmSync(FALLBACK_NOTE, { force: true });
    return version;
  }
  throw new Error(`the Go module proxy serves none of ${FERRETDB_VERSIONS.join(', ')}: ${refusals.join('; ')}`);
}

function makeWritable(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(full);
    else fs.chmodSync(full, 0o644);
  }
}

/**
 * Installs the embedded database engine if it is not there yet. Idempotent; returns what it did.
 * Without EMBEDDED_DB, a machine where FerretDB cannot be built falls back to mongo-java-server (and
 * remembers that, so later starts do not retry the build).
 */
export function ensureEmbeddedDatabaseInstalled(engine = embeddedEngine()): string {
  fs.mkdirSync(path.join(TOOLS_DIR, 'bin'), { recursive: true });
  if (engine === 'ferretdb') {
    if (fs.existsSync(FERRETDB_BIN)) return `FerretDB found at ${FERRETDB_BIN}`;
    try {
      return `FerretDB ${installFerretDb()} built into ${FERRETDB_BIN}`;
    } catch (error) {
      if (process.env.EMBEDDED_DB === 'ferretdb') throw error;
      const reason = (error as Error).message;
      fs.writeFileSync(FALLBACK_NOTE, `${new Date().toISOString()} FerretDB could not be built: ${reason}\n`);
      return `FerretDB could not be built (${reason.slice(0, 300)}); falling back to ${installMongoJavaServer()}`;
    }
  }
  return installMongoJavaServer();
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installMongoJavaServer(): string {
  if (!commandExists('javac') || !commandExists('mvn')) {
    run('bash', [path.join(REPO_ROOT, 'scripts', 'install-system-deps.sh'), 'java'], 'Installing a JDK and Maven for mongo-java-server');
  }
  const sourceStamp = fs.readFileSync(path.join(JAVA_SOURCE_DIR, 'EmbeddedMongo.java'), 'utf8') + fs.readFileSync(path.join(JAVA_SOURCE_DIR, 'pom.xml'), 'utf8');
  const stampFile = path.join(JAVA_DIR, 'source.stamp');
  if (javaInstalled() && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === sourceStamp) {
    return `mongo-java-server found in ${JAVA_DIR}`;
  }
  fs.rmSync(JAVA_DIR, { recursive: true, force: true });
  fs.mkdirSync(JAVA_DIR, { recursive: true });
  run(
    'mvn',
    ['-q', '-B', '-f', path.join(JAVA_SOURCE_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(JAVA_DIR, 'lib')}`],
    'Resolving mongo-java-server from Maven Central',
  );
  run(
    'javac',
    ['-cp', path.join(JAVA_DIR, 'lib', '*'), '-d', path.join(JAVA_DIR, 'classes'), path.join(JAVA_SOURCE_DIR, 'EmbeddedMongo.java')],
    'Compiling the embedded database launcher',
  );
  fs.writeFileSync(stampFile, sourceStamp);
  return `mongo-java-server installed in ${JAVA_DIR}`;
}
