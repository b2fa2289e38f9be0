import { concatAST, parse, type DocumentNode } from 'graphql';
import type { Connection } from 'mongoose';
import { requireRole } from '../authz';
import type { BaseContext } from '../context';
import { ValidationError } from '../errors';
import { connectionResolvers, paginate } from '../pagination';
import { piiAuditModel, type ChainedPiiAuditRecord } from '../pii-audit';
import { asSystem } from '../read-policy';

/**
 * Fields every subgraph serves without writing them: today its PII audit log, for ADMIN, as
 * `<subgraph>PiiAudit` (e.g. `enterprisesPiiAudit`, `communitySafetyPiiAudit`). The types are in the
 * shared SDL (`PiiAuditRecord…`); the root field is named after the subgraph because each subgraph keeps
 * its own log in its own database. Added to a subgraph's type definitions by `subgraphTypeDefs`, which
 * the subgraph server and composition both use, so a new subgraph gets them without a line of code.
 */
export function piiAuditFieldName(subgraph: string): string {
  return `${subgraph.replace(/[-_]+([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}PiiAudit`;
}

function platformTypeDefs(subgraph: string): DocumentNode {
  return parse(`extend type Query {
  "The ${subgraph} subgraph's log of personal information read in the clear, newest first (ADMIN only; append-only and hash-chained)."
  ${piiAuditFieldName(subgraph)}(
    "Which records; all given conditions must hold."
    filter: PiiAuditFilter
    "Order (default: newest first)."
    sort: PiiAuditSort
    "Page size (default 20, at most 100)."
    first: Int = 20
    "Cursor of the record to continue after."
    after: String
  ): PiiAuditRecordConnection!
}`);
}

/**
 * A subgraph's type definitions as served and composed: its own SDL, the shared SDL and the platform
 * fields (only when its SDL includes the shared SDL, which declares their types — a test subgraph with
 * a schema of its own gets none).
 */
export function subgraphTypeDefs(definition: { name: string; typeDefs: DocumentNode }): DocumentNode {
  const hasSharedTypes = definition.typeDefs.definitions.some((d) => 'name' in d && d.name?.value === 'PiiAuditRecordConnection');
  return hasSharedTypes ? concatAST([definition.typeDefs, platformTypeDefs(definition.name)]) : definition.typeDefs;
}

interface PiiAuditArgs {
  filter?: {
    subject?: string | null;
    role?: string | null;
    field?: string | null;
    enterpriseId?: string | null;
    entity?: string | null;
    /** DateTime scalars arrive parsed (graphql-scalars). */
    readFrom?: Date | null;
    readBefore?: Date | null;
    from?: Date | null;
    before?: Date | null;
  } | null;
  sort?: { field: 'AT'; direction?: 'ASC' | 'DESC' | null } | null;
  first?: number | null;
  after?: string | null;
}

/** Resolvers of the platform fields of one subgraph (its audit log lives in `connection`). */
export function platformResolvers(subgraph: string, connection: Connection) {
  const model = piiAuditModel(connection);
  return {
    Query: {
      [piiAuditFieldName(subgraph)]: async (_parent: unknown, args: PiiAuditArgs, ctx: BaseContext) => {
        requireRole(ctx.caller, ['ADMIN'], 'read the PII audit log');
        const f = args.filter ?? {};
        const at: Record<string, Date> = {};
        // the deprecated from / before still work; with the new names both must hold (the later start, the earlier end)
        const starts = [f.readFrom, f.from].filter((d): d is Date => !!d);
        const ends = [f.readBefore, f.before].filter((d): d is Date => !!d);
        if (starts.length) at.$gte = new Date(Math.max(...starts.map((d) => d.getTime())));
        if (ends.length) at.$lt = new Date(Math.min(...ends.map((d) => d.getTime())));
        if (at.$gte && at.$lt && at.$gte >= at.$lt) {
          const field = f.readBefore ? 'filter.readBefore' : 'filter.before';
          throw new ValidationError(`${field}: must be after the range's start`, { field, value: f.readBefore ?? f.before });
        }
        const filter = {
          seq: { $exists: true },
          ...(f.subject ? { subject: f.subject } : {}),
          ...(f.role ? { role: f.role } : {}),
          ...(f.field ? { fields: f.field } : {}),
          ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
          ...(f.entity ? { entity: f.entity } : {}),
          ...(Object.keys(at).length ? { at } : {}),
        };
        return asSystem(() =>
          paginate<ChainedPiiAuditRecord, 'AT'>(
            model,
            filter,
            { first: args.first, after: args.after, sort: args.sort ?? { field: 'AT', direction: 'DESC' } },
            {
              sortFields: { AT: 'at' },
              defaultSort: { field: 'AT', direction: 'DESC' },
            },
          ),
        );
      },
    },
    PiiAuditRecordConnection: connectionResolvers,
  };
}
