import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorBody, ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import { MediaDto, MediaPage, MediaQuery, MediaUpdate } from './media.dto.ts';
import {
  deleteMedia,
  getMedia,
  listMedia,
  MAX_UPLOAD_BYTES,
  updateMedia,
  uploadMedia,
} from './media.service.ts';
import { MediaStore } from './media-store.ts';
import { readUpload } from './media-upload.ts';

// Contributors upload and describe images for their articles; removing assets is for editors.
const editorial = requireStaff({ roles: ['quan_tri', 'bien_tap', 'cong_tac_vien'] });
const editors = requireStaff({ roles: ['quan_tri', 'bien_tap'] });
const UploadErrors = { ...ErrorResponses, 413: ErrorBody, 415: ErrorBody };

/** JSON routes of the media library, mounted under /api/v1. */
const mediaApi: FastifyPluginAsyncZod = async (app) => {
  const store = new MediaStore(app.deps.config.dataDir);
  await store.sweepStaging();
  // Registered here, not app-wide: only this plugin's routes accept multipart bodies.
  await app.register(multipart, {
    limits: { files: 1, fields: 4, parts: 5, fileSize: MAX_UPLOAD_BYTES, fieldSize: 4000, headerPairs: 50 },
  });

  app.post(
    '/media',
    {
      schema: {
        tags: ['media'],
        summary:
          'Tải lên ảnh (JPEG, PNG, WebP, GIF ≤ 10 MB) hoặc tài liệu (PDF, DOC, DOCX, XLS, XLSX ≤ 20 MB)',
        consumes: ['multipart/form-data'],
        response: { 200: MediaDto, 201: MediaDto, ...UploadErrors },
      },
      preHandler: editorial,
    },
    async (req, reply) => {
      const { asset, created } = await uploadMedia(staffCtx(req), store, await readUpload(req));
      return reply.status(created ? 201 : 200).send(asset);
    },
  );

  app.get(
    '/media',
    {
      schema: { tags: ['media'], querystring: MediaQuery, response: { 200: MediaPage, ...ErrorResponses } },
      preHandler: editorial,
    },
    async (req) => listMedia(staffCtx(req), req.query),
  );

  app.get(
    '/media/:id',
    {
      schema: { tags: ['media'], params: IdParams, response: { 200: MediaDto, ...ErrorResponses } },
      preHandler: editorial,
    },
    async (req) => getMedia(staffCtx(req), req.params.id),
  );

  app.patch(
    '/media/:id',
    {
      schema: {
        tags: ['media'],
        params: IdParams,
        body: MediaUpdate,
        response: { 200: MediaDto, ...ErrorResponses },
      },
      preHandler: editorial,
    },
    async (req) => updateMedia(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/media/:id',
    {
      schema: { tags: ['media'], params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: editors,
    },
    async (req, reply) => {
      await deleteMedia(staffCtx(req), store, req.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default mediaApi;
