import { EventEmitter } from 'node:events';
import { OperationSignal } from '../src/timeout';
import { startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * Abort listeners do not accumulate: every subgraph call adds one listener to its operation's signal
 * and removes it when the call completes, so after sequential and concurrent traffic no signal keeps
 * a listener and the process never warns (MaxListenersExceededWarning).
 */
describe('abort listeners per request', () => {
  let graph: ProbeGraph;
  beforeAll(async () => {
    graph = await startProbeGraph({}, ['alpha', 'beta']);
  });
  afterAll(async () => graph.stop());

  it('leave no listener behind across 20 sequential and 50 concurrent operations, and no warning', async () => {
    // the operation signals undici listens to (calls go through to EventEmitter's own once)
    const signals = new Set<OperationSignal>();
    let calls = 0;
    const once = jest.spyOn(OperationSignal.prototype, 'once').mockImplementation(function (this: OperationSignal, ...args) {
      signals.add(this);
      calls += 1;
      return EventEmitter.prototype.once.apply(this, args) as OperationSignal;
    });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    // two subgraphs and an entity fetch: several subgraph calls per operation
    const query = '{ alpha beta alphaPeople { id friends { id } } betaPerson(id: "p1") { id } }';
    try {
      for (let i = 0; i < 20; i++) expect((await graph.query(query)).errors).toBeUndefined();
      const answers = await Promise.all(Array.from({ length: 50 }, () => graph.query(query)));
      expect(answers.map((a) => a.errors?.[0]?.message).filter(Boolean)).toEqual([]);
      for (let i = 0; i < 12; i++) expect((await fetch(new URL('/ready', graph.gateway.opsUrl))).status).toBe(200);
    } finally {
      process.off('warning', onWarning);
      once.mockRestore();
    }
    expect(calls).toBeGreaterThan(signals.size); // several subgraph calls per operation
    expect(signals.size).toBe(70); // one signal per operation, never shared
    expect([...signals].map((s) => s.listenerCount('abort')).filter((n) => n > 0)).toEqual([]);
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });
});
