import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '@pecg/graph-tools';

/** `npm run compose`: composes the four subgraphs into schema/supergraph.graphql. */
const outcome = composeSupergraph();
for (const hint of outcome.hints) process.stderr.write(`hint: ${hint}\n`);
if (!outcome.supergraphSdl) {
  for (const error of outcome.errors) process.stderr.write(`error: ${error}\n`);
  process.exit(1);
}
const previous = fs.existsSync(SUPERGRAPH_PATH) ? fs.readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
fs.writeFileSync(SUPERGRAPH_PATH, outcome.supergraphSdl);
process.stdout.write(previous === outcome.supergraphSdl ? 'schema/supergraph.graphql is up to date\n' : 'schema/supergraph.graphql written\n');
