import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Switch, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { type CategoryDto, categoriesKey, createCategory, updateCategory } from '../../../api/news-api';
import { ModalFormActions } from '../../../components/modal-form-actions';
import { applyServerErrors } from '../../../lib/form-errors';
import { useLastPresent } from '../../../lib/use-last-present';
import { categoryTreeOptions } from '../category-options';
import { slugify } from '../news-format';

/** `{}`: a new top-level category; `{ parentId }`: a new subcategory; `{ category }`: edit it. */
export interface CategoryFormTarget {
  category?: CategoryDto;
  parentId?: string;
}

interface Props {
  target: CategoryFormTarget | null;
  categories: CategoryDto[];
  onClose: () => void;
}

export function CategoryModal({ target, categories, onClose }: Props) {
  const shown = useLastPresent(target);
  return (
    <Modal
      open={target !== null}
      title={shown?.category ? `Sửa chuyên mục “${shown.category.name}”` : 'Thêm chuyên mục'}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {shown && <CategoryForm target={shown} categories={categories} onClose={onClose} />}
    </Modal>
  );
}

interface Values {
  name: string;
  slug: string;
  parentId: string | null;
  description: string;
  showOnHome: boolean;
}

function CategoryForm({
  target,
  categories,
  onClose,
}: Omit<Props, 'target'> & { target: CategoryFormTarget }) {
  const { category } = target;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const parents = useMemo(() => categoryTreeOptions(categories, category?.id), [categories, category?.id]);
  const name = Form.useWatch('name', form) ?? '';

  const save = useMutation({
    mutationFn: (values: Values) => {
      const input = {
        name: values.name.trim(),
        slug: values.slug?.trim() || undefined,
        parentId: values.parentId ?? null,
        description: values.description?.trim() ?? '',
        showOnHome: values.showOnHome,
      };
      return category ? updateCategory(category.id, input) : createCategory(input);
    },
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: categoriesKey });
      message.success(category ? 'Đã lưu chuyên mục.' : `Đã thêm chuyên mục “${saved.name}”.`);
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        name: category?.name ?? '',
        slug: category?.slug ?? '',
        parentId: category ? category.parentId : (target.parentId ?? null),
        description: category?.description ?? '',
        showOnHome: category?.showOnHome ?? true,
      }}
      onFinish={(values) => {
        setError(null);
        save.mutate(values);
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="name"
        label="Tên chuyên mục"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên chuyên mục.' },
          { min: 2, message: 'Tên chuyên mục cần ít nhất 2 ký tự.' },
          { max: 120, message: 'Tên chuyên mục tối đa 120 ký tự.' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="slug"
        label="Đường dẫn"
        extra={`Địa chỉ: /chuyen-muc/${form.getFieldValue('slug') || slugify(name) || '…'}${
          category ? '' : ' — để trống: tạo từ tên.'
        }`}
        rules={[
          { max: 100, message: 'Đường dẫn tối đa 100 ký tự.' },
          {
            pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
            message: 'Chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
          },
        ]}
      >
        <Input placeholder={slugify(name) || 'tu-dong-theo-ten'} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="parentId" label="Chuyên mục cha">
        <TreeSelect
          treeData={parents}
          allowClear
          treeDefaultExpandAll
          placeholder="Không có (chuyên mục cấp cao nhất)"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label="Mô tả"
        rules={[{ max: 1000, message: 'Mô tả tối đa 1000 ký tự.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item name="showOnHome" label="Hiện trên trang chủ" valuePropName="checked">
        <Switch />
      </Form.Item>
      <ModalFormActions
        submitText={category ? 'Lưu' : 'Thêm chuyên mục'}
        loading={save.isPending}
        onCancel={onClose}
      />
    </Form>
  );
}
