import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded MongoDB-compatible database, used when MONGODB_URI is not set: mongo-java-server
 * 1.47.0 with its H2 MVStore file backend (H2 2.3.232), both pinned in tools/embedded-mongo/pom.xml,
 * extended by the Java sources in tools/embedded-mongo/src/main/java (secondary indexes, index
 * choice, indexed aggregations, a durable commit per write command, the `pecgCounters` command).
 *
 * Installing: Maven resolves the jars from Maven Central into .tools/embedded-mongo/lib and javac
 * compiles the sources into .tools/embedded-mongo/classes. A stamp of the sources and the pom skips
 * both when nothing changed, so a later setup takes milliseconds (the first one: seconds once Maven's
 * local repository has the jars).
 */
/** Root of the repository (this package is tools/embedded-mongo). */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
export const JAVA_DIR = path.join(TOOLS_DIR, 'embedded-mongo');
const JAVA_PROJECT_DIR = path.resolve(__dirname, '..');
const JAVA_SOURCE_DIR = path.join(JAVA_PROJECT_DIR, 'src', 'main', 'java');
/** The launcher's main class (see EmbeddedMongo.java for its command line). */
export const JAVA_MAIN_CLASS = 'pecg.embedded.EmbeddedMongo';

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `${result.stderr}${result.stdout}`.trim().slice(-2000);
    throw new Error(`${what} failed (${command} ${args.join(' ')}): ${reason}`);
  }
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function javaSources(dir = JAVA_SOURCE_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? javaSources(path.join(dir, entry.name)) : entry.name.endsWith('.java') ? [path.join(dir, entry.name)] : []))
    .sort();
}

function sourceStamp(sources: string[]): string {
  const hash = createHash('sha256');
  for (const file of [path.join(JAVA_PROJECT_DIR, 'pom.xml'), ...sources]) {
    hash.update(path.relative(JAVA_PROJECT_DIR, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Installs the embedded database if it is not there yet or its sources changed. Idempotent; returns
 * what it did. Needs a JDK 17+ and Maven (scripts/install-system-deps.sh installs them from Debian
 * packages where missing) and Maven Central the first time.
 */
export function ensureEmbeddedDatabaseInstalled(): string {
  const sources = javaSources();
  const stamp = sourceStamp(sources);
  const stampFile = path.join(JAVA_DIR, 'source.stamp');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp && fs.existsSync(path.join(JAVA_DIR, 'lib'))) {
    return `mongo-java-server found in ${JAVA_DIR}`;
  }
  if (!commandExists('javac') || !commandExists('mvn')) {
    run('bash', [path.join(REPO_ROOT, 'scripts', 'install-system-deps.sh'), 'java'], 'Installing a JDK and Maven for the embedded database');
  }
  // built next to the old copy and swapped in, so an engine already running from it is not disturbed
  const building = `${JAVA_DIR}.build-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.mkdirSync(building, { recursive: true });
  try {
    run(
      'mvn',
      ['-q', '-B', '-f', path.join(JAVA_PROJECT_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(building, 'lib')}`],
      'Resolving mongo-java-server from Maven Central',
    );
    run(
      'javac',
      ['--release', '17', '-nowarn', '-cp', path.join(building, 'lib', '*'), '-d', path.join(building, 'classes'), ...sources],
      'Compiling the embedded database',
    );
    fs.writeFileSync(path.join(building, 'source.stamp'), stamp);
    fs.rmSync(JAVA_DIR, { recursive: true, force: true });
    fs.renameSync(building, JAVA_DIR);
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return `mongo-java-server installed in ${JAVA_DIR}`;
}
