/** Jest global teardown: stops the embedded database started by global-setup (if any). */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __PECG_TEST_DB__?: { stop(): Promise<void> } };
  if (holder.__PECG_TEST_DB__) {
    await holder.__PECG_TEST_DB__.stop();
    delete holder.__PECG_TEST_DB__;
    delete process.env.MONGODB_URI;
  }
}
