import { useEffect, useState } from 'react';
import type { TypedDocumentString } from './__generated__/graphql';
import { useToken } from './session';

/** One error of a GraphQL answer, as the gateway formats it (code in extensions). */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLErrorItem[] = [],
  ) {
    super(message);
  }
}

/** POST /graphql on this gateway with the signed-in token; partial data comes back with its errors. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, token: string): Promise<{ data: R | null; errors: GraphQLErrorItem[] }> {
  const query = document.toString();
  // An operation edited without `npm run codegen` is not in the generated map (and fails the type check).
  if (!/^\s*(query|mutation)\b/.test(query)) throw new GraphQLRequestError('这个查询没有生成类型化文档 — run `npm run codegen`', 0);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: R | null; errors?: GraphQLErrorItem[] };
  if (!body.data) {
    const first = body.errors?.[0];
    throw new GraphQLRequestError(first?.message ?? `HTTP ${response.status}`, response.status, body.errors ?? []);
  }
  return { data: body.data, errors: body.errors ?? [] };
}

export interface QueryState<R> {
  data: R | null;
  /** Errors on parts of the answer (the rest is shown). */
  partial: GraphQLErrorItem[];
  error: GraphQLRequestError | null;
  loading: boolean;
}

/** Runs the operation whenever its variables or the token change (the latest answer wins). */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const token = useToken();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<R>>({ data: null, partial: [], error: null, loading: !skip });
  useEffect(() => {
    if (skip || !token) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    request(document, JSON.parse(key) as V, token).then(
      ({ data, errors }) => current && setState({ data, partial: errors, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          data: null,
          partial: [],
          error: error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error), 0),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key, token, skip]);
  return state;
}
