import type { FigureDictionaryDto, IndicatorDto } from '../../../src/modules/registry/figures/figures.dto.ts';
import type {
  AddressCandidate,
  ChoicesInput,
  ImportCounts,
  ImportDto,
  ImportIssue,
  ImportList,
  ImportStatus,
  ImportSummary,
  MappingColumn,
  MappingUpdate,
  MoneyUnit,
  OrgImportField,
  PreviewPage,
  PreviewRow,
  RowOutcome,
} from '../../../src/modules/registry/import/import.dto.ts';
import { queryClient } from '../lib/query-client';
import { ApiError, api } from './client';
import { SESSION_KEY } from './session-api';
import type { Session } from './types';

export type {
  AddressCandidate,
  ImportCounts,
  ImportDto,
  ImportIssue,
  ImportStatus,
  ImportSummary,
  IndicatorDto,
  MappingColumn,
  MappingUpdate,
  MoneyUnit,
  PreviewRow,
  RowOutcome,
};

// The dto module holds these labels as values next to zod schemas; the console copies them (types
// only cross the boundary). A Record keyed by the server's union fails to compile if one is missing.
export const IMPORT_FIELD_LABELS: Record<OrgImportField, string> = {
  name: 'Tên tổ chức',
  kind: 'Loại hình',
  shortName: 'Tên viết tắt',
  regCode: 'Mã số HTX/Mã số thuế',
  registeredOn: 'Ngày đăng ký',
  registrationAuthority: 'Cơ quan đăng ký',
  foundedOn: 'Ngày thành lập',
  address: 'Địa chỉ',
  sectorPrimary: 'Ngành nghề/Lĩnh vực',
  sectorsOther: 'Lĩnh vực khác',
  status: 'Tình trạng',
  sizeClass: 'Quy mô',
  representativeName: 'Người đại diện',
  representativeTitle: 'Chức vụ người đại diện',
  publicPhone: 'Điện thoại',
  publicEmail: 'Email',
  website: 'Website',
  allianceMemberSince: 'Ngày kết nạp Liên minh',
  notes: 'Ghi chú',
};
export const ORG_IMPORT_FIELDS = Object.keys(IMPORT_FIELD_LABELS) as OrgImportField[];

/** Yearly figure columns map to `fig:<indicator code>`. */
export const FIGURE_FIELD_PREFIX = 'fig:';

export const MONEY_UNIT_LABELS: Record<MoneyUnit, string> = {
  dong: 'đồng',
  nghin: 'nghìn đồng',
  trieu: 'triệu đồng',
  ty: 'tỷ đồng',
};
export const MONEY_UNITS = Object.keys(MONEY_UNIT_LABELS) as MoneyUnit[];

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  uploaded: 'Đã tải lên',
  needs_sheet: 'Cần chọn trang tính',
  previewing: 'Đang kiểm tra',
  previewed: 'Đã kiểm tra',
  committing: 'Đang ghi vào sổ',
  committed: 'Đã nhập',
  failed: 'Lỗi',
};

export const ROW_OUTCOME_LABELS: Record<RowOutcome, string> = {
  new: 'Mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi',
  rejected: 'Bị loại',
};

export type PreviewFilter = 'all' | 'issues' | 'choices' | RowOutcome;

export const importsKey = (...parts: unknown[]) => ['registry-imports', ...parts];

const importPath = (id: string, rest = '') => `/org-imports/${encodeURIComponent(id)}${rest}`;

/** Download addresses under /api/v1 (fetched with the session cookie by DownloadButton). */
export const IMPORT_TEMPLATE_PATH = '/org-imports/template.xlsx';
export const importOriginalPath = (id: string) => importPath(id, '/original');
export const importReportPath = (id: string) => importPath(id, '/report.xlsx');

export function listImports(page: number, pageSize: number, signal?: AbortSignal) {
  return api<ImportList>('/org-imports', { query: { page, pageSize }, signal });
}

export function getImport(id: string, signal?: AbortSignal) {
  return api<ImportDto>(importPath(id), { signal });
}

export function chooseSheet(id: string, sheet: string) {
  return api<ImportDto>(importPath(id, '/sheet'), { method: 'POST', body: { sheet } });
}

export function updateMapping(id: string, input: MappingUpdate) {
  return api<ImportDto>(importPath(id, '/mapping'), { method: 'PUT', body: input });
}

export function startPreview(id: string) {
  return api<ImportDto>(importPath(id, '/preview'), { method: 'POST' });
}

export interface PreviewParams {
  filter: PreviewFilter;
  page: number;
  pageSize: number;
}

export function getPreviewRows(id: string, params: PreviewParams, signal?: AbortSignal) {
  return api<PreviewPage>(importPath(id, '/rows'), { query: { ...params }, signal });
}

/** Row number → chosen commune code (null clears the choice); the server decides the rows again. */
export function saveChoices(id: string, choices: ChoicesInput) {
  return api<ImportDto>(importPath(id, '/choices'), { method: 'PUT', body: choices });
}

export function startCommit(id: string) {
  return api<ImportDto>(importPath(id, '/commit'), { method: 'POST' });
}

/** Every indicator (all kinds): the figure columns a sheet can map to. */
export function getFigureDictionary(signal?: AbortSignal) {
  return api<FigureDictionaryDto>('/registry/figure-dictionary', { signal });
}

/**
 * POST /org-imports as multipart (field "file") with upload progress, which fetch cannot report.
 * A refused file comes back as ApiError carrying the server's Vietnamese message.
 */
export function uploadImportFile(
  file: File,
  { onProgress, signal }: { onProgress?: (percent: number) => void; signal?: AbortSignal } = {},
): Promise<ImportDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/org-imports');
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken;
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 201 || xhr.status === 200) {
        resolve(body as ImportDto);
        return;
      }
      const error = toUploadError(xhr.status, body);
      // Same rule as every other request: a 401 means the session is gone.
      if (error.status === 401) queryClient.setQueryData(SESSION_KEY, null);
      reject(error);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.'),
      );
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Đã hủy tải lên.'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const UPLOAD_FALLBACKS: Record<number, string> = {
  403: 'Bạn không có quyền nhập dữ liệu.',
  413: 'Tệp quá lớn (tối đa 20 MB).',
  415: 'Chỉ nhận tệp Excel (.xlsx).',
};

function toUploadError(status: number, payload: unknown): ApiError {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  const fieldErrors =
    typeof body.fieldErrors === 'object' && body.fieldErrors !== null
      ? (body.fieldErrors as Record<string, string>)
      : {};
  // The file's own problem ("Tệp … có mật khẩu …") is the most precise text the server gives.
  const message =
    fieldErrors.file ??
    (typeof body.message === 'string' && body.message ? body.message : undefined) ??
    UPLOAD_FALLBACKS[status] ??
    `Máy chủ gặp lỗi (mã ${status}). Vui lòng thử lại sau.`;
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  return new ApiError(status, code, message, fieldErrors);
}
