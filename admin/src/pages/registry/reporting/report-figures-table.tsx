import { Alert, Table, Typography } from 'antd';
import type { FigureIssue, FiguresDto, IndicatorDto } from '../../../api/registry-reports-api';
import { formatChange, formatFigure } from './report-format';

/** Soft rules the figures break, each with its legal basis: they do not block, they ask for a look. */
export function FigureWarnings({
  warnings,
  indicators,
}: {
  warnings: FigureIssue[];
  indicators: IndicatorDto[];
}) {
  if (warnings.length === 0) return null;
  const name = (code: string) => indicators.find((i) => i.code === code)?.name ?? code;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${warnings.length} cảnh báo cần xem lại (không chặn việc lưu, nộp)`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((w) => (
            <li key={`${w.indicatorCode}-${w.ruleCode}`}>
              <strong>{name(w.indicatorCode)}:</strong> {w.message}
              {w.legalBasis && <em> — Căn cứ: {w.legalBasis}</em>}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** The report's figures next to last year's, with the change and the warnings of each indicator. */
export function ReportFiguresTable({ figures }: { figures: FiguresDto }) {
  return (
    <>
      <FigureWarnings warnings={figures.warnings} indicators={figures.indicators} />
      <Table<IndicatorDto>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={figures.indicators}
        columns={[
          {
            title: 'Chỉ tiêu',
            key: 'name',
            render: (_, i) => (
              <>
                {i.name}
                {i.required && <Typography.Text type="danger"> *</Typography.Text>}
              </>
            ),
          },
          {
            title: `Năm ${figures.year}`,
            key: 'value',
            align: 'right',
            render: (_, i) => <strong>{formatFigure(figures.values[i.code], i.unit)}</strong>,
          },
          {
            title: `Năm ${figures.previousYear}`,
            key: 'previous',
            align: 'right',
            render: (_, i) => formatFigure(figures.previousValues[i.code], i.unit),
          },
          {
            title: 'Thay đổi',
            key: 'change',
            align: 'right',
            render: (_, i) => formatChange(figures.changes[i.code]),
          },
          {
            title: 'Cảnh báo',
            key: 'warnings',
            render: (_, i) =>
              figures.warnings
                .filter((w) => w.indicatorCode === i.code)
                .map((w) => (
                  <div key={w.ruleCode}>
                    <Typography.Text type="warning">⚠ {w.message}</Typography.Text>
                    {w.legalBasis && (
                      <Typography.Text type="secondary" italic>
                        {' '}
                        (Căn cứ: {w.legalBasis})
                      </Typography.Text>
                    )}
                  </div>
                )),
          },
        ]}
      />
    </>
  );
}
