import type { Ctx } from '../../core/context.ts';

/**
 * Which content uses a media asset, answered by the modules that own that content (documents,
 * news). The media module cannot read their tables, so each registers a check; deleting an asset
 * in use is refused with the list of its users.
 */
export type MediaUsageCheck = (ctx: Ctx, mediaId: string) => Promise<string[]>;

const checks = new Map<string, MediaUsageCheck>();

/** Registers (or replaces, by name) a usage check; call it when the owning module's plugin registers. */
export function registerMediaUsage(name: string, check: MediaUsageCheck): void {
  checks.set(name, check);
}

/** Human-readable descriptions of what uses the asset ("Văn bản 12/QĐ-LMHTX"), empty when unused. */
export async function findMediaUsage(ctx: Ctx, mediaId: string): Promise<string[]> {
  const found: string[] = [];
  for (const check of checks.values()) found.push(...(await check(ctx, mediaId)));
  return found;
}
