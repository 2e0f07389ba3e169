import './rich-text-editor.css';
import { TableKit } from '@tiptap/extension-table';
import type { EditorProps } from '@tiptap/pm/view';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App } from 'antd';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { bodyImageAttrs, uploadMedia } from '../../api/media-api';
import { EditorToolbar } from './editor-toolbar';
import { FigureImage, type FigureImageAttrs, isLibrarySrc } from './figure-image';
import { ImageDialog } from './image-dialog';
import { LinkDialog, type LinkTarget } from './link-dialog';
import { dataUrlToBlob, fileNameFor, matchRtfImages } from './pasted-images';
import { cleanPastedHtml } from './word-paste';

export interface RichTextEditorHandle {
  focus: () => void;
  /** Selects the n-th image of the body (0-based) and scrolls to it. */
  focusImage: (index: number) => void;
}

export interface RichTextEditorProps {
  /** Read once, when the editor is created: give the component a new `key` to load other content. */
  initialHtml: string;
  onChange: (html: string) => void;
  /** Id of the visible label of the field. */
  labelledBy: string;
  describedBy?: string;
  readOnly?: boolean;
  ref?: Ref<RichTextEditorHandle>;
}

const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['mailto', 'tel'],
      HTMLAttributes: { target: null, rel: null, class: null },
    },
  }),
  FigureImage,
  TableKit.configure({ table: { resizable: false, allowTableNodeSelection: true } }),
];

/** The article body: TipTap with the HTML the server's sanitizer keeps (see core/html/sanitize.ts). */
export function RichTextEditor({
  initialHtml,
  onChange,
  labelledBy,
  describedBy,
  readOnly,
  ref,
}: RichTextEditorProps) {
  const { message } = App.useApp();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Bytes of pasted images, by the src the pasted HTML gave them, until they are uploaded.
  const pendingBlobs = useRef(new Map<string, Blob>());
  const triedSources = useRef(new Set<string>());
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  const [imageTarget, setImageTarget] = useState<Partial<FigureImageAttrs> | null>(null);
  const [importing, setImporting] = useState(0);
  const openLinkDialogRef = useRef(() => {});
  const importPastedImagesRef = useRef<(current: Editor) => Promise<void>>(async () => {});

  // Options keep their identity across renders: TipTap re-applies changed options to the view
  // (setProps + updateState), which can drop keystrokes the DOM observer has not read yet.
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: {
        class: 'rte-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        spellcheck: 'true',
        lang: 'vi',
      },
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLinkDialogRef.current();
          return true;
        }
        return false;
      },
      handlePaste: (_view, event) => {
        const html = event.clipboardData?.getData('text/html') ?? '';
        const rtf = event.clipboardData?.getData('text/rtf') ?? '';
        for (const [src, blob] of matchRtfImages(html, rtf)) pendingBlobs.current.set(src, blob);
        return false; // ProseMirror goes on with the (cleaned) HTML
      },
    }),
    [labelledBy, describedBy],
  );
  const [content] = useState(initialHtml);
  const [editable] = useState(!readOnly);

  const editor = useEditor({
    extensions: EXTENSIONS,
    content,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: current }) => {
      onChangeRef.current(current.isEmpty ? '' : current.getHTML());
      void importPastedImagesRef.current(current);
    },
  });

  useEffect(() => {
    // No update event: switching to read-only is not an edit.
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);
  // A double click on an image (see FigureImage's node view) opens its dialog.
  const wrapperRef = useRef<HTMLDivElement>(null);
  const openImageDialogRef = useRef(() => {});
  openImageDialogRef.current = openImageDialog;
  openLinkDialogRef.current = openLinkDialog;
  useEffect(() => {
    const el = wrapperRef.current;
    if (!el || readOnly) return;
    const onEdit = () => openImageDialogRef.current();
    el.addEventListener('rte-edit-image', onEdit);
    return () => el.removeEventListener('rte-edit-image', onEdit);
  }, [readOnly]);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => editor?.commands.focus(),
      focusImage: (index) => {
        if (!editor) return;
        let seen = 0;
        let found: number | null = null;
        editor.state.doc.descendants((node, pos) => {
          if (found !== null) return false;
          if (node.type.name === 'image') {
            if (seen === index) found = pos;
            seen++;
          }
          return true;
        });
        if (found === null) return;
        editor.chain().focus().setNodeSelection(found).scrollIntoView().run();
      },
    }),
    [editor],
  );

  /** Uploads images pasted as data: URLs or with RTF bytes, then points them at the library. */
  importPastedImagesRef.current = importPastedImages;
  async function importPastedImages(current: Editor) {
    const jobs: { src: string; blob: Blob }[] = [];
    current.state.doc.descendants((node) => {
      if (node.type.name !== 'image') return true;
      const src = String(node.attrs.src ?? '');
      if (isLibrarySrc(src) || triedSources.current.has(src)) return true;
      triedSources.current.add(src);
      const blob = pendingBlobs.current.get(src) ?? (src.startsWith('data:') ? dataUrlToBlob(src) : null);
      if (blob) jobs.push({ src, blob });
      return true;
    });
    if (jobs.length === 0) return;
    setImporting((n) => n + jobs.length);
    let failed = 0;
    await Promise.all(
      jobs.map(async ({ src, blob }, i) => {
        try {
          const media = await uploadMedia(blob, fileNameFor(blob, i));
          replaceImageSource(current, src, bodyImageAttrs(media));
        } catch {
          failed++;
        } finally {
          pendingBlobs.current.delete(src);
          setImporting((n) => n - 1);
        }
      }),
    );
    if (failed > 0) {
      message.warning(`Không tải được ${failed} ảnh dán vào thư viện. Hãy chèn lại các ảnh có cảnh báo.`);
    } else {
      message.success(`Đã đưa ${jobs.length} ảnh dán vào thư viện. Hãy bổ sung mô tả (alt) cho từng ảnh.`);
    }
  }

  function openImageDialog() {
    if (!editor) return;
    const selected = editor.isActive('image')
      ? (editor.getAttributes('image') as Partial<FigureImageAttrs>)
      : {};
    setImageTarget(selected);
  }

  function openLinkDialog() {
    if (!editor) return;
    const href = String(editor.getAttributes('link').href ?? '');
    setLinkTarget({ href, needsText: editor.state.selection.empty && !href });
  }

  if (!editor) return null;
  return (
    <div className={`rte${readOnly ? ' rte--readonly' : ''}`} ref={wrapperRef}>
      {!readOnly && <EditorToolbar editor={editor} onLink={openLinkDialog} onImage={openImageDialog} />}
      {importing > 0 && (
        <p className="rte-status" role="status">
          Đang đưa {importing} ảnh dán vào thư viện…
        </p>
      )}
      <EditorContent editor={editor} />
      <LinkDialog
        target={linkTarget}
        onClose={() => setLinkTarget(null)}
        onRemove={() => {
          editor.chain().focus().extendMarkRange('link').unsetLink().run();
          setLinkTarget(null);
        }}
        onSubmit={(href, text) => {
          // Decided now, not when the dialog opened: ProseMirror reads a fresh selection
          // (Shift+Home, then Ctrl+K at once) asynchronously.
          const chain = editor.chain().focus();
          if (editor.state.selection.empty) {
            chain.insertContent({
              type: 'text',
              text: text || href,
              marks: [{ type: 'link', attrs: { href } }],
            });
          } else if (text) {
            chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });
          } else {
            chain.extendMarkRange('link').setLink({ href });
          }
          chain.run();
          setLinkTarget(null);
        }}
      />
      <ImageDialog
        target={imageTarget}
        onClose={() => setImageTarget(null)}
        onSubmit={(attrs) => {
          if (imageTarget?.src && editor.isActive('image')) {
            editor.chain().focus().updateAttributes('image', attrs).run();
          } else {
            editor.chain().focus().insertContent({ type: 'image', attrs }).run();
          }
          setImageTarget(null);
        }}
      />
    </div>
  );
}

function replaceImageSource(editor: Editor, src: string, attrs: Partial<FigureImageAttrs>) {
  if (editor.isDestroyed) return;
  const { tr } = editor.state;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && node.attrs.src === src) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs, alt: node.attrs.alt ?? '' });
    }
    return true;
  });
  if (tr.docChanged) editor.view.dispatch(tr.setMeta('addToHistory', false));
}

export default RichTextEditor;
