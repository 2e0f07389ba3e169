import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { runCli } from '../helpers/server-process.ts';
import { type Account, baseUrl, type ConsoleApi, uniqueTag } from './people.ts';

/**
 * What the registry's browser tests share: a registry officer's account, the legacy spreadsheets
 * alliances really keep, and reading figures as the console prints them.
 */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file for `setInputFiles` or a multipart upload. */
export interface XlsxFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A registry officer (cán bộ), made with `hoptac user:create` like the other staff of the tests. */
export async function createRegistryOfficer(fullName: string): Promise<Account> {
  const email = `can-bo-${uniqueTag()}@example.vn`;
  const { code, out } = await runCli(
    ['user:create', '--email', email, '--role', 'can_bo', '--name', fullName],
    {
      DATA_DIR: inject('dataDir'),
      LOG_LEVEL: 'warn',
    },
  );
  const password = /temporaryPassword: (\S+)/.exec(out)?.[1];
  if (code !== 0 || !password) throw new Error(`user:create failed (${code}):\n${out}`);
  return { email, password };
}

/** Ten digits of its own per run: registration codes are unique per alliance. */
function codeBase(tag: string): string {
  return String(Number.parseInt(tag, 16) % 10_000_000).padStart(7, '0');
}

/** The organisations of the messy sheet that should reach the register, by role in the test. */
export interface MessySheet {
  file: XlsxFile;
  /** Full old address (Thái Bình, before 2025), "1.342" members, "2,4" million đồng capital. */
  farming: string;
  /** Only "Xã Minh Quang": two old communes of the province had that name, the user picks one. */
  services: string;
  /** A new-style address; 3 members, below the 5 a cooperative needs (a warning). */
  fishery: string;
  /** A cooperative group: no code, capital not applicable (a warning). */
  group: string;
  /** The row with a wrong type, an impossible date and "nhiều" members: rejected. */
  broken: string;
  /** The second copy of `farming` (same code): rejected as an in-file duplicate. */
  duplicate: string;
  /** Official members the four accepted rows bring: 1.342 + 25 + 3 + 12. */
  officialMembers: number;
}

const HEADERS = [
  'STT',
  'Tên hợp tác xã',
  'Mã số HTX',
  'Loại hình',
  'Địa chỉ trụ sở',
  'Ngành nghề/Lĩnh vực',
  'Tình trạng',
  'Ngày thành lập',
  'Số TV',
  'Vốn điều lệ (triệu đồng)',
  'Doanh thu (triệu đồng)',
  'Người đại diện',
  'Điện thoại',
];

/**
 * A list as an alliance keeps it: title rows (merged) above the header, synonym headers, pre-2025
 * addresses, Vietnamese number formats as text next to real numbers, an Excel date serial, a
 * duplicate, a bad row, and a second sheet so the user is asked which one to read.
 */
export async function messyLegacySheet(tag: string): Promise<MessySheet> {
  const base = codeBase(tag);
  const names = {
    farming: `HTX Nông nghiệp Vũ Lễ ${tag}`,
    services: `HTX Dịch vụ Vũ Lễ ${tag}`,
    duplicate: `HTX Nông nghiệp Vũ Lễ ${tag} (bản trùng)`,
    broken: `HTX Liên doanh sai ${tag}`,
    fishery: `HTX Thủy sản Ba Làng ${tag}`,
    group: `Tổ hợp tác Rau sạch Đông Hưng ${tag}`,
  };
  const oldAddress = 'Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình';
  const rows: (string | number)[][] = [
    [
      1,
      names.farming,
      `09${base}1`,
      'HTX',
      `Thôn 2, ${oldAddress}`,
      'Nông nghiệp',
      'Đang hoạt động',
      '12/03/2015',
      '1.342',
      '2,4',
      5000,
      'Nguyễn Văn Hùng',
      '0912345678',
    ],
    [
      2,
      names.services,
      `09${base}2`,
      'Hợp tác xã',
      'Xã Minh Quang',
      'Thương mại, dịch vụ',
      'Đang hoạt động',
      42000,
      25,
      1500.5,
      '3.200',
      'Trần Thị Lan',
      '0912000002',
    ],
    [
      3,
      names.duplicate,
      `09${base}1`,
      'HTX',
      `Thôn 2, ${oldAddress}`,
      'Nông nghiệp',
      'Đang hoạt động',
      '12/03/2015',
      1342,
      2.4,
      5000,
      'Nguyễn Văn Hùng',
      '0912345678',
    ],
    [
      4,
      names.broken,
      `09${base}4`,
      'Liên doanh',
      'Xã Quang Lịch, Tỉnh Hưng Yên',
      'Vận tải',
      'Đang hoạt động',
      '31/02/2020',
      'nhiều',
      100,
      200,
      'Lê Minh Tuấn',
      '0912000004',
    ],
    [
      5,
      names.fishery,
      `09${base}5`,
      'HTX',
      'Xã Quang Lịch, Tỉnh Hưng Yên',
      'Thủy sản',
      'Tạm ngừng',
      '1/6/18',
      3,
      '850',
      '1.200,5',
      'Phạm Thị Hoa',
      '0912000005',
    ],
    [
      6,
      names.group,
      '',
      'THT',
      `Thôn 5, ${oldAddress}`,
      'Nông nghiệp',
      'Đang hoạt động',
      '05/09/2020',
      12,
      50,
      120,
      'Vũ Đức Thắng',
      '0912000006',
    ],
  ];
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('DS HTX');
  list.addRow(['LIÊN MINH HỢP TÁC XÃ TỈNH']);
  list.addRow(['DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC (số liệu cũ)']);
  list.addRow([]);
  list.addRow(HEADERS);
  for (const row of rows) list.addRow(row.map((v) => (v === '' ? null : v)));
  list.mergeCells('A1:M1');
  list.mergeCells('A2:M2');
  // Last year's list of cooperative groups, kept in the same file: not the sheet to import.
  const older = workbook.addWorksheet('DS THT cũ');
  older.addRow(['Tên tổ hợp tác', 'Loại hình', 'Địa chỉ']);
  older.addRow([`Tổ hợp tác Mây tre ${tag}`, 'THT', 'Xã Quang Lịch, Tỉnh Hưng Yên']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    file: { name: `danh-sach-htx-${tag}.xlsx`, mimeType: XLSX_TYPE, buffer },
    ...names,
    officialMembers: 1342 + 25 + 3 + 12,
  };
}

/** One cooperative in the template's own shape: the organisation a member later reports for. */
export async function oneCooperativeSheet(name: string, tag: string): Promise<XlsxFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['Tên HTX', 'MST', 'Loại hình', 'Địa chỉ', 'Ngành nghề', 'Tình trạng', 'Số thành viên']);
  sheet.addRow([
    name,
    `08${codeBase(tag)}1`,
    'HTX',
    `Thôn 1, Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình`,
    'Nông nghiệp',
    'Đang hoạt động',
    12,
  ]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: `mot-htx-${tag}.xlsx`, mimeType: XLSX_TYPE, buffer };
}

interface ImportState {
  id: string;
  status: string;
  counts: { new: number; rejected: number } | null;
}

/**
 * Setup, not the subject of a test: imports a one-sheet file through the API the console uses
 * (upload, dry run, commit), waiting on the import's status as the wizard does.
 */
export async function importThroughApi(
  page: Page,
  api: ConsoleApi,
  file: XlsxFile,
  year: number,
): Promise<void> {
  const me = await page.context().request.get(`${baseUrl}/api/v1/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const uploaded = await page.context().request.post(`${baseUrl}/api/v1/org-imports`, {
    headers: { 'x-csrf-token': csrfToken },
    multipart: { file },
  });
  if (!uploaded.ok()) throw new Error(`upload: ${uploaded.status()} ${await uploaded.text()}`);
  const { id } = (await uploaded.json()) as ImportState;
  // Runs in beforeAll, where expect.poll is not available: the same bounded wait on the status.
  const settled = async (wanted: string) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const state = await api.call<ImportState>('GET', `/org-imports/${id}`);
      if (state.status === wanted) return state;
      if (state.status === 'failed' || Date.now() > deadline) {
        throw new Error(`import ${id} is ${state.status}, waited for ${wanted}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  await api.call('PUT', `/org-imports/${id}/mapping`, { year, columns: [] });
  await api.call('POST', `/org-imports/${id}/preview`);
  const previewed = await settled('previewed');
  if (previewed.counts?.new !== 1) throw new Error(`dry run: ${JSON.stringify(previewed.counts)}`);
  await api.call('POST', `/org-imports/${id}/commit`);
  await settled('committed');
}

/** "1.382 người", "12 tổ chức" → 1382; a dash (nothing yet) → 0. */
export function parseCount(text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  return digits === '' ? 0 : Number(digits);
}
