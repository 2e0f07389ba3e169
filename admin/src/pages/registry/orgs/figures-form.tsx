import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  type FigureIssue,
  type FiguresDto,
  getFigures,
  type IndicatorDto,
  orgsKey,
  saveFigures,
} from '../../../api/registry-orgs-api';
import { FigureInput } from '../../../components/figure-input';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { formatChange, formatIndicatorValue } from './org-format';
import { REPORT_STATUS_LABELS, REPORT_TAG_STYLES } from './org-vocabulary';

interface Props {
  orgId: string;
  year: number;
  readOnly: boolean;
}

export function FiguresForm({ orgId, year, readOnly }: Props) {
  const figures = useQuery({
    queryKey: orgsKey('figures', orgId, year),
    queryFn: ({ signal }) => getFigures(orgId, year, signal),
    staleTime: 0,
  });
  if (figures.isError) return <Alert type="error" showIcon title={figures.error.message} />;
  if (!figures.data)
    return <Spin description="Đang tải số liệu…" style={{ display: 'block', padding: 32 }} />;
  // A saved or reloaded version starts the form again from the stored values.
  return (
    <FiguresEditor
      key={`${year}-${figures.data.version}`}
      figures={figures.data}
      readOnly={readOnly}
      onReload={() => figures.refetch()}
    />
  );
}

interface Values {
  values: Record<string, number | null>;
}

function FiguresEditor({
  figures,
  readOnly,
  onReload,
}: {
  figures: FiguresDto;
  readOnly: boolean;
  onReload: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { year } = figures;

  const save = useMutation({
    mutationFn: (values: Values) =>
      saveFigures(figures.orgId, year, {
        // Every indicator of the form: an emptied box clears the stored value.
        values: Object.fromEntries(figures.indicators.map((i) => [i.code, values.values?.[i.code] ?? null])),
        version: figures.version,
      }),
    onSuccess: (saved) => {
      const { changed: _changed, ...stored } = saved;
      queryClient.setQueryData(orgsKey('figures', figures.orgId, year), stored);
      queryClient.invalidateQueries({ queryKey: orgsKey('figure-years', figures.orgId) });
      queryClient.invalidateQueries({ queryKey: orgsKey('history', figures.orgId) });
      const warned = saved.warnings.length;
      if (saved.changed.length === 0) message.info(`Số liệu năm ${year} không có gì thay đổi.`);
      else if (warned > 0) message.warning(`Đã lưu số liệu năm ${year}, kèm ${warned} cảnh báo cần xem lại.`);
      else message.success(`Đã lưu số liệu năm ${year}.`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(err.message);
        setError(null);
        return;
      }
      setError(applyServerErrors(form, err));
    },
  });

  const warningsOf = (code: string) => figures.warnings.filter((w) => w.indicatorCode === code);
  const initialValues: Values = {
    values: Object.fromEntries(figures.indicators.map((i) => [i.code, figures.values[i.code] ?? null])),
  };

  return (
    <Card
      title={`Chỉ tiêu năm ${year}`}
      extra={
        <Flex gap="small" align="center" wrap>
          <Typography.Text type="secondary">Báo cáo năm:</Typography.Text>
          <Tag style={REPORT_TAG_STYLES[figures.reportStatus]}>
            {REPORT_STATUS_LABELS[figures.reportStatus]}
          </Tag>
        </Flex>
      }
    >
      {figures.locked && (
        <Alert
          type="info"
          showIcon
          title={`Số liệu năm ${year} đã được duyệt và khóa với đơn vị.`}
          description={
            readOnly
              ? undefined
              : 'Cán bộ Liên minh vẫn sửa được; mọi thay đổi được ghi vào lịch sử thay đổi.'
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={conflict}
          action={
            <Button type="primary" onClick={onReload}>
              Tải lại số liệu
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      {figures.warnings.length > 0 && (
        <WarningSummary warnings={figures.warnings} indicators={figures.indicators} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={readOnly}
        onFinish={(values) => {
          setError(null);
          save.mutate(values);
        }}
        scrollToFirstError
      >
        <Row gutter={24}>
          {figures.indicators.map((indicator) => (
            <Col xs={24} md={12} key={indicator.code}>
              <Form.Item
                name={['values', indicator.code]}
                label={indicator.name}
                tooltip={indicator.help || undefined}
                rules={
                  indicator.required && !readOnly
                    ? [{ required: true, message: `Vui lòng nhập ${indicator.name.toLowerCase()}.` }]
                    : []
                }
                extra={
                  <FieldNotes
                    indicator={indicator}
                    previousYear={figures.previousYear}
                    previous={figures.previousValues[indicator.code]}
                    change={figures.changes[indicator.code]}
                    warnings={warningsOf(indicator.code)}
                  />
                }
              >
                <FigureInput indicator={indicator} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Flex justify="space-between" align="center" wrap gap="small">
          <Typography.Text type="secondary">
            {figures.updatedAt
              ? `Cập nhật lần cuối ${formatDateTime(figures.updatedAt)}`
              : 'Chưa có số liệu năm này.'}
          </Typography.Text>
          {!readOnly && (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              Lưu số liệu năm {year}
            </Button>
          )}
        </Flex>
      </Form>
    </Card>
  );
}

/** Last year's value, the change, and the soft warnings of one indicator. */
function FieldNotes({
  indicator,
  previousYear,
  previous,
  change,
  warnings,
}: {
  indicator: IndicatorDto;
  previousYear: number;
  previous: number | undefined;
  change: number | undefined;
  warnings: FigureIssue[];
}) {
  return (
    <Flex vertical gap={2}>
      <span>
        Năm {previousYear}:{' '}
        {previous === undefined
          ? 'chưa có'
          : formatIndicatorValue(previous, indicator.valueType, indicator.unit)}
        {change !== undefined && ` (${formatChange(change)})`}
      </span>
      {warnings.map((w) => (
        <Typography.Text key={w.ruleCode} type="warning" style={{ color: '#ad4e00' }}>
          ⚠ {w.message}
          {w.legalBasis && (
            <>
              {' '}
              <Typography.Text type="secondary" italic>
                Căn cứ: {w.legalBasis}
              </Typography.Text>
            </>
          )}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function WarningSummary({ warnings, indicators }: { warnings: FigureIssue[]; indicators: IndicatorDto[] }) {
  const name = (code: string) => indicators.find((i) => i.code === code)?.name ?? code;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${warnings.length} cảnh báo cần xem lại (không chặn việc lưu)`}
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
