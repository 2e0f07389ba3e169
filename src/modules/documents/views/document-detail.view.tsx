import { formatDate } from '../../../lib/vi/index.ts';
import { breadcrumbJsonLd, type Crumb } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import { formatFileSize } from '../../media/file-size.ts';
import type { FileAttachment } from '../../media/media.dto.ts';
import type { DocumentDto, DocumentRef } from '../documents.dto.ts';
import { StatusBadge } from './document-list.view.tsx';

export interface DocumentDetailProps {
  site: SiteContext;
  doc: DocumentDto;
  replaces: DocumentRef[];
}

const refLabel = (r: DocumentRef) => `${r.docType} số ${r.number}`;

function Row({ label, children }: { label: string; children: JSX.Element }) {
  return (
    <div class="doc-meta__row">
      <dt class="doc-meta__label" safe>
        {label}
      </dt>
      <dd class="doc-meta__value">{children}</dd>
    </div>
  );
}

function Files({ files }: { files: FileAttachment[] }) {
  if (files.length === 0) return <p class="muted">Văn bản chưa có tệp đính kèm.</p>;
  return (
    <ul class="doc-files">
      {files.map((f) => (
        <li class="doc-files__item">
          <a class="doc-files__link" href={f.url}>
            <span safe>{f.name}</span>
          </a>
          <span class="doc-files__info" safe>
            {`${f.typeLabel}, ${formatFileSize(f.bytes)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** /van-ban/:id: the document's metadata as a definition list, its files, and what replaces it. */
export function DocumentDetailView({ site, doc, replaces }: DocumentDetailProps) {
  const title = refLabel(doc);
  const crumbs: Crumb[] = [{ label: 'Văn bản', href: '/van-ban' }, { label: doc.number }];
  const canonical = new URL(doc.url, site.origin).href;
  return (
    <PageLayout
      site={site}
      title={title}
      canonical={doc.url}
      description={doc.summary.slice(0, 300)}
      breadcrumb={crumbs}
      jsonLd={[breadcrumbJsonLd(crumbs, site.origin, canonical)]}
    >
      <article class="doc-detail" aria-labelledby="tieu-de-trang">
        <h1 class="page-title" id="tieu-de-trang" safe>
          {title}
        </h1>
        <p class="lead" safe>
          {doc.summary}
        </p>
        <dl class="doc-meta">
          <Row label="Số ký hiệu">
            <span safe>{doc.number}</span>
          </Row>
          <Row label="Loại văn bản">
            <span safe>{doc.docType}</span>
          </Row>
          <Row label="Cơ quan ban hành">
            <span safe>{doc.issuer}</span>
          </Row>
          {doc.signer ? (
            <Row label="Người ký">
              <span safe>{doc.signer}</span>
            </Row>
          ) : null}
          <Row label="Ngày ban hành">
            <time datetime={doc.issuedOn} safe>
              {formatDate(doc.issuedOn)}
            </time>
          </Row>
          <Row label="Ngày có hiệu lực">
            {doc.effectiveOn ? (
              <time datetime={doc.effectiveOn} safe>
                {formatDate(doc.effectiveOn)}
              </time>
            ) : (
              <span class="muted">Chưa cập nhật</span>
            )}
          </Row>
          {doc.field ? (
            <Row label="Lĩnh vực">
              <span safe>{doc.field}</span>
            </Row>
          ) : null}
          <Row label="Tình trạng hiệu lực">
            <span>
              <StatusBadge status={doc.status} />
              {doc.replacedBy ? (
                <span class="doc-meta__note">
                  {' Được thay thế bởi '}
                  <a href={doc.replacedBy.url} safe>
                    {refLabel(doc.replacedBy)}
                  </a>
                </span>
              ) : null}
            </span>
          </Row>
          <Row label="Trích yếu">
            <span safe>{doc.summary}</span>
          </Row>
        </dl>
        <section class="doc-section" aria-labelledby="vb-tep">
          <h2 class="section-title" id="vb-tep">
            Tệp đính kèm
          </h2>
          <Files files={doc.files} />
        </section>
        {replaces.length > 0 ? (
          <section class="doc-section" aria-labelledby="vb-thay-the">
            <h2 class="section-title" id="vb-thay-the">
              Văn bản này thay thế
            </h2>
            <ul class="doc-refs">
              {replaces.map((r) => (
                <li>
                  <a href={r.url} safe>
                    {refLabel(r)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p>
          <a href="/van-ban">‹ Về danh sách văn bản</a>
        </p>
      </article>
    </PageLayout>
  );
}
