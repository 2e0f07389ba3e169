import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import { registerMediaUsage } from '../media/media-usage.ts';
import { DocumentDto, DocumentInput, DocumentPage, DocumentQuery } from './documents.dto.ts';
import {
  createDocument,
  deleteDocument,
  documentsUsingFile,
  getDocument,
  listDocuments,
  updateDocument,
} from './documents.service.ts';

const writers = requireStaff({ roles: ['quan_tri', 'bien_tap'] });
const staff = requireStaff();

/** JSON routes of the legal documents library, mounted under /api/v1. */
const documentsApi: FastifyPluginAsyncZod = async (app) => {
  // The media library refuses to delete a file attached to a document.
  registerMediaUsage('documents', documentsUsingFile);

  app.get(
    '/documents',
    {
      schema: {
        tags: ['documents'],
        querystring: DocumentQuery,
        response: { 200: DocumentPage, ...ErrorResponses },
      },
      preHandler: staff,
    },
    async (req) => listDocuments(staffCtx(req), req.query),
  );

  app.get(
    '/documents/:id',
    {
      schema: { tags: ['documents'], params: IdParams, response: { 200: DocumentDto, ...ErrorResponses } },
      preHandler: staff,
    },
    async (req) => getDocument(staffCtx(req), req.params.id),
  );

  app.post(
    '/documents',
    {
      schema: { tags: ['documents'], body: DocumentInput, response: { 201: DocumentDto, ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) => reply.status(201).send(await createDocument(staffCtx(req), req.body)),
  );

  app.put(
    '/documents/:id',
    {
      schema: {
        tags: ['documents'],
        params: IdParams,
        body: DocumentInput,
        response: { 200: DocumentDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => updateDocument(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/documents/:id',
    {
      schema: { tags: ['documents'], params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) => {
      await deleteDocument(staffCtx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default documentsApi;
