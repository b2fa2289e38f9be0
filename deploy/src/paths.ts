import path from 'node:path';

/** The deploy/ folder. */
export const DEPLOY_DIR = path.resolve(__dirname, '..');
/** The repository root. */
export const REPO_ROOT = path.resolve(DEPLOY_DIR, '..');
