/**
 * Images pasted with text. Word's HTML points at files on the author's computer
 * (file:///C:/…/clip_image001.png) which a browser may not read, but the same clipboard holds an RTF
 * copy with the image bytes: they are matched to the <img>s by order, as Word writes both in
 * document order. Data URLs (LibreOffice, some web pages) are decoded directly. Either way the
 * bytes are uploaded to the library and the image is pointed at its variants.
 */

/** file: image sources of pasted HTML, in document order, mapped to the bytes found in the RTF. */
export function matchRtfImages(html: string, rtf: string): Map<string, Blob> {
  const found = new Map<string, Blob>();
  if (!rtf || !/<img[^>]+src=["']?file:/i.test(html)) return found;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const sources = Array.from(doc.querySelectorAll('img'))
    .map((img) => img.getAttribute('src') ?? '')
    .filter((src) => /^file:/i.test(src));
  const blobs = extractRtfImages(rtf);
  // Unequal counts mean the order cannot be trusted: the editor then asks for an upload instead.
  if (blobs.length !== sources.length) return found;
  sources.forEach((src, i) => {
    const blob = blobs[i];
    if (blob) found.set(src, blob);
  });
  return found;
}

/** PNG and JPEG pictures of an RTF document (Word's \shppict copies; its WMF fallbacks are skipped). */
export function extractRtfImages(rtf: string): Blob[] {
  const text = removeGroups(rtf, /^\{\\(?:\*\\)?nonshppict/);
  const blobs: Blob[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('{\\pict', from);
    if (start < 0) break;
    const end = matchingBrace(text, start);
    if (end < 0) break;
    from = end + 1;
    const { words, data } = topLevel(text.slice(start + 1, end));
    const type = words.includes('pngblip') ? 'image/png' : words.includes('jpegblip') ? 'image/jpeg' : null;
    if (!type) continue;
    const hex = data.replace(/[^0-9a-fA-F]/g, '');
    if (hex.length < 16 || hex.length % 2 !== 0) continue;
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    blobs.push(new Blob([bytes], { type }));
  }
  return blobs;
}

/** A data: URL decoded without fetch() (the console's CSP allows connections to itself only). */
export function dataUrlToBlob(src: string): Blob | null {
  const match = /^data:(image\/(?:png|jpe?g|gif|webp));base64,(.*)$/i.exec(src.replace(/\s/g, ''));
  if (!match?.[1] || match[2] === undefined) return null;
  try {
    const binary = atob(match[2]);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type: match[1].toLowerCase() });
  } catch {
    return null;
  }
}

export function fileNameFor(blob: Blob, index: number): string {
  const ext =
    blob.type === 'image/png'
      ? 'png'
      : blob.type === 'image/gif'
        ? 'gif'
        : blob.type === 'image/webp'
          ? 'webp'
          : 'jpg';
  return `anh-dan-${Date.now()}-${index + 1}.${ext}`;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++; // an escaped brace or backslash is text
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

function removeGroups(text: string, opener: RegExp): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const next = text.indexOf('{', i);
    if (next < 0) break;
    if (opener.test(text.slice(next, next + 20))) {
      const end = matchingBrace(text, next);
      if (end < 0) break;
      out += text.slice(i, next);
      i = end + 1;
    } else {
      out += text.slice(i, next + 1);
      i = next + 1;
    }
  }
  return out + text.slice(i);
}

/** Control words and text of a group, without its nested groups ({\*\blipuid …}, {\*\picprop …}). */
function topLevel(inner: string): { words: string[]; data: string } {
  const words: string[] = [];
  let data = '';
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && ch === '\\') {
      const word = /^[a-z]+-?\d*/.exec(inner.slice(i + 1));
      if (word) {
        words.push(word[0].replace(/-?\d+$/, ''));
        i += word[0].length;
      } else {
        i++;
      }
    } else if (depth === 0) {
      data += ch;
    }
  }
  return { words, data };
}
