import Image from '@tiptap/extension-image';
import { mergeAttributes } from '@tiptap/react';
import { isLibrarySrc } from './figure-image-src';

export interface FigureImageAttrs {
  src: string;
  alt: string;
  caption: string;
  srcset: string | null;
  sizes: string | null;
  width: number | null;
  height: number | null;
  mediaId: string | null;
}

export { isLibrarySrc };

const numberOrNull = (value: string | null) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : null;
};

function attrsFromImg(img: HTMLImageElement, caption: string): Partial<FigureImageAttrs> {
  return {
    src: img.getAttribute('src') ?? '',
    alt: img.getAttribute('alt') ?? '',
    caption,
    srcset: img.getAttribute('srcset'),
    sizes: img.getAttribute('sizes'),
    width: numberOrNull(img.getAttribute('width')),
    height: numberOrNull(img.getAttribute('height')),
    mediaId: img.getAttribute('data-media-id'),
  };
}

/**
 * A block image with its alt text and caption, saved as
 * <figure><img …><figcaption>Ảnh: …</figcaption></figure> (only <img> when there is no caption).
 * The caption is an attribute edited in the image dialog: it stays plain text, which is what the
 * public site, feeds and search expect.
 */
export const FigureImage = Image.extend({
  draggable: true,

  addOptions() {
    return {
      HTMLAttributes: {},
      resize: false as const,
      ...this.parent?.(),
      inline: false,
      allowBase64: true,
    };
  },

  addAttributes() {
    return {
      src: { default: '' },
      alt: { default: '' },
      caption: { default: '', rendered: false },
      srcset: { default: null },
      sizes: { default: null },
      width: { default: null },
      height: { default: null },
      mediaId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-media-id'),
        renderHTML: (attrs) => (attrs.mediaId ? { 'data-media-id': attrs.mediaId } : {}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => {
          const img = (el as HTMLElement).querySelector('img');
          if (!img) return false;
          const caption = (el as HTMLElement).querySelector('figcaption')?.textContent ?? '';
          return attrsFromImg(img, caption.replace(/\s+/g, ' ').trim());
        },
      },
      { tag: 'img[src]', getAttrs: (el) => attrsFromImg(el as HTMLImageElement, '') },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const img = ['img', mergeAttributes(HTMLAttributes, { alt: node.attrs.alt ?? '' })] as const;
    const caption = String(node.attrs.caption ?? '').trim();
    if (!caption) return ['figure', img];
    return ['figure', img, ['figcaption', caption]];
  },

  addNodeView() {
    return ({ node, editor, getPos }) => {
      const dom = document.createElement('figure');
      dom.className = 'rte-figure';
      const img = document.createElement('img');
      const caption = document.createElement('figcaption');
      const warning = document.createElement('p');
      warning.className = 'rte-figure__warning';
      dom.append(img, caption, warning);

      const render = (attrs: FigureImageAttrs) => {
        img.src = attrs.src;
        img.alt = attrs.alt ?? '';
        if (attrs.width) img.width = attrs.width;
        if (attrs.height) img.height = attrs.height;
        caption.textContent = attrs.caption ?? '';
        caption.hidden = !attrs.caption;
        const problems: string[] = [];
        if (!isLibrarySrc(attrs.src)) {
          problems.push('Ảnh chưa có trong thư viện: sẽ bị bỏ khi lưu. Bấm đúp để thay bằng ảnh tải lên.');
        }
        if (!attrs.alt?.trim()) problems.push('Thiếu mô tả ảnh (alt). Bấm đúp để bổ sung.');
        warning.textContent = problems.join(' ');
        warning.hidden = problems.length === 0;
        dom.classList.toggle('rte-figure--problem', problems.length > 0);
      };
      render(node.attrs as FigureImageAttrs);

      dom.addEventListener('dblclick', () => {
        const pos = typeof getPos === 'function' ? getPos() : undefined;
        if (typeof pos === 'number') editor.commands.setNodeSelection(pos);
        dom.dispatchEvent(new CustomEvent('rte-edit-image', { bubbles: true }));
      });

      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== node.type.name) return false;
          render(updated.attrs as FigureImageAttrs);
          return true;
        },
        selectNode: () => dom.classList.add('rte-figure--selected'),
        deselectNode: () => dom.classList.remove('rte-figure--selected'),
      };
    };
  },
});
