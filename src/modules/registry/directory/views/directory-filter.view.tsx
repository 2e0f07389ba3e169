import { formatNumber } from '../../../../lib/vi/index.ts';
import { SECTOR_LABELS, SECTORS } from '../../registry-enums.dto.ts';
import type { CommuneFacet, KindFacet } from '../directory.service.ts';
import {
  DIRECTORY_PARAMS,
  DIRECTORY_PATH,
  type DirectoryQuery,
  MAX_QUERY_LENGTH,
} from '../directory-list-query.ts';

interface Option {
  value: string;
  label: string;
}

function Options({ options, selected }: { options: readonly Option[]; selected: string | undefined }) {
  return (
    <>
      {options.map((o) => (
        <option value={o.value} selected={o.value === selected} safe>
          {o.label}
        </option>
      ))}
    </>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: JSX.Element }) {
  return (
    <div class="doc-filter__field">
      <label for={id} safe>
        {label}
      </label>
      {children}
    </div>
  );
}

const withCount = (label: string, n: number) => `${label} (${formatNumber(n)})`;

/**
 * Communes that have organisations: a plain select, so the filter works without JavaScript.
 * Grouped by province when the alliance's organisations span several (a merged province).
 */
function CommuneSelect({ communes, selected }: { communes: readonly CommuneFacet[]; selected?: string }) {
  const provinces = [...new Set(communes.map((c) => c.provinceName))];
  const option = (c: CommuneFacet): Option => ({ value: c.code, label: withCount(c.name, c.count) });
  return (
    <select id="htx-xa" name={DIRECTORY_PARAMS.commune}>
      <option value="">Tất cả</option>
      {provinces.length > 1 ? (
        provinces.map((p) => (
          <optgroup label={p}>
            <Options options={communes.filter((c) => c.provinceName === p).map(option)} selected={selected} />
          </optgroup>
        ))
      ) : (
        <Options options={communes.map(option)} selected={selected} />
      )}
    </select>
  );
}

export interface DirectoryFilterProps {
  query: DirectoryQuery;
  kinds: readonly KindFacet[];
  communes: readonly CommuneFacet[];
}

/** GET form: filtering works without JavaScript and every result list has its own URL. */
export function DirectoryFilter({ query, kinds, communes }: DirectoryFilterProps) {
  return (
    <search class="doc-filter">
      <form action={DIRECTORY_PATH} method="get">
        <h2 class="visually-hidden">Tra cứu tổ chức kinh tế tập thể</h2>
        <div class="doc-filter__field doc-filter__field--wide">
          <label for="htx-tu-khoa">Tên, mã số hoặc người đại diện</label>
          <input
            id="htx-tu-khoa"
            type="search"
            name={DIRECTORY_PARAMS.q}
            value={query.q ?? ''}
            maxlength={String(MAX_QUERY_LENGTH)}
            placeholder="Ví dụ: hợp tác xã Đồng Tâm"
          />
        </div>
        <Field id="htx-loai" label="Loại hình">
          <select id="htx-loai" name={DIRECTORY_PARAMS.kind}>
            <option value="">Tất cả</option>
            <Options
              options={kinds.map((k) => ({ value: k.kind, label: withCount(k.label, k.count) }))}
              selected={query.kind}
            />
          </select>
        </Field>
        <Field id="htx-linh-vuc" label="Ngành, lĩnh vực">
          <select id="htx-linh-vuc" name={DIRECTORY_PARAMS.sector}>
            <option value="">Tất cả</option>
            <Options
              options={SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))}
              selected={query.sector}
            />
          </select>
        </Field>
        <Field id="htx-xa" label="Xã, phường">
          <CommuneSelect communes={communes} selected={query.communeCode} />
        </Field>
        <div class="doc-filter__actions">
          <button type="submit" class="button-link">
            Tìm kiếm
          </button>
          <a href={DIRECTORY_PATH}>Xóa bộ lọc</a>
        </div>
      </form>
    </search>
  );
}
