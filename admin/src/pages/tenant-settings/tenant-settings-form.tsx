import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { SESSION_KEY } from '../../api/session-api';
import { TENANT_KEY, type TenantUpdate, updateTenant } from '../../api/tenant-api';
import type { Tenant } from '../../api/types';
import { applyServerErrors } from '../../lib/form-errors';
import { ContactsFields } from './contacts-fields';

const HOST_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

function toFormValues(tenant: Tenant): TenantUpdate {
  return {
    name: tenant.name,
    hosts: tenant.hosts,
    settings: { ...tenant.settings, logoUrl: tenant.settings.logoUrl ?? '' },
  };
}

function toPayload(values: TenantUpdate): TenantUpdate {
  return {
    ...values,
    hosts: values.hosts.map((host) => host.trim().toLowerCase()),
    settings: { ...values.settings, logoUrl: values.settings.logoUrl?.trim() || null },
  };
}

export function TenantSettingsForm({ tenant }: { tenant: Tenant }) {
  const [form] = Form.useForm<TenantUpdate>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: updateTenant,
    onSuccess: (saved) => {
      queryClient.setQueryData(TENANT_KEY, saved);
      // The header shows the tenant name from the session.
      queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      message.success('Đã lưu cài đặt đơn vị.');
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={toFormValues(tenant)}
      onFinish={(values) => {
        setError(null);
        save.mutate(toPayload(values));
      }}
      style={{ maxWidth: 800 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Card title="Đơn vị" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          Mã đơn vị: <Typography.Text code>{tenant.code}</Typography.Text> · Mã tỉnh:{' '}
          <Typography.Text code>{tenant.provinceCode}</Typography.Text>
        </Typography.Paragraph>
        <Form.Item
          name="name"
          label="Tên đơn vị"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đơn vị.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="hosts"
          label="Tên miền"
          extra="Tên miền của trang công khai, vd. lienminhhtx.example.gov.vn. Nhấn Enter sau mỗi tên miền."
          rules={[
            { required: true, type: 'array', min: 1, message: 'Vui lòng nhập ít nhất một tên miền.' },
            {
              validator: (_, hosts: string[] = []) => {
                const invalid = hosts.filter((host) => !HOST_PATTERN.test(host.trim().toLowerCase()));
                return invalid.length
                  ? Promise.reject(new Error(`Tên miền không hợp lệ: ${invalid.join(', ')}`))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Select mode="tags" tokenSeparators={[',', ' ']} notFoundContent={null} />
        </Form.Item>
      </Card>
      <Card title="Trang công khai" style={{ marginBottom: 16 }}>
        <Form.Item
          name={['settings', 'siteTitle']}
          label="Tiêu đề trang"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tiêu đề trang.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name={['settings', 'logoUrl']}
          label="Địa chỉ logo"
          extra="Để trống nếu chưa có logo."
          rules={[
            {
              pattern: /^(https?:\/\/|\/)\S+$/,
              message: 'Địa chỉ logo phải bắt đầu bằng http://, https:// hoặc /.',
            },
          ]}
        >
          <Input placeholder="https://… hoặc /media/…" />
        </Form.Item>
        <Form.Item name={['settings', 'address']} label="Địa chỉ">
          <Input />
        </Form.Item>
        <Form.Item name={['settings', 'phone']} label="Điện thoại">
          <Input type="tel" />
        </Form.Item>
        <Form.Item
          name={['settings', 'email']}
          label="Email"
          rules={[{ type: 'email', message: 'Email không hợp lệ.' }]}
        >
          <Input type="email" />
        </Form.Item>
      </Card>
      <Card title="Người liên hệ" style={{ marginBottom: 16 }}>
        <ContactsFields />
      </Card>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        Lưu cài đặt
      </Button>
    </Form>
  );
}
