/** Pure helpers over a tenant's categories (a few dozen rows, loaded whole). */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

/** The category and every category below it. */
export function withDescendants<T extends TreeNode>(all: readonly T[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of all) {
    if (!c.parentId) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    // A cycle cannot be created through the service, but a bad import must not loop forever.
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Root first, the category itself last. */
export function ancestry<T extends TreeNode>(all: readonly T[], id: string): T[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const chain: T[] = [];
  let current = byId.get(id);
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

export const categoryUrl = (slug: string): string => `/chuyen-muc/${slug}`;
export const articleUrl = (slug: string): string => `/tin-tuc/${slug}`;
