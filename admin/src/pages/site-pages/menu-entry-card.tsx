import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Col, Flex, Form, type FormListFieldData, Input, Row, Space } from 'antd';
import { hrefRule } from './href-rules';

/** The server's limits (menu.dto.ts). */
const MAX_CHILDREN = 15;
const LABEL_MAX = 60;

export interface UrlOption {
  value: string;
  label: string;
}

const HREF_MESSAGE = 'Đường dẫn phải bắt đầu bằng / (trang trên cổng) hoặc https://';

const labelRules = [
  { required: true, whitespace: true, message: 'Vui lòng nhập tên mục.' },
  { max: LABEL_MAX, message: `Tên mục tối đa ${LABEL_MAX} ký tự.` },
];
const urlRules = [
  { required: true, whitespace: true, message: 'Vui lòng nhập đường dẫn.' },
  { max: 500, message: 'Đường dẫn tối đa 500 ký tự.' },
  hrefRule(['https:'], HREF_MESSAGE),
];

interface Props {
  field: FormListFieldData;
  index: number;
  count: number;
  urlOptions: UrlOption[];
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One top-level entry with its children (Form.List "items.N.children"). */
export function MenuEntryCard({ field, index, count, urlOptions, onMove, onRemove }: Props) {
  const label: string = Form.useWatch(['items', field.name, 'label']) ?? '';
  const name = label.trim() || `Mục ${index + 1}`;

  return (
    <Card
      size="small"
      title={`${index + 1}. ${name}`}
      extra={<MoveButtons name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />}
    >
      <LinkFields path={[field.name]} urlOptions={urlOptions} labelText="Tên mục" urlText="Đường dẫn" />
      <Form.List name={[field.name, 'children']}>
        {(children, { add, remove, move }) => (
          <div
            style={{ marginInlineStart: 24, paddingInlineStart: 16, borderInlineStart: '2px solid #f0f0f0' }}
          >
            {children.map((child, childIndex) => (
              <Flex key={child.key} gap="small" align="start" wrap>
                <div style={{ flex: 1, minWidth: 280 }}>
                  <LinkFields
                    path={[child.name]}
                    urlOptions={urlOptions}
                    labelText={`Mục con ${childIndex + 1} của “${name}”`}
                    urlText="Đường dẫn"
                  />
                </div>
                <div style={{ paddingTop: 30 }}>
                  <MoveButtons
                    name={`mục con ${childIndex + 1}`}
                    index={childIndex}
                    count={children.length}
                    onMove={(delta) => move(childIndex, childIndex + delta)}
                    onRemove={() => remove(childIndex)}
                  />
                </div>
              </Flex>
            ))}
            <Button
              type="link"
              icon={<PlusOutlined />}
              disabled={children.length >= MAX_CHILDREN}
              onClick={() => add({ label: '', url: '' })}
              style={{ paddingInline: 0 }}
            >
              {children.length >= MAX_CHILDREN
                ? `Đã đủ ${MAX_CHILDREN} mục con`
                : `Thêm mục con vào “${name}”`}
            </Button>
          </div>
        )}
      </Form.List>
    </Card>
  );
}

function LinkFields({
  path,
  urlOptions,
  labelText,
  urlText,
}: {
  path: (string | number)[];
  urlOptions: UrlOption[];
  labelText: string;
  urlText: string;
}) {
  return (
    <Row gutter={12}>
      <Col xs={24} md={10}>
        <Form.Item name={[...path, 'label']} label={labelText} rules={labelRules}>
          <Input maxLength={LABEL_MAX} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item name={[...path, 'url']} label={urlText} rules={urlRules}>
          <AutoComplete
            options={urlOptions}
            placeholder="/gioi-thieu hoặc https://…"
            showSearch={{
              filterOption: (input, option) =>
                (option?.label ?? '').toLowerCase().includes(input.trim().toLowerCase()),
            }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function MoveButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  return (
    <Space size={0}>
      <Button
        type="text"
        icon={<ArrowUpOutlined />}
        aria-label={`Chuyển ${name} lên trên`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      />
      <Button
        type="text"
        icon={<ArrowDownOutlined />}
        aria-label={`Chuyển ${name} xuống dưới`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      />
      <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${name}`} onClick={onRemove} />
    </Space>
  );
}
