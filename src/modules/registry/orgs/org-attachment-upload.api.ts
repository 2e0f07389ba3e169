import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorBody, ErrorResponses, IdParams } from '../../../core/http/schemas.ts';
import { MAX_FILE_BYTES } from '../../media/media.service.ts';
import { MediaStore } from '../../media/media-store.ts';
import { readUpload } from '../../media/media-upload.ts';
import { AttachmentKind } from '../registry-enums.dto.ts';
import { REGISTRY_WRITERS } from '../registry-roles.ts';
import { OrgAttachmentList } from './org-relations.dto.ts';
import { uploadOrgFile } from './org-relations.service.ts';

const UploadMeta = z.object({
  kind: AttachmentKind.default('khac'),
  title: z.string().trim().max(200, 'Tiêu đề tệp tối đa 200 ký tự').default(''),
});

/** POST /orgs/:id/attachments/upload: a charter or certificate sent from the organisation's page. */
const orgAttachmentUploadApi: FastifyPluginAsyncZod = async (app) => {
  const store = new MediaStore(app.deps.config.dataDir);
  // Registered in this plugin only: these routes alone accept multipart bodies.
  await app.register(multipart, {
    limits: { files: 1, fields: 4, parts: 5, fileSize: MAX_FILE_BYTES, fieldSize: 4000, headerPairs: 50 },
  });

  app.post(
    '/orgs/:id/attachments/upload',
    {
      schema: {
        tags: ['registry'],
        summary: 'Tải lên và đính kèm tài liệu (PDF, DOC, DOCX, XLS, XLSX ≤ 20 MB), trường “file”',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: UploadMeta,
        response: { 200: OrgAttachmentList, ...ErrorResponses, 413: ErrorBody, 415: ErrorBody },
      },
      preHandler: requireStaff({ roles: REGISTRY_WRITERS }),
    },
    async (req) => {
      const ctx = staffCtx(req);
      return uploadOrgFile(ctx, store, req.params.id, await readUpload(req), req.query);
    },
  );
};

export default orgAttachmentUploadApi;
