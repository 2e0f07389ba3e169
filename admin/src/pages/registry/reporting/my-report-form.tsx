import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Popconfirm, Row, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  type CommuneOption,
  type FigureIssue,
  getMyReport,
  type IndicatorDto,
  type MyReportDto,
  type OrgDto,
  PROFILE_FIELD_LABELS,
  PROFILE_FIELDS,
  type ProfileChanges,
  type ProfileFields,
  reportsKey,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
  saveReport,
  saveReportFigures,
  submitReport,
} from '../../../api/registry-reports-api';
import { FigureInput } from '../../../components/figure-input';
import { applyServerErrors } from '../../../lib/form-errors';
import { CommunePicker } from './commune-picker';
import { FigureWarnings } from './report-figures-table';
import { formatChange, formatFigure } from './report-format';

interface Values {
  values: Record<string, number | null>;
  profileChanges: ProfileFields;
}

const SIZE_OPTIONS = SIZE_CLASSES.map((value) => ({ value, label: SIZE_CLASS_LABELS[value] }));

/** Only the fields that differ from the profile are proposed; none at all clears the proposal. */
function proposal(current: ProfileFields, edited: ProfileFields): ProfileChanges | null {
  const changes: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = edited[field] ?? (field === 'communeCode' || field === 'sizeClass' ? null : '');
    const before = current[field] ?? (field === 'communeCode' || field === 'sizeClass' ? null : '');
    if (typeof value === 'string' ? value.trim() !== before : value !== before) changes[field] = value;
  }
  // The schema takes no "no commune": a cleared commune is simply not proposed.
  if (changes.communeCode === null) delete changes.communeCode;
  return Object.keys(changes).length > 0 ? (changes as ProfileChanges) : null;
}

/**
 * The member's yearly report: figures (hard errors on the fields, soft warnings with their legal
 * basis) and proposed profile changes. "Lưu" stores both; "Nộp báo cáo" stores then submits.
 */
export function MyReportForm({ data, org }: { data: MyReportDto; org: OrgDto | null }) {
  const { report, figures } = data;
  const profile = data.org.profile;
  const year = report.year;
  const readOnly = !report.canEdit;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // The figures' optimistic-locking token, moved on by each save while the form stays open.
  const version = useRef(figures.version);

  const initialValues: Values = {
    values: Object.fromEntries(figures.indicators.map((i) => [i.code, figures.values[i.code] ?? null])),
    profileChanges: { ...profile, ...(report.profileChanges ?? {}) } as ProfileFields,
  };
  const known: CommuneOption[] =
    org?.communeCode && org.communeName
      ? [{ code: org.communeCode, name: org.communeName, provinceName: org.provinceName ?? '' }]
      : [];

  async function store(values: Values) {
    const saved = await saveReportFigures(data.org.id, year, {
      // Every indicator of the form: an emptied box clears the stored value.
      values: Object.fromEntries(figures.indicators.map((i) => [i.code, values.values?.[i.code] ?? null])),
      version: version.current,
    });
    version.current = saved.version;
    await saveReport(data.org.id, year, proposal(profile, values.profileChanges));
  }

  const refresh = () => queryClient.invalidateQueries({ queryKey: reportsKey('mine') });
  const onError = async (err: Error) => {
    if (!(err instanceof ApiError && err.status === 409)) {
      setError(applyServerErrors(form, err));
      return;
    }
    // Someone else saved meanwhile (staff, another session): show their figures to check.
    setConflict(err.message);
    const fresh = await queryClient.fetchQuery({
      queryKey: reportsKey('mine', year),
      queryFn: ({ signal }) => getMyReport(year, signal),
      staleTime: 0,
    });
    version.current = fresh.figures.version;
    form.setFieldsValue({
      values: Object.fromEntries(
        fresh.figures.indicators.map((i) => [i.code, fresh.figures.values[i.code] ?? null]),
      ),
    });
    refresh();
  };
  const save = useMutation({
    mutationFn: store,
    onSuccess: () => {
      refresh();
      message.success(`Đã lưu báo cáo năm ${year}. Bấm “Nộp báo cáo” khi đã hoàn tất.`);
    },
    onError,
  });
  const submit = useMutation({
    mutationFn: async (values: Values) => {
      await store(values);
      return submitReport(data.org.id, year);
    },
    onSuccess: () => {
      refresh();
      message.success(`Đã nộp báo cáo năm ${year}. Liên minh sẽ xem xét và duyệt.`);
    },
    onError,
  });
  const busy = save.isPending || submit.isPending;

  async function run(action: 'save' | 'submit') {
    setError(null);
    setConflict(null);
    // The server's figure errors of the last attempt go (fields without rules keep them otherwise).
    form.setFields(figures.indicators.map((i) => ({ name: ['values', i.code], errors: [] })));
    try {
      const values = await form.validateFields();
      (action === 'save' ? save : submit).mutate(values);
    } catch {
      // The form shows which fields need attention.
    }
  }

  const warningsOf = (code: string) => figures.warnings.filter((w) => w.indicatorCode === code);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly || busy}
      scrollToFirstError
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={conflict}
          description="Biểu mẫu đã hiện số liệu mới nhất; vui lòng kiểm tra rồi lưu lại."
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Card title={`Chỉ tiêu năm ${year}`} style={{ marginBottom: 16 }}>
        <FigureWarnings warnings={figures.warnings} indicators={figures.indicators} />
        <Row gutter={24}>
          {figures.indicators.map((indicator) => (
            <Col xs={24} md={12} key={indicator.code}>
              <Form.Item
                name={['values', indicator.code]}
                label={indicator.name}
                tooltip={indicator.help || undefined}
                rules={
                  indicator.required
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
      </Card>
      <Card title="Đề nghị thay đổi thông tin hồ sơ" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          Sửa các thông tin đã thay đổi trong năm. Liên minh áp dụng vào hồ sơ khi duyệt báo cáo; các thông
          tin khác (tên, mã số, loại hình…) vui lòng liên hệ Liên minh.
        </Typography.Paragraph>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name={['profileChanges', 'communeCode']} label={PROFILE_FIELD_LABELS.communeCode}>
              <CommunePicker known={known} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['profileChanges', 'street']} label={PROFILE_FIELD_LABELS.street}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['profileChanges', 'representativeName']}
              label={PROFILE_FIELD_LABELS.representativeName}
            >
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['profileChanges', 'representativeTitle']}
              label={PROFILE_FIELD_LABELS.representativeTitle}
            >
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['profileChanges', 'publicPhone']} label={PROFILE_FIELD_LABELS.publicPhone}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['profileChanges', 'publicEmail']}
              label={PROFILE_FIELD_LABELS.publicEmail}
              rules={[{ type: 'email', message: 'Email công khai không hợp lệ.' }]}
            >
              <Input maxLength={200} inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['profileChanges', 'website']} label={PROFILE_FIELD_LABELS.website}>
              <Input maxLength={300} placeholder="https://…" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['profileChanges', 'sizeClass']} label={PROFILE_FIELD_LABELS.sizeClass}>
              <Select options={SIZE_OPTIONS} allowClear placeholder="Chưa xác định" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['profileChanges', 'notes']} label={PROFILE_FIELD_LABELS.notes}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {!readOnly && (
        <Flex justify="end" gap="small" wrap>
          <Button icon={<SaveOutlined />} onClick={() => run('save')} loading={save.isPending}>
            Lưu
          </Button>
          <Popconfirm
            title={`Nộp báo cáo năm ${year}?`}
            description="Sau khi nộp, đơn vị không sửa được nữa trừ khi Liên minh trả lại."
            okText="Nộp báo cáo"
            cancelText="Hủy"
            onConfirm={() => run('submit')}
          >
            <Button type="primary" icon={<SendOutlined />} loading={submit.isPending}>
              Nộp báo cáo
            </Button>
          </Popconfirm>
        </Flex>
      )}
    </Form>
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
        Năm {previousYear}: {previous === undefined ? 'chưa có' : formatFigure(previous, indicator.unit)}
        {change !== undefined && ` (${formatChange(change)})`}
      </span>
      {warnings.map((w) => (
        <Typography.Text key={w.ruleCode} style={{ color: '#ad4e00' }}>
          ⚠ {w.message}
          {w.legalBasis && (
            <Typography.Text type="secondary" italic>
              {' '}
              Căn cứ: {w.legalBasis}
            </Typography.Text>
          )}
        </Typography.Text>
      ))}
    </Flex>
  );
}
