/**
 * Cleans HTML pasted from Word (desktop and online), Google Docs, LibreOffice or web pages before
 * ProseMirror parses it: structure stays (headings, lists, tables, bold/italic/underline/strike,
 * links, images), Word's styles, classes, conditional comments and Office namespaces go. The server
 * sanitizes again whatever arrives; this is about what the editor shows and keeps.
 */
export function cleanPastedHtml(html: string): string {
  // Copied inside the editor: ProseMirror's own markup (data-pm-slice) round-trips as it is.
  if (html.includes('data-pm-slice')) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  removeNoise(body);
  styleToTags(body);
  convertWordLists(body);
  unwrapInlineWrappers(body);
  cleanAttributes(body);
  shiftHeadings(body);
  liftImages(body);
  removeEmptyParagraphs(body);
  return body.innerHTML;
}

const DROP_WITH_CONTENT = 'style, script, meta, link, title, xml, template, noscript, iframe, object, embed';

function removeNoise(root: HTMLElement) {
  for (const el of Array.from(root.querySelectorAll(DROP_WITH_CONTENT))) el.remove();
  // <!--[if gte vml 1]>…<![endif]--> and the other Office conditional blocks are comments once parsed.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const name = el.tagName.toLowerCase();
    if (!name.includes(':')) continue;
    // <o:p> holds the text of otherwise empty paragraphs; <v:…>, <w:…> are drawing and settings.
    if (name === 'o:p') unwrap(el);
    else el.remove();
  }
}

/** Google Docs and LibreOffice mark emphasis with styles on spans; tags survive the style removal. */
function styleToTags(root: HTMLElement) {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('span, font, b, strong, i, em'))) {
    const style = el.style;
    const name = el.tagName;
    // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: not bold.
    if ((name === 'B' || name === 'STRONG') && /^(normal|[1-4]00)$/.test(style.fontWeight)) {
      unwrap(el);
      continue;
    }
    if (name !== 'SPAN' && name !== 'FONT') continue;
    const wrappers: string[] = [];
    if (style.fontWeight === 'bold' || Number(style.fontWeight) >= 600) wrappers.push('strong');
    if (style.fontStyle === 'italic') wrappers.push('em');
    const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
    if (decoration.includes('underline')) wrappers.push('u');
    if (decoration.includes('line-through')) wrappers.push('s');
    if (style.verticalAlign === 'super') wrappers.push('sup');
    if (style.verticalAlign === 'sub') wrappers.push('sub');
    for (const tag of wrappers) {
      const wrapper = el.ownerDocument.createElement(tag);
      while (el.firstChild) wrapper.appendChild(el.firstChild);
      el.appendChild(wrapper);
    }
  }
}

interface ListItemInfo {
  paragraph: HTMLElement;
  level: number;
  ordered: boolean;
}

const ORDERED_MARKER = /^\s*(\(?[0-9]+[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcdmIVXLCDM]+[.)])\s*$/;

/**
 * Word desktop pastes lists as paragraphs styled "mso-list:l0 level2 lfo1" with the bullet as text:
 * consecutive ones become real (nested) <ul>/<ol>.
 */
function convertWordLists(root: HTMLElement) {
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('p[style*="mso-list"]'));
  const seen = new Set<HTMLElement>();
  for (const first of paragraphs) {
    if (seen.has(first)) continue;
    const run: ListItemInfo[] = [];
    let node: Element | null = first;
    while (node && node.tagName === 'P' && isWordListParagraph(node as HTMLElement)) {
      const paragraph = node as HTMLElement;
      seen.add(paragraph);
      run.push(describeListParagraph(paragraph));
      node = nextElement(paragraph);
    }
    if (run.length > 0) buildLists(run);
  }
  // Bullets ("·", "1.", "a)") Word wrote as text with mso-list:Ignore: an <li> brings its own.
  for (const el of Array.from(root.querySelectorAll('[style*="mso-list"]'))) {
    if (el.tagName !== 'P') el.remove();
  }
}

/** "mso-list:l0 level1 lfo1"; a MsoListParagraph without it is only an indented paragraph. */
function isWordListParagraph(p: HTMLElement): boolean {
  return /mso-list:\s*l\d+/i.test(p.getAttribute('style') ?? '');
}

function describeListParagraph(p: HTMLElement): ListItemInfo {
  const style = p.getAttribute('style') ?? '';
  const level = Number(/level(\d+)/i.exec(style)?.[1] ?? '1');
  // Word wraps the bullet in <span style="mso-list:Ignore">; some converters leave it as plain text.
  const markerSpan = p.querySelector('[style*="mso-list"]');
  const marker = markerSpan?.textContent ?? leadingMarker(p);
  const ordered = ORDERED_MARKER.test(marker.replace(/\u00a0/g, ' ').trim());
  if (markerSpan) markerSpan.remove();
  else stripLeadingMarker(p);
  return { paragraph: p, level: Math.max(1, level), ordered };
}

function leadingMarker(p: HTMLElement): string {
  const text = (p.textContent ?? '').replace(/\u00a0/g, ' ');
  return /^\s*(\S{1,5})\s/.exec(text)?.[1] ?? '';
}

/** Removes a "1." or "·" left as plain text at the start of a list paragraph. */
function stripLeadingMarker(p: HTMLElement) {
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode() as Text | null;
  if (!first) return;
  const replaced = first.data.replace(
    /^[\s\u00a0]*(?:[·•▪◦o§\u2022\u25aa\u25cf\uf0b7\uf0a7-]|\(?[0-9]+[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcdm]+[.)])[\s\u00a0]+/i,
    '',
  );
  first.data = replaced;
}

function buildLists(run: ListItemInfo[]) {
  const doc = run[0]?.paragraph.ownerDocument;
  const anchor = run[0]?.paragraph;
  if (!doc || !anchor) return;
  const stack: { list: HTMLElement; level: number }[] = [];
  let top: HTMLElement | null = null;
  for (const item of run) {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) > item.level) stack.pop();
    let current = stack.at(-1);
    if (!current || current.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (current) {
        const parentItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
        parentItem.appendChild(list);
      } else {
        top = list;
      }
      current = { list, level: item.level };
      stack.push(current);
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    while (item.paragraph.firstChild) p.appendChild(item.paragraph.firstChild);
    li.appendChild(p);
    current.list.appendChild(li);
  }
  if (top) anchor.before(top);
  for (const item of run) item.paragraph.remove();
}

const INLINE_WRAPPERS = 'span, font, ins, small, big';

function unwrapInlineWrappers(root: HTMLElement) {
  for (const el of Array.from(root.querySelectorAll(INLINE_WRAPPERS))) unwrap(el);
  // Word's bookmarks (<a name="_Toc…">) are anchors without a destination.
  for (const a of Array.from(root.querySelectorAll('a:not([href])'))) unwrap(a);
  // Word Online and Docs put whole blocks in <div>s; ProseMirror reads them as paragraphs anyway.
}

const KEEP_ATTRIBUTES: Record<string, readonly string[]> = {
  A: ['href', 'title'],
  IMG: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'data-media-id'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan', 'scope'],
  OL: ['start'],
};

function cleanAttributes(root: HTMLElement) {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const keep = KEEP_ATTRIBUTES[el.tagName] ?? [];
    for (const attr of Array.from(el.attributes)) {
      if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    }
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      // In-document links (#_Toc…) and Word's file:// links lead nowhere on the website.
      if (href.startsWith('#') || /^file:/i.test(href) || /^javascript:/i.test(href)) unwrap(el);
    }
  }
}

/** The page title is the h1: the highest pasted heading becomes h2, and the others follow it. */
function shiftHeadings(root: HTMLElement) {
  const headings = Array.from(root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'));
  if (headings.length === 0) return;
  const highest = Math.min(...headings.map((h) => Number(h.tagName.slice(1))));
  const shift = 2 - highest;
  for (const heading of headings) {
    const level = Math.min(4, Math.max(2, Number(heading.tagName.slice(1)) + shift));
    if (`H${level}` === heading.tagName) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    while (heading.firstChild) replacement.appendChild(heading.firstChild);
    heading.replaceWith(replacement);
  }
}

/**
 * Word puts each picture in a paragraph of its own; images are blocks in the editor, so such a
 * paragraph would leave empty ones around the image. The image takes the paragraph's place.
 */
function liftImages(root: HTMLElement) {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const images = Array.from(p.querySelectorAll('img'));
    if (images.length === 0) continue;
    if ((p.textContent ?? '').replace(/[\s\u00a0]/g, '') !== '') continue;
    p.replaceWith(...images);
  }
}

/** Word spaces paragraphs with empty ones (&nbsp;); the site's stylesheet spaces them already. */
function removeEmptyParagraphs(root: HTMLElement) {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (p.querySelector('img, br, table')) continue;
    if ((p.textContent ?? '').replace(/[\s\u00a0]/g, '') === '') p.remove();
  }
}

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function nextElement(el: Element): Element | null {
  let node = el.nextSibling;
  // Word puts line breaks between its paragraphs.
  while (node && node.nodeType === Node.TEXT_NODE && !(node.textContent ?? '').trim())
    node = node.nextSibling;
  return node && node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
}
