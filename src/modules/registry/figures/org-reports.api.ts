import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorResponses } from '../../../core/http/schemas.ts';
import { REGISTRY_READERS, REGISTRY_WRITERS } from '../registry-roles.ts';
import { OrgYearParams } from './figures.dto.ts';
import { getMyReport } from './my-report.service.ts';
import {
  DeadlineDto,
  DeadlineInput,
  MyReportDto,
  MyReportQuery,
  ReportDto,
  ReportInput,
  ReportListPage,
  ReportListQuery,
  ReturnReportInput,
  YearParams,
} from './org-reports.dto.ts';
import {
  approveReport,
  getReport,
  returnReport,
  saveReportDraft,
  submitReport,
} from './org-reports.service.ts';
import { listReportCompleteness } from './report-completeness.service.ts';
import { getDeadline, setDeadline } from './reporting-deadlines.service.ts';

const readersAndMember = requireStaff({ roles: [...REGISTRY_READERS, 'thanh_vien'] });
const writersAndMember = requireStaff({ roles: [...REGISTRY_WRITERS, 'thanh_vien'] });
const readers = requireStaff({ roles: REGISTRY_READERS });
const writers = requireStaff({ roles: REGISTRY_WRITERS });
const member = requireStaff({ roles: ['thanh_vien'] });
const tags = ['registry'];
const reportResponse = { 200: ReportDto, ...ErrorResponses };

/** Members' yearly self-reporting: the report, its workflow, deadlines and the completeness list. */
const orgReportsApi: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.deps.clock();

  app.get(
    '/orgs/:id/reports/:year',
    { schema: { tags, params: OrgYearParams, response: reportResponse }, preHandler: readersAndMember },
    async (req) => getReport(staffCtx(req), req.params.id, req.params.year, now()),
  );

  app.put(
    '/orgs/:id/reports/:year',
    {
      schema: { tags, params: OrgYearParams, body: ReportInput, response: reportResponse },
      preHandler: writersAndMember,
    },
    async (req) => saveReportDraft(staffCtx(req), req.params.id, req.params.year, req.body, now()),
  );

  app.post(
    '/orgs/:id/reports/:year/submit',
    { schema: { tags, params: OrgYearParams, response: reportResponse }, preHandler: writersAndMember },
    async (req) => submitReport(staffCtx(req), req.params.id, req.params.year, now()),
  );

  app.post(
    '/orgs/:id/reports/:year/approve',
    { schema: { tags, params: OrgYearParams, response: reportResponse }, preHandler: writers },
    async (req) => approveReport(staffCtx(req), req.params.id, req.params.year, now()),
  );

  app.post(
    '/orgs/:id/reports/:year/return',
    {
      schema: { tags, params: OrgYearParams, body: ReturnReportInput, response: reportResponse },
      preHandler: writers,
    },
    async (req) => returnReport(staffCtx(req), req.params.id, req.params.year, req.body, now()),
  );

  app.get(
    '/registry/deadlines/:year',
    {
      schema: { tags, params: YearParams, response: { 200: DeadlineDto, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => getDeadline(staffCtx(req), req.params.year, now()),
  );

  app.put(
    '/registry/deadlines/:year',
    {
      schema: {
        tags,
        params: YearParams,
        body: DeadlineInput,
        response: { 200: DeadlineDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => setDeadline(staffCtx(req), req.params.year, req.body, now()),
  );

  app.get(
    '/registry/reports',
    {
      schema: { tags, querystring: ReportListQuery, response: { 200: ReportListPage, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req) => listReportCompleteness(staffCtx(req), req.query, now()),
  );

  app.get(
    '/registry/my-report',
    {
      schema: { tags, querystring: MyReportQuery, response: { 200: MyReportDto, ...ErrorResponses } },
      preHandler: member,
    },
    async (req) => getMyReport(staffCtx(req), req.query, now()),
  );
};

export default orgReportsApi;
