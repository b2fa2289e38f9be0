import { parseArgs } from 'node:util';
import { baselineSupergraph, checkSchemas, formatReport } from '@pecg/graph-tools';

/**
 * `npm run schema:check [-- --against <git ref>] [--allow-breaking] [--verbose]`: composes the subgraph schemas and
 * compares the result with the committed supergraph (at HEAD by default). Fails on composition
 * errors, on subgraphs without an owner (@contact), and on breaking changes for clients.
 */
const { values } = parseArgs({
  options: {
    against: { type: 'string', default: 'HEAD' },
    'allow-breaking': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
checkSchemas(baselineSupergraph(values.against))
  .then((report) => {
    const { ok, text } = formatReport(report, values['allow-breaking'], values.verbose);
    process.stdout.write(`${text}\n`);
    process.exit(ok ? 0 : 1);
  })
  .catch((error) => {
    process.stderr.write(`schema check could not run: ${(error as Error).stack ?? error}\n`);
    process.exit(2);
  });
