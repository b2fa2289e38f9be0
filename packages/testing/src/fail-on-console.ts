/** Tests fail when code under test writes to the console (logs go through pino, silenced in tests). */
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[method] = (...args: unknown[]) => {
    throw new Error(`Unexpected console.${method} in a test: ${args.map(String).join(' ').slice(0, 500)}`);
  };
}
