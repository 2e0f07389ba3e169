import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { type ReportDto, reportsKey, returnReport } from '../../../api/registry-reports-api';
import { ModalFormActions } from '../../../components/modal-form-actions';
import { applyServerErrors } from '../../../lib/form-errors';

const COMMENT_MAX = 2000;

/** Staff send a submitted report back; the member reads the reason and corrects it. */
export function ReturnReportModal({
  open,
  orgId,
  year,
  onClose,
}: {
  open: boolean;
  orgId: string;
  year: number;
  onClose: () => void;
}) {
  return (
    <Modal open={open} title={`Trả lại báo cáo năm ${year}`} onCancel={onClose} footer={null} destroyOnHidden>
      <ReturnForm orgId={orgId} year={year} onClose={onClose} />
    </Modal>
  );
}

function ReturnForm({ orgId, year, onClose }: { orgId: string; year: number; onClose: () => void }) {
  const [form] = Form.useForm<{ comment: string }>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const send = useMutation({
    mutationFn: (comment: string) => returnReport(orgId, year, comment),
    onSuccess: (saved: ReportDto) => {
      queryClient.setQueryData(reportsKey('report', orgId, year), saved);
      queryClient.invalidateQueries({ queryKey: reportsKey() });
      message.success(`Đã trả lại báo cáo năm ${year}.`);
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ comment }) => {
        setError(null);
        send.mutate(comment.trim());
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="comment"
        label="Lý do trả lại"
        extra="Đơn vị đọc được nội dung này trên trang báo cáo của mình."
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập lý do trả lại.' },
          { max: COMMENT_MAX, message: `Tối đa ${COMMENT_MAX.toLocaleString('vi-VN')} ký tự.` },
        ]}
      >
        <Input.TextArea rows={5} maxLength={COMMENT_MAX} showCount autoFocus />
      </Form.Item>
      <ModalFormActions onCancel={onClose} submitText="Trả lại báo cáo" loading={send.isPending} />
    </Form>
  );
}
