import { LIST_PARAMS } from '../document-list-query.ts';
import type { PublicDocumentFilter } from '../document-public.service.ts';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../document-types.dto.ts';
import type { DocumentFacets } from '../documents.repo.ts';

function Select({
  id,
  name,
  label,
  options,
  selected,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  selected: string | undefined;
}) {
  return (
    <div class="doc-filter__field">
      <label for={id} safe>
        {label}
      </label>
      <select id={id} name={name}>
        <option value="">Tất cả</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === selected} safe>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const asOptions = (values: readonly (string | number)[]) =>
  values.map((v) => ({ value: String(v), label: String(v) }));

/** GET form: filtering works without JavaScript and every result list has its own URL. */
export function DocumentFilter({ filter, facets }: { filter: PublicDocumentFilter; facets: DocumentFacets }) {
  return (
    <search class="doc-filter">
      <form action="/van-ban" method="get">
        <h2 class="visually-hidden">Tra cứu văn bản</h2>
        <div class="doc-filter__field doc-filter__field--wide">
          <label for="vb-tu-khoa">Số ký hiệu hoặc trích yếu</label>
          <input
            id="vb-tu-khoa"
            type="search"
            name={LIST_PARAMS.q}
            value={filter.q ?? ''}
            maxlength="200"
            placeholder="Ví dụ: 12/QĐ-LMHTX, kinh tế tập thể"
          />
        </div>
        <Select
          id="vb-loai"
          name={LIST_PARAMS.docType}
          label="Loại văn bản"
          options={asOptions(DOCUMENT_TYPES)}
          selected={filter.docType}
        />
        <Select
          id="vb-co-quan"
          name={LIST_PARAMS.issuer}
          label="Cơ quan ban hành"
          options={asOptions(facets.issuers)}
          selected={filter.issuer}
        />
        <Select
          id="vb-linh-vuc"
          name={LIST_PARAMS.field}
          label="Lĩnh vực"
          options={asOptions(facets.fields)}
          selected={filter.field}
        />
        <Select
          id="vb-nam"
          name={LIST_PARAMS.year}
          label="Năm ban hành"
          options={asOptions(facets.years)}
          selected={filter.year ? String(filter.year) : undefined}
        />
        <Select
          id="vb-hieu-luc"
          name={LIST_PARAMS.status}
          label="Tình trạng hiệu lực"
          options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
          selected={filter.status}
        />
        <div class="doc-filter__actions">
          <button type="submit" class="button-link">
            Tra cứu
          </button>
          <a href="/van-ban">Xóa bộ lọc</a>
        </div>
      </form>
    </search>
  );
}
