import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../../core/http/schemas.ts';
import { AuditPage } from '../../audit/audit.dto.ts';
import { registerMediaUsage } from '../../media/media-usage.ts';
import { REGISTRY_READERS, REGISTRY_WRITERS } from '../registry-roles.ts';
import {
  AttachmentInput,
  HistoryQuery,
  OrgAttachmentList,
  OrgStatusHistory,
  RepresentativeCreated,
  RepresentativeInput,
  RepresentativeList,
  UnionMemberInput,
  UnionMemberList,
} from './org-relations.dto.ts';
import {
  addUnionMember,
  attachOrgFile,
  createOrgRepresentative,
  detachOrgFile,
  listOrgAttachments,
  listOrgChangeHistory,
  listOrgRepresentatives,
  listOrgStatusHistory,
  listUnionMembers,
  orgsUsingFile,
  removeOrgRepresentative,
  removeUnionMember,
} from './org-relations.service.ts';

const readersAndMember = requireStaff({ roles: [...REGISTRY_READERS, 'thanh_vien'] });
const readers = requireStaff({ roles: REGISTRY_READERS });
const writers = requireStaff({ roles: REGISTRY_WRITERS });
const tags = ['registry'];
const uuid = z.uuid({ error: 'Mã không hợp lệ' });
const NoContent = { 204: z.null(), ...ErrorResponses };

/** Status history, union members, attachments, representatives and change history of an organisation. */
const orgRelationsApi: FastifyPluginAsyncZod = async (app) => {
  // The media library refuses to delete a file attached to an organisation.
  registerMediaUsage('orgs', orgsUsingFile);

  app.get(
    '/orgs/:id/status-history',
    {
      schema: { tags, params: IdParams, response: { 200: OrgStatusHistory, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => listOrgStatusHistory(staffCtx(req), req.params.id),
  );

  app.get(
    '/orgs/:id/history',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: AuditPage, ...ErrorResponses },
      },
      preHandler: readers,
    },
    async (req) => listOrgChangeHistory(staffCtx(req), req.params.id, req.query),
  );

  app.get(
    '/orgs/:id/union-members',
    {
      schema: { tags, params: IdParams, response: { 200: UnionMemberList, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => listUnionMembers(staffCtx(req), req.params.id),
  );

  app.post(
    '/orgs/:id/union-members',
    {
      schema: {
        tags,
        params: IdParams,
        body: UnionMemberInput,
        response: { 200: UnionMemberList, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => addUnionMember(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/orgs/:id/union-members/:memberId',
    {
      schema: { tags, params: IdParams.extend({ memberId: uuid }), response: NoContent },
      preHandler: writers,
    },
    async (req, reply) => {
      await removeUnionMember(staffCtx(req), req.params.id, req.params.memberId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:id/attachments',
    {
      schema: { tags, params: IdParams, response: { 200: OrgAttachmentList, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => listOrgAttachments(staffCtx(req), req.params.id),
  );

  app.post(
    '/orgs/:id/attachments',
    {
      schema: {
        tags,
        params: IdParams,
        body: AttachmentInput,
        response: { 200: OrgAttachmentList, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => attachOrgFile(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/orgs/:id/attachments/:mediaId',
    {
      schema: { tags, params: IdParams.extend({ mediaId: uuid }), response: NoContent },
      preHandler: writers,
    },
    async (req, reply) => {
      await detachOrgFile(staffCtx(req), req.params.id, req.params.mediaId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:id/representatives',
    {
      schema: { tags, params: IdParams, response: { 200: RepresentativeList, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req) => listOrgRepresentatives(staffCtx(req), req.params.id),
  );

  app.post(
    '/orgs/:id/representatives',
    {
      schema: {
        tags,
        params: IdParams,
        body: RepresentativeInput,
        response: { 201: RepresentativeCreated, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req, reply) =>
      reply.status(201).send(await createOrgRepresentative(staffCtx(req), req.params.id, req.body)),
  );

  app.delete(
    '/orgs/:id/representatives/:userId',
    { schema: { tags, params: IdParams.extend({ userId: uuid }), response: NoContent }, preHandler: writers },
    async (req, reply) => {
      await removeOrgRepresentative(staffCtx(req), req.params.id, req.params.userId);
      return reply.status(204).send(null);
    },
  );
};

export default orgRelationsApi;
