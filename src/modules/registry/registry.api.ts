import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import figuresApi from './figures/figures.api.ts';
import importApi from './import/import.api.ts';
import orgsApi from './orgs/orgs.api.ts';
import registryStatsApi from './stats/registry-stats.api.ts';

/** JSON routes of the cooperative register, mounted under /api/v1. */
const registryApi: FastifyPluginAsyncZod = async (app) => {
  await app.register(orgsApi);
  await app.register(figuresApi);
  await app.register(importApi);
  await app.register(registryStatsApi);
};

export default registryApi;
