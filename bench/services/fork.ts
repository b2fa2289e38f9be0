import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { MemoryReading, ServiceMessage, ServiceRequest } from './ipc';

export interface Service {
  name: string;
  url: string;
  child: ChildProcess;
  request<T>(type: ServiceRequest['type']): Promise<T>;
  memory(): Promise<MemoryReading>;
  /** Asks the process to stop cleanly (so a --cpu-prof profile is written) and waits for its exit. */
  stop(): Promise<void>;
}

/** Node flags of every forked TypeScript process: tsx's loader. */
export const TS_EXEC_ARGV = ['--import', 'tsx'];

/** Forks bench/services/<script>.ts with extra env, waits for { type: 'ready', url }. */
export function forkService(name: string, script: string, env: Record<string, string>, execArgv: string[] = []): Promise<Service> {
  const child = fork(path.join(__dirname, `${script}.ts`), [], {
    env: { ...process.env, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error', ...env },
    execArgv: [...TS_EXEC_ARGV, ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 120 s`)), 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
    child.on('message', (message: ServiceMessage) => {
      if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${name} failed to start: ${message.error}`));
      } else if (message.type === 'reply') {
        pending.get(message.id)?.(message.value);
        pending.delete(message.id);
      } else if (message.type === 'ready') {
        clearTimeout(timer);
        const service: Service = {
          name,
          url: message.url,
          child,
          request<T>(type: ServiceRequest['type']) {
            const id = nextId++;
            return new Promise<T>((done) => {
              pending.set(id, done as (value: unknown) => void);
              child.send({ id, type } satisfies ServiceRequest);
            });
          },
          memory() {
            return service.request<MemoryReading>('memory');
          },
          async stop() {
            if (child.exitCode !== null) return;
            const exited = new Promise<void>((done) => child.once('exit', () => done()));
            child.send({ id: nextId++, type: 'stop' } satisfies ServiceRequest);
            const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
            await exited;
            clearTimeout(kill);
          },
        };
        resolve(service);
      }
    });
  });
}
