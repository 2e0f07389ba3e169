import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export interface AuditFilterValues {
  action: string;
  entity: string;
  actorEmail: string;
  from: string;
  to: string;
}

interface FormValues {
  action?: string;
  entity?: string;
  actorEmail?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const API_DATE = 'YYYY-MM-DD';

export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const initialValues: FormValues = {
    action: value.action,
    entity: value.entity,
    actorEmail: value.actorEmail,
    range: value.from || value.to ? [toDay(value.from), toDay(value.to)] : null,
  };

  function submit(values: FormValues) {
    onChange({
      action: values.action?.trim() ?? '',
      entity: values.entity?.trim() ?? '',
      actorEmail: values.actorEmail?.trim() ?? '',
      from: values.range?.[0]?.format(API_DATE) ?? '',
      to: values.range?.[1]?.format(API_DATE) ?? '',
    });
  }

  return (
    <Form
      form={form}
      layout="inline"
      initialValues={initialValues}
      onFinish={submit}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="action" label="Hành động">
        <Input placeholder="vd. user.create" allowClear />
      </Form.Item>
      <Form.Item name="entity" label="Đối tượng">
        <Input placeholder="vd. user" allowClear />
      </Form.Item>
      <Form.Item name="actorEmail" label="Người thực hiện">
        <Input placeholder="Email" allowClear />
      </Form.Item>
      <Form.Item name="range" label="Thời gian">
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          placeholder={['Từ ngày', 'Đến ngày']}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          Lọc
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({ action: '', entity: '', actorEmail: '', from: '', to: '' })}>
          Xóa lọc
        </Button>
      </Form.Item>
    </Form>
  );
}

function toDay(text: string): Dayjs | null {
  const day = dayjs(text);
  return text && day.isValid() ? day : null;
}
