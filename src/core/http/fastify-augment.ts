import type { TenantDto } from '../../modules/tenants/tenants.dto.ts';
import type { StaffSession } from '../auth/session.ts';
import type { AppDeps } from './deps.ts';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    /** Staff session from the cookie, when valid. */
    session: StaffSession | null;
    /** Tenant of the public site, resolved from the host name. */
    tenant: TenantDto | null;
  }
}
