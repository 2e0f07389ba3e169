import type { Role } from '../lib/roles';

export interface Me {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface TenantBrief {
  id: string;
  code: string;
  name: string;
}

export interface Session {
  user: Me;
  tenant: TenantBrief;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface User {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface TenantContact {
  name: string;
  title: string;
  phone: string;
  email: string;
}

export interface TenantSettings {
  siteTitle: string;
  logoUrl: string | null;
  address: string;
  phone: string;
  email: string;
  contacts: TenantContact[];
}

export interface Tenant {
  id: string;
  code: string;
  name: string;
  provinceCode: string;
  hosts: string[];
  settings: TenantSettings;
}
