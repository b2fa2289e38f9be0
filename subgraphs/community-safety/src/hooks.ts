import type { HookRoute } from '@pecg/common';
import type { CommunitySafetyContext } from './context';
import { ingestSensingEvents } from './services/ingestion';

/**
 * The platform's push (POST /hooks/community-safety/platform/sensing-events at the gateway, with the
 * platform's service identity): the same code as the `ingestSensingEvents` mutation, for a system that
 * posts JSON rather than GraphQL. The body is `{ "events": [...] }` (or the array itself); an event
 * whose kind the graph does not know is refused on its own, with its reason, like any other bad event.
 */
export const HOOKS: HookRoute<CommunitySafetyContext>[] = [
  {
    path: '/platform/sensing-events',
    async handle({ body, context }) {
      const events = Array.isArray(body) ? body : (body as { events?: unknown } | null)?.events;
      return { json: await ingestSensingEvents(context, events) };
    },
  },
];
