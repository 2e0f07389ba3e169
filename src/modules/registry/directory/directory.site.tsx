import type { FastifyPluginAsync } from 'fastify';

const directorySite: FastifyPluginAsync = async () => {};

export default directorySite;
