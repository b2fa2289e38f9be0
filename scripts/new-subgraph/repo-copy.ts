import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A throw-away copy of the repository for trying a command that edits it (the new-subgraph test):
 * the files git knows (tracked and untracked, not ignored), committed as the copy's HEAD, and a
 * node_modules whose entries link to the original's installed packages — except the workspace
 * links (@pecg/*), which point into the copy, so the copy's own registry and subgraphs are used.
 */
export function copyRepository(source: string, target: string, modulesFrom = source): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(source, file);
    if (!fs.existsSync(from) || !fs.lstatSync(from).isFile()) continue; // deleted in the working tree, or a link
    const to = path.join(target, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
  const modules = path.join(target, 'node_modules');
  fs.mkdirSync(path.join(modules, '@pecg'), { recursive: true });
  for (const entry of fs.readdirSync(path.join(modulesFrom, 'node_modules'))) {
    if (entry === '@pecg') continue;
    fs.symlinkSync(path.join(modulesFrom, 'node_modules', entry), path.join(modules, entry));
  }
  for (const entry of fs.readdirSync(path.join(modulesFrom, 'node_modules', '@pecg'))) {
    const real = fs.realpathSync(path.join(modulesFrom, 'node_modules', '@pecg', entry));
    const inCopy = path.join(target, path.relative(modulesFrom, real));
    fs.symlinkSync(path.relative(path.join(modules, '@pecg'), inCopy), path.join(modules, '@pecg', entry));
    // a workspace's own node_modules (versions that differ from the root's)
    const own = path.join(real, 'node_modules');
    if (fs.existsSync(own) && !fs.existsSync(path.join(inCopy, 'node_modules'))) fs.symlinkSync(own, path.join(inCopy, 'node_modules'));
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: target, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=copy', '-c', 'user.email=copy@localhost', 'commit', '-qm', 'copy');
}
