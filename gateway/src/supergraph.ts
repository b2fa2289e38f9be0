import fs from 'node:fs';
import path from 'node:path';
import { config } from '@pecg/common';

/** The committed supergraph, next to the gateway package (`<repo>/schema/supergraph.graphql`). */
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql');

/**
 * The composed supergraph the gateway serves — the only thing it knows about the subgraphs. Read from
 * SUPERGRAPH (a file path or an http(s) URL) or the committed file; never composed here.
 */
export async function loadSupergraph(source: string = config.supergraph ?? DEFAULT_SUPERGRAPH_PATH): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`supergraph could not be fetched from ${source}: HTTP ${response.status}`);
    return response.text();
  }
  if (!fs.existsSync(source)) throw new Error(`supergraph file not found: ${source} (set SUPERGRAPH to a path or URL)`);
  return fs.readFileSync(source, 'utf8');
}
