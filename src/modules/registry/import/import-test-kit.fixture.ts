import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { StaffClient } from '../../../../tests/helpers/test-app.ts';
import { fileUpload } from '../../media/multipart.fixture.ts';
import type { ImportDto, PreviewPage, PreviewQuery } from './import.dto.ts';
import { settleImportJobs } from './import-jobs.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function uploadFile(
  client: StaffClient,
  fileName: string,
  bytes: Buffer,
  contentType = XLSX,
): Promise<LightMyRequestResponse> {
  const { payload, headers } = fileUpload(fileName, contentType, bytes);
  return client.inject({ method: 'POST', url: '/api/v1/org-imports', payload, headers });
}

/** Uploads a workbook that must be accepted. */
export async function uploadOk(client: StaffClient, fileName: string, bytes: Buffer): Promise<ImportDto> {
  const res = await uploadFile(client, fileName, bytes);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function getImportDto(client: StaffClient, id: string): Promise<ImportDto> {
  const res = await client.inject({ method: 'GET', url: `/api/v1/org-imports/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Starts the dry run, waits for the background job (no sleeping) and returns the import. */
export async function previewImport(client: StaffClient, id: string): Promise<ImportDto> {
  const res = await client.inject({ method: 'POST', url: `/api/v1/org-imports/${id}/preview` });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().status).toBe('previewing');
  await settleImportJobs();
  return getImportDto(client, id);
}

export async function commitImport(client: StaffClient, id: string): Promise<ImportDto> {
  const res = await client.inject({ method: 'POST', url: `/api/v1/org-imports/${id}/commit` });
  expect(res.statusCode, res.body).toBe(202);
  await settleImportJobs();
  return getImportDto(client, id);
}

export async function previewRows(
  client: StaffClient,
  id: string,
  q: Partial<PreviewQuery> = {},
): Promise<PreviewPage> {
  const params = Object.entries({ pageSize: 200, ...q }).map(([k, v]) => [k, String(v)]);
  const query = new URLSearchParams(params).toString();
  const res = await client.inject({ method: 'GET', url: `/api/v1/org-imports/${id}/rows?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
