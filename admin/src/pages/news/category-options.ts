import type { CategoryDto } from '../../api/news-api';

export interface CategoryNode extends CategoryDto {
  children?: CategoryNode[];
  depth: number;
}

/** The flat list as a tree, siblings in their `position` order. */
export function categoryTree(items: readonly CategoryDto[]): CategoryNode[] {
  const byParent = new Map<string | null, CategoryDto[]>();
  const ids = new Set(items.map((c) => c.id));
  for (const c of items) {
    // An orphan (its parent was not returned) shows at the top rather than disappearing.
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  const build = (parent: string | null, depth: number, seen: Set<string>): CategoryNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'vi'))
      .filter((c) => !seen.has(c.id))
      .map((c) => {
        const next = new Set(seen).add(c.id);
        const children = build(c.id, depth + 1, next);
        return { ...c, depth, ...(children.length > 0 ? { children } : {}) };
      });
  return build(null, 0, new Set());
}

export interface CategoryTreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: CategoryTreeOption[];
}

/** Options for a TreeSelect; `exclude` and its subtree are disabled (a category cannot be its own parent). */
export function categoryTreeOptions(items: readonly CategoryDto[], exclude?: string): CategoryTreeOption[] {
  const convert = (nodes: CategoryNode[], disabled: boolean): CategoryTreeOption[] =>
    nodes.map((node) => {
      const off = disabled || node.id === exclude;
      return {
        value: node.id,
        title: node.name,
        ...(off ? { disabled: true } : {}),
        ...(node.children ? { children: convert(node.children, off) } : {}),
      };
    });
  return convert(categoryTree(items), false);
}
