import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorBody, ErrorResponses, IdParams } from '../../../core/http/schemas.ts';
import { attachmentDisposition } from '../../media/content-disposition.ts';
import { REGISTRY_WRITERS } from '../registry-roles.ts';
import {
  ChoicesInput,
  ImportDto,
  ImportList,
  ImportListQuery,
  MappingUpdate,
  PreviewPage,
  PreviewQuery,
  SheetChoice,
} from './import.dto.ts';
import { chooseSheet, getImport, listImportHistory, updateMapping, uploadImport } from './import.service.ts';
import { startCommit } from './import-commit.service.ts';
import type { ImportEnv } from './import-context.ts';
import { type Download, importTemplate, originalFile, reportFile } from './import-downloads.service.ts';
import { ImportFiles } from './import-files.ts';
import { settleImportJobs } from './import-jobs.ts';
import { getPreviewPage, setChoices, startPreview } from './import-preview.service.ts';
import { readImportUpload } from './import-upload.ts';

const writers = requireStaff({ roles: REGISTRY_WRITERS });
const tags = ['registry-import'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The download's bytes: Fastify sends a Buffer as it is, the schema only documents it. */
const XlsxFile = z.instanceof(Buffer).meta({ description: 'Tệp .xlsx' });
const UploadErrors = { ...ErrorResponses, 413: ErrorBody, 415: ErrorBody };
const TemplateQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm không hợp lệ' })
    .int('Năm không hợp lệ')
    .min(1990, 'Năm từ 1990 đến 2100')
    .max(2100, 'Năm từ 1990 đến 2100')
    .optional(),
});

const env = (req: FastifyRequest): ImportEnv => ({ ctx: staffCtx(req), now: req.server.deps.clock() });

function sendXlsx(reply: FastifyReply, file: Download) {
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

/** Excel import of the register (upload → dry run → commit, with status polling), under /api/v1. */
const importApi: FastifyPluginAsyncZod = async (app) => {
  const files = new ImportFiles(app.deps.config.dataDir);
  // Registered here, not app-wide: only these routes take multipart bodies.
  await app.register(multipart, { limits: { files: 1, fields: 2, parts: 3, headerPairs: 50 } });
  // Background runs use the database: let them finish before it closes.
  app.addHook('onClose', async () => settleImportJobs());

  app.get(
    '/org-imports/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Tải mẫu nhập danh sách tổ chức (.xlsx)',
        querystring: TemplateQuery,
        response: { 200: XlsxFile, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req, reply) => sendXlsx(reply, await importTemplate(env(req), req.query.year)),
  );

  app.post(
    '/org-imports',
    {
      schema: {
        tags,
        summary: 'Tải lên tệp Excel (.xlsx ≤ 20 MB) để nhập danh sách tổ chức',
        consumes: ['multipart/form-data'],
        response: { 201: ImportDto, ...UploadErrors },
      },
      preHandler: writers,
    },
    async (req, reply) =>
      reply.status(201).send(await uploadImport(env(req), files, await readImportUpload(req))),
  );

  app.get(
    '/org-imports',
    {
      schema: {
        tags,
        summary: 'Lịch sử nhập dữ liệu',
        querystring: ImportListQuery,
        response: { 200: ImportList, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => listImportHistory(staffCtx(req), req.query),
  );

  app.get(
    '/org-imports/:id',
    {
      schema: {
        tags,
        summary: 'Trạng thái, tiến độ và kết quả của một lần nhập',
        params: IdParams,
        response: { 200: ImportDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => getImport(staffCtx(req), req.params.id),
  );

  app.post(
    '/org-imports/:id/sheet',
    {
      schema: {
        tags,
        summary: 'Chọn trang tính chứa dữ liệu (khi tệp có nhiều trang)',
        params: IdParams,
        body: SheetChoice,
        response: { 200: ImportDto, ...UploadErrors },
      },
      preHandler: writers,
    },
    async (req) => chooseSheet(env(req), files, req.params.id, req.body.sheet),
  );

  app.put(
    '/org-imports/:id/mapping',
    {
      schema: {
        tags,
        summary: 'Sửa cách ghép cột, đơn vị tiền và năm số liệu',
        params: IdParams,
        body: MappingUpdate,
        response: { 200: ImportDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => updateMapping(staffCtx(req), req.params.id, req.body),
  );

  app.post(
    '/org-imports/:id/preview',
    {
      schema: {
        tags,
        summary: 'Kiểm tra thử (chạy nền, không ghi vào sổ); theo dõi bằng GET /org-imports/:id',
        params: IdParams,
        response: { 202: ImportDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req, reply) => reply.status(202).send(await startPreview(env(req), files, req.params.id)),
  );

  app.get(
    '/org-imports/:id/rows',
    {
      schema: {
        tags,
        summary: 'Kết quả kiểm tra từng dòng: lỗi, cảnh báo, địa chỉ cần chọn',
        params: IdParams,
        querystring: PreviewQuery,
        response: { 200: PreviewPage, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => getPreviewPage(staffCtx(req), req.params.id, req.query),
  );

  app.put(
    '/org-imports/:id/choices',
    {
      schema: {
        tags,
        summary: 'Chọn xã/phường mới cho các địa chỉ chưa xác định: { "số dòng": "mã xã" }',
        params: IdParams,
        body: ChoicesInput,
        response: { 200: ImportDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => setChoices(staffCtx(req), req.params.id, req.body),
  );

  app.post(
    '/org-imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Ghi các dòng hợp lệ vào sổ trong một giao dịch (chạy nền)',
        params: IdParams,
        response: { 202: ImportDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req, reply) => reply.status(202).send(await startCommit(env(req), req.params.id)),
  );

  app.get(
    '/org-imports/:id/original',
    {
      schema: {
        tags,
        summary: 'Tệp gốc đã tải lên',
        params: IdParams,
        response: { 200: XlsxFile, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req, reply) => sendXlsx(reply, await originalFile(staffCtx(req), files, req.params.id)),
  );

  app.get(
    '/org-imports/:id/report.xlsx',
    {
      schema: {
        tags,
        summary: 'Báo cáo kiểm tra: các dòng của trang tính kèm cột “Lỗi / cảnh báo”',
        params: IdParams,
        response: { 200: XlsxFile, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req, reply) => sendXlsx(reply, await reportFile(staffCtx(req), files, req.params.id)),
  );
};

export default importApi;
