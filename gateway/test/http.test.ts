import http from 'node:http';
import { authHeaders } from '@pecg/testing';
import { startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * The HTTP edge of the gateway: a JSON POST to /graphql is served by node:http straight into Apollo,
 * everything else by express — both with the same gates (token before body, size cap, JSON errors).
 */

/** A raw request (node:http), so the body can be sent chunked, without a Content-Length. */
function rawPost(url: string, headers: Record<string, string>, chunks: string[]): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('the gateway over HTTP', () => {
  let graph: ProbeGraph;
  beforeAll(async () => {
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
  });

  it("serves a JSON POST with a charset; the request id is always the gateway's own, the client's usable one is returned beside it", async () => {
    const headers = { 'content-type': 'application/json; charset=utf-8', ...(await authHeaders('ADMIN')) };
    const given = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { ...headers, 'x-request-id': 'http-test-1' },
      body: JSON.stringify({ query: '{ alpha }' }),
    });
    expect(given.status).toBe(200);
    expect(given.headers.get('content-type')).toMatch(/^application\/json/);
    expect(given.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers.get('x-client-request-id')).toBe('http-test-1');
    expect(await given.json()).toEqual({ data: { alpha: 'alpha answers' } });
    const unusable = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { ...headers, 'x-request-id': 'not a token!' },
      body: JSON.stringify({ query: '{ alpha }' }),
    });
    expect(unusable.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(unusable.headers.get('x-client-request-id')).toBeNull();
  });

  it('reads a chunked body (no Content-Length) and refuses one above the cap with 413, without calling a subgraph', async () => {
    const headers = { 'content-type': 'application/json', ...(await authHeaders('ADMIN')) };
    const ok = await rawPost(graph.gateway.url, headers, ['{"query":', ' "{ alpha }"}']);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ data: { alpha: 'alpha answers' } });
    const limit = 1024 * 1024;
    const before = await graph.subgraphCalls();
    const big = await rawPost(graph.gateway.url, headers, ['{"query": "#', 'x'.repeat(limit / 2), 'x'.repeat(limit / 2), '\\n{ alpha }"}']);
    expect(big.status).toBe(413);
    expect(big.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(big.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'bodySize', allowed: limit });
    expect(await graph.subgraphCalls()).toBe(before);
  });

  it('checks the token before reading the body: a missing token is 401 even for a body above the cap', async () => {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `#${'x'.repeat(2 * 1024 * 1024)}\n{ alpha }` }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a JSON body that is not an object or an array (400) and answers an empty one as Apollo does', async () => {
    const headers = { 'content-type': 'application/json', ...(await authHeaders('ADMIN')) };
    const scalar = await fetch(graph.gateway.url, { method: 'POST', headers, body: '"{ alpha }"' });
    expect(scalar.status).toBe(400);
    expect(((await scalar.json()) as any).errors[0]).toMatchObject({
      message: expect.stringMatching(/^Malformed request body/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const empty = await fetch(graph.gateway.url, { method: 'POST', headers, body: '' });
    expect(empty.status).toBe(400);
  });

  it('still serves GET operations and other content types through express, with the same token gate', async () => {
    const query = encodeURIComponent('{ alpha }');
    const get = await fetch(`${graph.gateway.url}?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...(await authHeaders('ADMIN')) },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { alpha: 'alpha answers' } });
    const encoded = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity', ...(await authHeaders('ADMIN')) },
      body: JSON.stringify({ query: '{ alpha }' }),
    });
    expect(encoded.status).toBe(200);
    const anonymous = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/graphql' }, body: '{ alpha }' });
    expect(anonymous.status).toBe(401);
  });
});
