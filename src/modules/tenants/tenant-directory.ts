import type { TenantDto } from './tenants.dto.ts';

/**
 * In-memory host → tenant map for the public site (a handful of rows, read on every request).
 * Rebuilt from the database by the tenants service whenever a tenant changes.
 */
export class TenantDirectory {
  private all: TenantDto[] = [];
  private byHost = new Map<string, TenantDto>();

  replace(tenants: TenantDto[]): void {
    this.all = tenants;
    this.byHost = new Map();
    for (const t of tenants) for (const h of t.hosts) this.byHost.set(h, t);
  }

  /** While there is one tenant every host name serves it; with several, unknown hosts get none. */
  resolveHost(hostHeader: string | undefined): TenantDto | undefined {
    if (this.all.length === 1) return this.all[0];
    const host = (hostHeader ?? '').toLowerCase();
    return this.byHost.get(host) ?? this.byHost.get(host.replace(/:\d+$/, ''));
  }

  get(id: string): TenantDto | undefined {
    return this.all.find((t) => t.id === id);
  }

  list(): readonly TenantDto[] {
    return this.all;
  }
}
