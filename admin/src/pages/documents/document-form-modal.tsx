import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select, Spin, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  createDocument,
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentDto,
  type DocumentInput,
  type DocumentStatus,
  type DocumentType,
  documentsKey,
  type FileAttachment,
  getDocument,
  updateDocument,
} from '../../api/documents-api';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { useLastPresent } from '../../lib/use-last-present';
import { AttachmentsField } from './attachments-field';
import { API_DAY } from './document-format';
import { ReplacementSelect } from './replacement-select';

/** What the modal edits: a new document, or an existing one by id. */
export type DocumentTarget = { id: string } | 'new';

interface Values {
  number: string;
  docType: DocumentType;
  issuer: string;
  signer: string;
  issuedOn: Dayjs;
  effectiveOn: Dayjs | null;
  summary: string;
  field: string;
  status: DocumentStatus;
  replacedById: string | null;
  fileIds: FileAttachment[];
  published: boolean;
}

const TYPE_OPTIONS = DOCUMENT_TYPES.map((value) => ({ value, label: value }));
const STATUS_OPTIONS = DOCUMENT_STATUSES.map((value) => ({ value, label: DOCUMENT_STATUS_LABELS[value] }));
const max = (n: number) => ({ max: n, message: `Tối đa ${n} ký tự.` });

export function DocumentFormModal({
  target,
  onClose,
}: {
  target: DocumentTarget | null;
  onClose: () => void;
}) {
  const shown = useLastPresent(target);
  return (
    <Modal
      open={target !== null}
      title={shown === 'new' ? 'Thêm văn bản' : 'Sửa văn bản'}
      onCancel={onClose}
      footer={null}
      width={900}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {shown === 'new' && <DocumentForm document={null} onClose={onClose} />}
      {shown && shown !== 'new' && <ExistingDocumentForm id={shown.id} onClose={onClose} />}
    </Modal>
  );
}

function ExistingDocumentForm({ id, onClose }: { id: string; onClose: () => void }) {
  // The list carries no files nor replacement: the form starts from the full document.
  const doc = useQuery({
    queryKey: documentsKey('detail', id),
    queryFn: ({ signal }) => getDocument(id, signal),
    staleTime: 0,
  });
  if (doc.isError) return <Alert type="error" showIcon title={doc.error.message} />;
  if (!doc.data) return <Spin description="Đang tải văn bản…" style={{ display: 'block', padding: 48 }} />;
  return <DocumentForm document={doc.data} onClose={onClose} />;
}

function initialValues(doc: DocumentDto | null): Partial<Values> {
  if (!doc)
    return { status: 'con_hieu_luc', published: true, fileIds: [], replacedById: null, effectiveOn: null };
  return {
    number: doc.number,
    docType: doc.docType as DocumentType,
    issuer: doc.issuer,
    signer: doc.signer,
    issuedOn: dayjs(doc.issuedOn),
    effectiveOn: doc.effectiveOn ? dayjs(doc.effectiveOn) : null,
    summary: doc.summary,
    field: doc.field,
    status: doc.status,
    replacedById: doc.replacedById,
    fileIds: doc.files,
    published: doc.published,
  };
}

function toInput(values: Values): DocumentInput {
  return {
    number: values.number.trim(),
    docType: values.docType,
    issuer: values.issuer.trim(),
    signer: (values.signer ?? '').trim(),
    issuedOn: values.issuedOn.format(API_DAY),
    effectiveOn: values.effectiveOn ? values.effectiveOn.format(API_DAY) : null,
    summary: values.summary.trim(),
    field: (values.field ?? '').trim(),
    status: values.status,
    replacedById: values.status === 'bi_thay_the' ? (values.replacedById ?? null) : null,
    fileIds: (values.fileIds ?? []).map((file) => file.id),
    published: values.published,
  };
}

function DocumentForm({ document: doc, onClose }: { document: DocumentDto | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const status = Form.useWatch('status', form);
  const save = useMutation({
    mutationFn: (input: DocumentInput) => (doc ? updateDocument(doc.id, input) : createDocument(input)),
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: documentsKey() });
      message.success(doc ? `Đã lưu văn bản ${saved.number}.` : `Đã thêm văn bản ${saved.number}.`);
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues(doc)}
      onFinish={(values) => {
        setError(null);
        save.mutate(toInput(values));
      }}
      scrollToFirstError
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="number"
            label="Số ký hiệu"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số ký hiệu.' }, max(100)]}
          >
            <Input placeholder="vd. 12/2024/QĐ-UBND" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="docType"
            label="Loại văn bản"
            rules={[{ required: true, message: 'Vui lòng chọn loại văn bản.' }]}
          >
            <Select
              options={TYPE_OPTIONS}
              placeholder="Chọn loại văn bản"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="issuer"
            label="Cơ quan ban hành"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập cơ quan ban hành.' },
              max(200),
            ]}
          >
            <Input placeholder="vd. UBND tỉnh" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="signer" label="Người ký" rules={[max(120)]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="issuedOn"
            label="Ngày ban hành"
            rules={[{ required: true, message: 'Vui lòng chọn ngày ban hành.' }]}
          >
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="effectiveOn"
            label="Ngày hiệu lực"
            dependencies={['issuedOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator(_, value: Dayjs | null) {
                  const issued: Dayjs | undefined = getFieldValue('issuedOn');
                  if (value && issued && value.isBefore(issued, 'day')) {
                    return Promise.reject(new Error('Ngày hiệu lực không được trước ngày ban hành.'));
                  }
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker
              format="DD/MM/YYYY"
              placeholder="dd/mm/yyyy"
              style={{ width: '100%' }}
              disabledDate={(day) => {
                const issued: Dayjs | undefined = form.getFieldValue('issuedOn');
                return Boolean(issued && day.isBefore(issued, 'day'));
              }}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="summary"
            label="Trích yếu"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập trích yếu.' }, max(2000)]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="field" label="Lĩnh vực" rules={[max(120)]}>
            <Input placeholder="vd. Kinh tế tập thể" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="status"
            label="Tình trạng hiệu lực"
            rules={[{ required: true, message: 'Vui lòng chọn tình trạng.' }]}
          >
            <Select options={STATUS_OPTIONS} />
          </Form.Item>
        </Col>
        {status === 'bi_thay_the' && (
          <Col span={24}>
            <Form.Item
              name="replacedById"
              label="Văn bản thay thế"
              rules={[{ required: true, message: 'Vui lòng chọn văn bản thay thế.' }]}
            >
              <ReplacementSelect selfId={doc?.id ?? null} initial={doc?.replacedBy ?? null} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item
            name="fileIds"
            label="Tệp đính kèm"
            extra="Tệp hiển thị trên cổng theo thứ tự trong danh sách này."
          >
            <AttachmentsField />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="published" label="Công khai trên cổng thông tin" valuePropName="checked">
            <Switch checkedChildren="Công khai" unCheckedChildren="Ẩn" />
          </Form.Item>
        </Col>
      </Row>
      <ModalFormActions
        submitText={doc ? 'Lưu' : 'Thêm văn bản'}
        loading={save.isPending}
        onCancel={onClose}
      />
    </Form>
  );
}
