import {
  BoldOutlined,
  ClearOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  DisconnectOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { type Editor, useEditorState } from '@tiptap/react';
import { Button, Divider, Select, Tooltip } from 'antd';
import type { ReactNode } from 'react';

type Block = 'paragraph' | 'h2' | 'h3' | 'h4';

const BLOCK_OPTIONS: { value: Block; label: string }[] = [
  { value: 'paragraph', label: 'Đoạn văn' },
  { value: 'h2', label: 'Tiêu đề mục (H2)' },
  { value: 'h3', label: 'Tiêu đề nhỏ (H3)' },
  { value: 'h4', label: 'Tiêu đề nhỏ hơn (H4)' },
];

interface Props {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
}

export function EditorToolbar({ editor, onLink, onImage }: Props) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      block:
        (['h2', 'h3', 'h4'] as const).find((h) => e.isActive('heading', { level: Number(h[1]) })) ??
        ('paragraph' as Block),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      image: e.isActive('image'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="rte-toolbar" role="toolbar" aria-label="Định dạng nội dung">
      <Tool
        label="Hoàn tác (Ctrl+Z)"
        icon={<UndoOutlined />}
        disabled={!state.canUndo}
        onClick={() => chain().undo().run()}
      />
      <Tool
        label="Làm lại (Ctrl+Y)"
        icon={<RedoOutlined />}
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
      />
      <Divider orientation="vertical" />
      <Select<Block>
        aria-label="Kiểu đoạn"
        size="small"
        value={state.block}
        options={BLOCK_OPTIONS}
        popupMatchSelectWidth={false}
        style={{ width: 170 }}
        onChange={(block) => {
          if (block === 'paragraph') chain().setParagraph().run();
          else
            chain()
              .setHeading({ level: Number(block[1]) as 2 | 3 | 4 })
              .run();
        }}
      />
      <Divider orientation="vertical" />
      <Tool
        label="Đậm (Ctrl+B)"
        icon={<BoldOutlined />}
        pressed={state.bold}
        onClick={() => chain().toggleBold().run()}
      />
      <Tool
        label="Nghiêng (Ctrl+I)"
        icon={<ItalicOutlined />}
        pressed={state.italic}
        onClick={() => chain().toggleItalic().run()}
      />
      <Tool
        label="Gạch chân (Ctrl+U)"
        icon={<UnderlineOutlined />}
        pressed={state.underline}
        onClick={() => chain().toggleUnderline().run()}
      />
      <Tool
        label="Gạch ngang"
        icon={<StrikethroughOutlined />}
        pressed={state.strike}
        onClick={() => chain().toggleStrike().run()}
      />
      <Divider orientation="vertical" />
      <Tool
        label="Danh sách dấu đầu dòng"
        icon={<UnorderedListOutlined />}
        pressed={state.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      />
      <Tool
        label="Danh sách đánh số"
        icon={<OrderedListOutlined />}
        pressed={state.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <Tool
        label="Trích dẫn"
        icon={
          <span aria-hidden className="rte-quote-icon">
            “”
          </span>
        }
        pressed={state.blockquote}
        onClick={() => chain().toggleBlockquote().run()}
      />
      <Divider orientation="vertical" />
      <Tool label="Liên kết (Ctrl+K)" icon={<LinkOutlined />} pressed={state.link} onClick={onLink} />
      <Tool
        label="Gỡ liên kết"
        icon={<DisconnectOutlined />}
        disabled={!state.link}
        onClick={() => chain().extendMarkRange('link').unsetLink().run()}
      />
      <Tool
        label={state.image ? 'Sửa ảnh' : 'Chèn ảnh'}
        icon={<PictureOutlined />}
        pressed={state.image}
        onClick={onImage}
      />
      <Tool
        label="Chèn bảng 3 × 3"
        icon={<TableOutlined />}
        disabled={state.table}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      <Tool
        label="Xóa định dạng"
        icon={<ClearOutlined />}
        onClick={() => chain().unsetAllMarks().clearNodes().run()}
      />
      {state.table && (
        <>
          <Divider orientation="vertical" />
          <fieldset className="rte-toolbar__group" aria-label="Bảng">
            <Tool
              label="Thêm hàng bên dưới"
              icon={<InsertRowBelowOutlined />}
              onClick={() => chain().addRowAfter().run()}
            />
            <Tool
              label="Thêm cột bên phải"
              icon={<InsertRowRightOutlined />}
              onClick={() => chain().addColumnAfter().run()}
            />
            <Tool label="Xóa hàng" icon={<DeleteRowOutlined />} onClick={() => chain().deleteRow().run()} />
            <Tool
              label="Xóa cột"
              icon={<DeleteColumnOutlined />}
              onClick={() => chain().deleteColumn().run()}
            />
            <Tool
              label="Bật/tắt hàng tiêu đề"
              icon={
                <span aria-hidden className="rte-text-icon">
                  TĐ
                </span>
              }
              onClick={() => chain().toggleHeaderRow().run()}
            />
            <Tool
              label="Xóa bảng"
              icon={<DeleteOutlined />}
              danger
              onClick={() => chain().deleteTable().run()}
            />
          </fieldset>
        </>
      )}
    </div>
  );
}

function Tool({
  label,
  icon,
  pressed,
  disabled,
  danger,
  onClick,
}: {
  label: string;
  icon: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  danger?: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip title={label} mouseEnterDelay={0.4}>
      <Button
        type={pressed ? 'primary' : 'text'}
        ghost={false}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={pressed === undefined ? undefined : pressed}
        disabled={disabled}
        danger={danger}
        // Keeps the editor's selection: the button acts on it without taking focus first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );
}
