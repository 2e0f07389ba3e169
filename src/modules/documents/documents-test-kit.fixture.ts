import type { StaffClient } from '../../../tests/helpers/test-app.ts';
import type { MediaDto } from '../media/media.dto.ts';
import { upload } from '../media/media-test-kit.fixture.ts';
import { makePdf } from '../media/test-files.fixture.ts';

let counter = 0;

/** A valid document body; override what the test is about. */
export function documentPayload(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    number: `${counter}/QĐ-LMHTX`,
    docType: 'Quyết định',
    issuer: 'Liên minh Hợp tác xã tỉnh',
    signer: 'Nguyễn Văn An',
    issuedOn: '2025-03-10',
    effectiveOn: '2025-03-15',
    summary: `Về việc ban hành quy chế hoạt động số ${counter}`,
    field: 'Kinh tế tập thể',
    status: 'con_hieu_luc',
    replacedById: null,
    fileIds: [],
    published: true,
    ...overrides,
  };
}

export async function createDocument(client: StaffClient, overrides: Record<string, unknown> = {}) {
  const res = await client.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload: documentPayload(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`document create failed ${res.statusCode}: ${res.body}`);
  return res.json() as { id: string; number: string; url: string };
}

export async function uploadPdf(client: StaffClient, name: string, text = name): Promise<MediaDto> {
  const res = await upload(client, name, 'application/pdf', makePdf(text));
  if (res.statusCode !== 201) throw new Error(`upload failed ${res.statusCode}: ${res.body}`);
  return res.json();
}
