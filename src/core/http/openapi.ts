import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Hợp Tác API',
        description:
          'API của nền tảng Hợp Tác (Liên minh Hợp tác xã). Ghi cần cookie phiên và tiêu đề x-csrf-token.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  // staticCSP: the UI page carries its own hashed CSP instead of our stricter site policy.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
