import { PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import {
  getMenu,
  listSitePages,
  type MenuDto,
  type MenuEntry,
  type MenuInput,
  menuKey,
  saveMenu,
  sitePagesKey,
} from '../../api/pages-api';
import { PageHeading } from '../../components/page-heading';
import { applyServerErrors } from '../../lib/form-errors';
import { MenuEntryCard, type UrlOption } from './menu-entry-card';

/** The server's limits (menu.dto.ts). */
export const MAX_TOP_ITEMS = 12;

const PORTAL_PATHS: UrlOption[] = [
  { value: '/', label: 'Trang chủ (/)' },
  { value: '/tin-tuc', label: 'Tin tức (/tin-tuc)' },
  { value: '/van-ban', label: 'Văn bản (/van-ban)' },
  { value: '/phan-hoi', label: 'Phản hồi (/phan-hoi)' },
  { value: '/tim-kiem', label: 'Tìm kiếm (/tim-kiem)' },
];

export function MenuEditorPage() {
  const menu = useQuery({ queryKey: menuKey, queryFn: ({ signal }) => getMenu(signal), staleTime: 0 });
  return (
    <>
      <PageHeading title="Menu trang" />
      <Typography.Paragraph type="secondary">
        Menu chính của cổng thông tin: tối đa {MAX_TOP_ITEMS} mục, mỗi mục có thể có một cấp mục con. Bấm “Lưu
        menu” để áp dụng toàn bộ thay đổi.
      </Typography.Paragraph>
      {menu.isError && <Alert type="error" showIcon title={menu.error.message} />}
      {menu.isPending && <Spin description="Đang tải menu…" style={{ display: 'block', padding: 48 }} />}
      {/* The saved menu is the form's starting point: a new key restarts the form after saving. */}
      {menu.data && <MenuForm key={JSON.stringify(menu.data)} menu={menu.data} />}
    </>
  );
}

function MenuForm({ menu }: { menu: MenuDto }) {
  const [form] = Form.useForm<MenuInput>();
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const pages = useQuery({ queryKey: sitePagesKey('list'), queryFn: ({ signal }) => listSitePages(signal) });
  const urlOptions: UrlOption[] = [
    ...PORTAL_PATHS,
    ...(pages.data?.items ?? []).map((p) => ({ value: p.url, label: `${p.title} (${p.url})` })),
  ];

  const save = useMutation({
    mutationFn: saveMenu,
    onSuccess: (saved, input) => {
      queryClient.setQueryData(menuKey, saved);
      message.success(input.items.length === 0 ? 'Đã khôi phục menu mặc định.' : 'Đã lưu menu.');
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ items: menu.items }}
      onValuesChange={() => setDirty(true)}
      onFinish={(values) => {
        setError(null);
        save.mutate({ items: clean(values.items ?? []) });
      }}
      scrollToFirstError
    >
      {menu.isDefault && (
        <Alert
          type="info"
          showIcon
          title="Cổng đang dùng menu mặc định. Lưu để dùng menu riêng của đơn vị."
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.List name="items">
        {(fields, { add, remove, move }) => (
          <Flex vertical gap="middle">
            {fields.map((field, index) => (
              <MenuEntryCard
                key={field.key}
                field={field}
                index={index}
                count={fields.length}
                urlOptions={urlOptions}
                onMove={(delta) => move(index, index + delta)}
                onRemove={() => remove(index)}
              />
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_TOP_ITEMS}
              onClick={() => add({ label: '', url: '', children: [] } satisfies MenuEntry)}
            >
              {fields.length >= MAX_TOP_ITEMS ? `Đã đủ ${MAX_TOP_ITEMS} mục` : 'Thêm mục'}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Flex
        gap="small"
        wrap
        align="center"
        style={{
          position: 'sticky',
          bottom: 0,
          background: '#fff',
          padding: '12px 0',
          marginTop: 16,
          borderTop: '1px solid #f0f0f0',
          zIndex: 2,
        }}
      >
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu menu
        </Button>
        <Button
          icon={<UndoOutlined />}
          disabled={!dirty}
          onClick={() => {
            form.resetFields();
            setDirty(false);
            setError(null);
          }}
        >
          Hoàn tác thay đổi
        </Button>
        {!menu.isDefault && (
          <Popconfirm
            title="Khôi phục menu mặc định?"
            description="Menu riêng của đơn vị sẽ bị thay bằng menu mặc định."
            okText="Khôi phục"
            cancelText="Hủy"
            onConfirm={() => save.mutate({ items: [] })}
          >
            <Button danger>Khôi phục mặc định</Button>
          </Popconfirm>
        )}
        {dirty && <Typography.Text type="warning">Có thay đổi chưa lưu.</Typography.Text>}
      </Flex>
    </Form>
  );
}

function clean(items: MenuEntry[]): MenuEntry[] {
  return items.map((item) => ({
    label: (item.label ?? '').trim(),
    url: (item.url ?? '').trim(),
    children: (item.children ?? []).map((child) => ({
      label: (child.label ?? '').trim(),
      url: (child.url ?? '').trim(),
    })),
  }));
}
