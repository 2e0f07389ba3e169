import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { mergeOrg, type OrgDto, type OrgSummary, orgsKey } from '../../../api/registry-orgs-api';
import { applyServerErrors } from '../../../lib/form-errors';
import { OrgSearchSelect } from './org-search-select';
import { ORG_KIND_LABELS } from './org-vocabulary';

interface Values {
  intoId: string;
  confirmed: boolean;
}

/** Merges this record (a duplicate) into the one kept; the duplicate stays in history, out of lists. */
export function OrgMergeDialog({ org, open, onClose }: { org: OrgDto; open: boolean; onClose: () => void }) {
  return (
    <Modal
      open={open}
      title="Gộp với tổ chức khác"
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <MergeForm org={org} onClose={onClose} />
    </Modal>
  );
}

function MergeForm({ org, onClose }: { org: OrgDto; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [target, setTarget] = useState<OrgSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const merge = useMutation({
    mutationFn: (values: Values) => mergeOrg(org.id, values.intoId),
    onSuccess: (kept) => {
      queryClient.removeQueries({ queryKey: orgsKey('detail', org.id) });
      queryClient.invalidateQueries({ queryKey: orgsKey() });
      message.success(`Đã gộp ${org.name} vào ${kept.name}.`);
      onClose();
      navigate(`/to-chuc/${kept.id}`);
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => {
        setError(null);
        merge.mutate(values);
      }}
    >
      <Typography.Paragraph>
        Dùng khi <strong>{org.name}</strong> và một hồ sơ khác là cùng một tổ chức (nhập trùng). Chọn hồ sơ
        được <strong>giữ lại</strong>:
      </Typography.Paragraph>
      <Form.Item
        name="intoId"
        label="Tổ chức giữ lại"
        rules={[{ required: true, message: 'Vui lòng chọn tổ chức giữ lại.' }]}
      >
        <OrgSearchSelect exclude={[org.id]} onChange={(_, picked) => setTarget(picked)} />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        title="Khi gộp:"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            <li>
              Số liệu, xếp loại, báo cáo năm, lịch sử tình trạng, tệp đính kèm, tài khoản đại diện và liên kết
              liên hiệp của hồ sơ này chuyển sang hồ sơ giữ lại — trừ những năm hay mục hồ sơ giữ lại đã có
              (khi đó giữ dữ liệu của hồ sơ giữ lại).
            </li>
            <li>Thông tin chung (tên, mã số, địa chỉ…) của hồ sơ giữ lại không đổi; hãy sửa sau nếu cần.</li>
            <li>
              Hồ sơ này được đánh dấu “đã gộp”: không còn trong danh sách, tra cứu và danh bạ công khai, nhưng
              lịch sử thay đổi vẫn được giữ.
            </li>
          </ul>
        }
        style={{ marginBottom: 16 }}
      />
      {target && (
        <Typography.Paragraph>
          Giữ lại: <strong>{target.name}</strong> ({ORG_KIND_LABELS[target.kind]}
          {target.regCode ? `, mã số ${target.regCode}` : ''}). Gộp vào đó: <strong>{org.name}</strong> (
          {ORG_KIND_LABELS[org.kind]}
          {org.regCode ? `, mã số ${org.regCode}` : ''}).
        </Typography.Paragraph>
      )}
      <Form.Item
        name="confirmed"
        valuePropName="checked"
        rules={[
          {
            validator: (_, checked: boolean) =>
              checked ? Promise.resolve() : Promise.reject(new Error('Vui lòng xác nhận trước khi gộp.')),
          },
        ]}
      >
        <Checkbox>Tôi đã kiểm tra: hai hồ sơ là cùng một tổ chức.</Checkbox>
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Flex justify="end" gap="small">
        <Button onClick={onClose}>Hủy</Button>
        <Button type="primary" danger htmlType="submit" loading={merge.isPending}>
          Gộp hồ sơ
        </Button>
      </Flex>
    </Form>
  );
}
