declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The article a public page shows, set while rendering (stats' countArticleView). The page
     * cache keeps it with the page, so a cache hit still counts a view of that article.
     */
    viewedArticleId: string | null;
  }
}

export {};
