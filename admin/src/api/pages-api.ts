import type { LinkDto, LinkInput, LinkList } from '../../../src/modules/pages/links.dto.ts';
import type { MenuDto, MenuEntry, MenuInput, MenuLink } from '../../../src/modules/pages/menu.dto.ts';
import type { PageDto, PageInput, PageList, PageSummary } from '../../../src/modules/pages/pages.dto.ts';
import { api } from './client';

export type { LinkDto, LinkInput, MenuDto, MenuEntry, MenuInput, MenuLink, PageDto, PageInput, PageSummary };

/** The server's PAGE_SLUG: lower-case ASCII words joined by single hyphens. */
export const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---- Static pages ----

export const sitePagesKey = (...parts: unknown[]) => ['site-pages', ...parts];

export function listSitePages(signal?: AbortSignal) {
  return api<PageList>('/pages', { signal });
}

export function getSitePage(id: string, signal?: AbortSignal) {
  return api<PageDto>(`/pages/${encodeURIComponent(id)}`, { signal });
}

export function createSitePage(input: PageInput) {
  return api<PageDto>('/pages', { method: 'POST', body: input });
}

export function updateSitePage(id: string, input: PageInput) {
  return api<PageDto>(`/pages/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function deleteSitePage(id: string) {
  return api<void>(`/pages/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

// ---- Main menu ----

export const menuKey = ['site-menu'] as const;

export function getMenu(signal?: AbortSignal) {
  return api<MenuDto>('/menu', { signal });
}

/** Replaces the whole menu; an empty list restores the built-in default. */
export function saveMenu(input: MenuInput) {
  return api<MenuDto>('/menu', { method: 'PUT', body: input });
}

// ---- Website links ----

export const linksKey = ['site-links'] as const;

export function listLinks(signal?: AbortSignal) {
  return api<LinkList>('/links', { signal });
}

export function createLink(input: LinkInput) {
  return api<LinkDto>('/links', { method: 'POST', body: input });
}

export function updateLink(id: string, input: LinkInput) {
  return api<LinkDto>(`/links/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function deleteLink(id: string) {
  return api<void>(`/links/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
