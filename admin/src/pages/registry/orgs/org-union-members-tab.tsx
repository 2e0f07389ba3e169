import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Popconfirm, Row, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  addUnionMember,
  listUnionMembers,
  type OrgDto,
  orgsKey,
  removeUnionMember,
  type UnionMemberDto,
} from '../../../api/registry-orgs-api';
import { applyServerErrors } from '../../../lib/form-errors';
import type { OrgAccess } from './org-access';
import { notBefore } from './org-form-rules';
import { API_DAY, DAY_FORMAT, formatDay } from './org-format';
import { OrgSearchSelect } from './org-search-select';
import { ORG_KIND_LABELS } from './org-vocabulary';

interface Values {
  memberId: string;
  joinedOn: Dayjs | null;
  leftOn: Dayjs | null;
}

/** The cooperatives and credit funds that belong to this union (LHHTX only). */
export function OrgUnionMembersTab({ org, access }: { org: OrgDto; access: OrgAccess }) {
  const members = useQuery({
    queryKey: orgsKey('union-members', org.id),
    queryFn: ({ signal }) => listUnionMembers(org.id, signal),
  });
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: orgsKey('union-members', org.id) });
    queryClient.invalidateQueries({ queryKey: orgsKey('history', org.id) });
  };
  const remove = useMutation({
    mutationFn: (member: UnionMemberDto) => removeUnionMember(org.id, member.member.id),
    onSuccess: (_, member) => {
      refresh();
      message.success(`Đã bỏ ${member.member.name} khỏi liên hiệp.`);
    },
    onError: (error) => message.error({ content: error.message, duration: 8 }),
  });
  const items = members.data?.items ?? [];

  return (
    <Flex vertical gap="middle">
      {access.canWrite && (
        <AddMemberForm org={org} exclude={[org.id, ...items.map((m) => m.member.id)]} onAdded={refresh} />
      )}
      {members.isError && <Alert type="error" showIcon title={members.error.message} />}
      <Table<UnionMemberDto>
        rowKey={(m) => m.member.id}
        size="small"
        loading={members.isFetching || remove.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Liên hiệp chưa có thành viên nào trong sổ.' }}
        columns={[
          {
            title: 'Thành viên',
            key: 'name',
            render: (_, m) => <Link to={`/to-chuc/${m.member.id}`}>{m.member.name}</Link>,
          },
          { title: 'Loại hình', key: 'kind', render: (_, m) => ORG_KIND_LABELS[m.member.kind] },
          { title: 'Mã số', key: 'regCode', render: (_, m) => m.member.regCode ?? '—' },
          { title: 'Ngày gia nhập', dataIndex: 'joinedOn', render: (d: string | null) => formatDay(d) },
          { title: 'Ngày rời', dataIndex: 'leftOn', render: (d: string | null) => formatDay(d) },
          ...(access.canWrite
            ? [
                {
                  title: 'Thao tác',
                  key: 'actions',
                  render: (_: unknown, m: UnionMemberDto) => (
                    <Popconfirm
                      title={`Bỏ ${m.member.name} khỏi liên hiệp?`}
                      okText="Bỏ"
                      okButtonProps={{ danger: true }}
                      cancelText="Hủy"
                      onConfirm={() => remove.mutate(m)}
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`Bỏ ${m.member.name} khỏi liên hiệp`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

function AddMemberForm({ org, exclude, onAdded }: { org: OrgDto; exclude: string[]; onAdded: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: (values: Values) =>
      addUnionMember(org.id, {
        memberId: values.memberId,
        joinedOn: values.joinedOn ? values.joinedOn.format(API_DAY) : null,
        leftOn: values.leftOn ? values.leftOn.format(API_DAY) : null,
      }),
    onSuccess: () => {
      onAdded();
      message.success(`Đã thêm ${name} vào liên hiệp.`);
      form.resetFields();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Card title="Thêm thành viên" size="small">
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setError(null);
          add.mutate(values);
        }}
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} md={10}>
            <Form.Item
              name="memberId"
              label="Hợp tác xã hoặc quỹ tín dụng nhân dân"
              rules={[{ required: true, message: 'Vui lòng chọn hợp tác xã thành viên.' }]}
            >
              <OrgSearchSelect
                kinds={['HTX', 'QTDND']}
                exclude={exclude}
                onChange={(_, picked) => setName(picked?.name ?? '')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="joinedOn" label="Ngày gia nhập">
              <DatePicker format={DAY_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name="leftOn"
              label="Ngày rời (nếu có)"
              dependencies={['joinedOn']}
              rules={[notBefore('joinedOn', 'Ngày rời không được trước ngày gia nhập.')]}
            >
              <DatePicker format={DAY_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} block>
                Thêm
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
