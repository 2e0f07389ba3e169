import { EventEmitter } from 'node:events';
import { afterCommit, type Ctx } from './context.ts';

/**
 * Cache tags, in the spirit of Drupal's: a rendered page records the tags of what it shows;
 * a change announces the tags it touches and every page carrying one of them is dropped.
 * Examples: 'article:<id>', 'articles' (any list of articles), 'category:<id>', 'documents',
 * 'pages', 'links', 'settings', 'feedback:<articleId>'.
 */
export type ContentTag = string;

export interface ContentChange {
  tenantId: string;
  tags: readonly ContentTag[];
}

/** In-process bus; a multi-node deployment relays it through PostgreSQL LISTEN/NOTIFY. */
class ContentEvents extends EventEmitter<{ changed: [ContentChange] }> {}

export const contentEvents = new ContentEvents();

/** Announces changed content once ctx's transaction has committed. */
export function contentChanged(ctx: Ctx, tags: readonly ContentTag[]): void {
  afterCommit(ctx, () => contentEvents.emit('changed', { tenantId: ctx.tenantId, tags }));
}
