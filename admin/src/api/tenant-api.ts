import { api } from './client';
import type { Tenant } from './types';

export type TenantUpdate = Pick<Tenant, 'name' | 'hosts' | 'settings'>;

export const TENANT_KEY = ['tenant'] as const;

export function fetchTenant(signal?: AbortSignal) {
  return api<Tenant>('/tenant', { signal });
}

export function updateTenant(input: TenantUpdate) {
  return api<Tenant>('/tenant', { method: 'PUT', body: input });
}
