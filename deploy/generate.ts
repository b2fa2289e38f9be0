import fs from 'node:fs';
import path from 'node:path';
import { extraK8sFiles, generatedFiles, REPO_ROOT } from './src/generated-files';

/**
 * `npm run deploy:generate`: writes the Kubernetes manifests (deploy/k8s), the laptop compose file
 * (deploy/compose.yaml) and the generated part of deploy/MONGODB.md from the subgraph registry and the
 * mongoose models. Adding a subgraph to packages/registry and running this is all a deployment needs.
 */
async function main() {
  const files = await generatedFiles();
  let written = 0;
  for (const [file, content] of files) {
    const absolute = path.join(REPO_ROOT, file);
    if (fs.existsSync(absolute) && fs.readFileSync(absolute, 'utf8') === content) continue;
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, content);
    written += 1;
    process.stdout.write(`wrote ${file}\n`);
  }
  for (const file of extraK8sFiles(files)) {
    fs.rmSync(path.join(REPO_ROOT, file));
    process.stdout.write(`removed ${file} (not generated any more)\n`);
  }
  process.stdout.write(`deploy: ${files.size} generated files, ${written} changed\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
