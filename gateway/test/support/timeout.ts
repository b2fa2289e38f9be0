// testTimeout in jest.config.base.js only applies when jest runs one project; in the root multi-project
// run the default 5 s would apply to hooks that start (and seed) the whole graph or a browser.
jest.setTimeout(30_000);
