import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  type OrgDto,
  orgsKey,
  type RatingBandSetDto,
  type RatingDto,
  type RatingInput,
  saveRating,
} from '../../../api/registry-orgs-api';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatNumber, recentYears } from './org-format';
import { optionsOf, RATING_GRADE_LABELS, type RatingGrade } from './org-vocabulary';

interface Values {
  year: number;
  score: number | null;
  grade: RatingGrade | null;
  note: string;
}

const YEAR_OPTIONS = recentYears().map((y) => ({ value: y, label: String(y) }));
const GRADE_OPTIONS = optionsOf(RATING_GRADE_LABELS);

/** The set in force for a year (as the server picks it: greatest fromYear not after the year). */
function bandSetFor(sets: RatingBandSetDto[], year: number): RatingBandSetDto | null {
  return sets.filter((s) => s.fromYear <= year).sort((a, b) => b.fromYear - a.fromYear)[0] ?? null;
}

function gradeFor(set: RatingBandSetDto | null, score: number | null | undefined): RatingGrade | null {
  if (!set || score === null || score === undefined) return null;
  return (
    [...set.bands].sort((a, b) => b.minScore - a.minScore).find((b) => score >= b.minScore)?.grade ?? null
  );
}

function valuesFor(year: number, ratings: RatingDto[]): Values {
  const existing = ratings.find((r) => r.year === year);
  return {
    year,
    score: existing?.score ?? null,
    // A grade the score decides is left to the score; one entered alone is shown.
    grade: existing && existing.score === null ? existing.grade : null,
    note: existing?.note ?? '',
  };
}

export function RatingForm({
  org,
  ratings,
  bandSets,
}: {
  org: OrgDto;
  ratings: RatingDto[];
  bandSets: RatingBandSetDto[];
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const year = Form.useWatch('year', form) ?? new Date().getFullYear() - 1;
  const score = Form.useWatch('score', form);
  const set = bandSetFor(bandSets, year);
  const preview = gradeFor(set, score);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const input: RatingInput = { score: values.score ?? null, note: (values.note ?? '').trim() };
      if (values.grade) input.grade = values.grade;
      return saveRating(org.id, values.year, input);
    },
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: orgsKey('ratings', org.id) });
      queryClient.invalidateQueries({ queryKey: orgsKey('detail', org.id) });
      queryClient.invalidateQueries({ queryKey: orgsKey('history', org.id) });
      const scored = saved.score === null ? '' : ` (${formatNumber(saved.score)} điểm)`;
      message.success(`Đã lưu xếp loại năm ${saved.year}: ${saved.gradeLabel}${scored}.`);
      if (saved.notRatedReason) message.info(saved.notRatedReason);
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Card title="Nhập kết quả xếp loại" size="small">
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={valuesFor(new Date().getFullYear() - 1, ratings)}
        onFinish={(values) => {
          setError(null);
          save.mutate(values);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={4}>
            <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Vui lòng chọn năm.' }]}>
              <Select
                options={YEAR_OPTIONS}
                onChange={(next: number) => {
                  setError(null);
                  form.setFieldsValue(valuesFor(next, ratings));
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="score"
              label="Điểm (thang 100)"
              dependencies={['grade']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null) =>
                    (value === null || value === undefined) && !getFieldValue('grade')
                      ? Promise.reject(new Error('Vui lòng nhập điểm hoặc chọn xếp loại.'))
                      : Promise.resolve(),
                }),
              ]}
              extra={
                preview
                  ? `Theo thang áp dụng năm ${year}: ${RATING_GRADE_LABELS[preview]}.`
                  : set
                    ? undefined
                    : `Chưa có thang xếp loại cho năm ${year}: hãy chọn xếp loại.`
              }
            >
              <InputNumber min={0} max={100} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="grade"
              label="Xếp loại"
              dependencies={['score']}
              extra="Để trống khi đã nhập điểm: xếp loại tính theo thang điểm."
              rules={[
                ({ getFieldValue }) => ({
                  validator(_, value: RatingGrade | null) {
                    const computed = gradeFor(set, getFieldValue('score'));
                    if (value && value !== 'khong_xep_loai' && computed && value !== computed) {
                      return Promise.reject(
                        new Error(`Điểm này tương ứng xếp loại “${RATING_GRADE_LABELS[computed]}”.`),
                      );
                    }
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <Select options={GRADE_OPTIONS} allowClear placeholder="Tính theo điểm" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="note"
              label="Ghi chú"
              rules={[{ max: 2000, message: 'Ghi chú tối đa 2000 ký tự.' }]}
            >
              <Input.TextArea rows={1} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu xếp loại
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
          Chọn một năm đã có kết quả để sửa lại.
        </Typography.Text>
      </Form>
    </Card>
  );
}
