# The __name__ subgraph

Owner: **__owner__**. Database: `__database__` (prefixed with `DB_PREFIX`), port __port__ (`__NAME_ENV___PORT`).

Created with `npm run new-subgraph -- __name__ --owner "…" --entity __Entity__`: one entity (`__Entity__`,
__label__) with a cursor list (`__entities__`), a lookup (`__entity__`), statistics (`__entity__Statistics`,
same filter as the list), three mutations through the shared versioned update (`create__Entity__`,
`update__Entity__`, `archive__Entity__`), the `Enterprise` entity extended with its latest __entities__,
per-request loaders, validation, a demo seed, and tests (operations, `_entities`, 401 without the
gateway's assertion, tenant scope, a federated query through the gateway).

- Run it alone: `npm run dev -- __name__`. Its tests: `npx jest --selectProjects @pecg/__name__`.
- Change the schema in `src/schema/<module>/<module>.graphql`, then `npm run codegen` (resolver map and
  types) and `npm run compose` (the supergraph); `npm run schema:check` tells you before you break a client.
- The rules every subgraph follows are in `docs/CONVENTIONS.md`.
