import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../../core/http/schemas.ts';
import { attachmentDisposition } from '../../media/content-disposition.ts';
import { REGISTRY_READERS, REGISTRY_WRITERS } from '../registry-roles.ts';
import orgAttachmentUploadApi from './org-attachment-upload.api.ts';
import { exportFileName, exportOrganizationsCsv, exportOrganizationsXlsx } from './org-export.service.ts';
import { mergeOrganizations } from './org-merge.service.ts';
import orgRelationsApi from './org-relations.api.ts';
import { MergeInput } from './org-relations.dto.ts';
import { OrgDto, OrgFilter, OrgInput, OrgListPage, OrgListQuery, OrgUpdateInput } from './orgs.dto.ts';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from './orgs.service.ts';

// A thanh_vien reads its own organisation (the service narrows it); it proposes changes through
// self-reporting, never through these writes.
const readersAndMember = requireStaff({ roles: [...REGISTRY_READERS, 'thanh_vien'] });
const readers = requireStaff({ roles: REGISTRY_READERS });
const writers = requireStaff({ roles: REGISTRY_WRITERS });
const admins = requireStaff({ roles: ['quan_tri'] });
const tags = ['registry'];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FileResponse = z.any().describe('Tệp tải về');

function sendFile(reply: FastifyReply, body: Buffer, type: string, name: string) {
  return reply
    .type(type)
    .header('content-disposition', attachmentDisposition(name))
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** Organisations of the register, mounted under /api/v1. */
const orgsApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs',
    {
      schema: { tags, querystring: OrgListQuery, response: { 200: OrgListPage, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => listOrganizations(staffCtx(req), req.query),
  );

  app.post(
    '/orgs',
    { schema: { tags, body: OrgInput, response: { 201: OrgDto, ...ErrorResponses } }, preHandler: writers },
    async (req, reply) => reply.status(201).send(await createOrganization(staffCtx(req), req.body)),
  );

  app.get(
    '/orgs/export.xlsx',
    {
      schema: { tags, querystring: OrgFilter, response: { 200: FileResponse, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req, reply) => {
      const body = await exportOrganizationsXlsx(staffCtx(req), req.query);
      return sendFile(reply, body, XLSX_TYPE, exportFileName(req.server.deps.clock(), 'xlsx'));
    },
  );

  app.get(
    '/orgs/export.csv',
    {
      schema: { tags, querystring: OrgFilter, response: { 200: FileResponse, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req, reply) => {
      const body = await exportOrganizationsCsv(staffCtx(req), req.query);
      return sendFile(reply, body, 'text/csv; charset=utf-8', exportFileName(req.server.deps.clock(), 'csv'));
    },
  );

  app.get(
    '/orgs/:id',
    {
      schema: { tags, params: IdParams, response: { 200: OrgDto, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => getOrganization(staffCtx(req), req.params.id),
  );

  app.put(
    '/orgs/:id',
    {
      schema: { tags, params: IdParams, body: OrgUpdateInput, response: { 200: OrgDto, ...ErrorResponses } },
      preHandler: writers,
    },
    async (req) => updateOrganization(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/orgs/:id',
    {
      schema: { tags, params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: admins,
    },
    async (req, reply) => {
      await deleteOrganization(staffCtx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/orgs/:id/merge',
    {
      schema: { tags, params: IdParams, body: MergeInput, response: { 200: OrgDto, ...ErrorResponses } },
      preHandler: writers,
    },
    async (req) => mergeOrganizations(staffCtx(req), req.params.id, req.body.intoId),
  );

  await app.register(orgRelationsApi);
  await app.register(orgAttachmentUploadApi);
};

export default orgsApi;
