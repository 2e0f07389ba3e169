import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import articleApi from './article.api.ts';
import articleWorkflowApi from './article-workflow.api.ts';
import categoryApi from './category.api.ts';

/** JSON routes of the news module, mounted under /api/v1. */
const newsApi: FastifyPluginAsyncZod = async (app) => {
  await app.register(categoryApi);
  await app.register(articleApi);
  await app.register(articleWorkflowApi);
};

export default newsApi;
