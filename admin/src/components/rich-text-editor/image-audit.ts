import { isLibrarySrc } from './figure-image-src';

export interface ImageProblem {
  /** Position among the body's images (0-based), for RichTextEditorHandle.focusImage. */
  index: number;
  /** Caption, alt or position: how the editor recognises the image in a list. */
  label: string;
  missingAlt: boolean;
  /** Pasted from elsewhere: the server drops it on save. */
  notInLibrary: boolean;
}

/** Images of a body that are not ready to publish. Reads HTML only: no editor needed. */
export function imageProblems(html: string): ImageProblem[] {
  if (!html.includes('<img')) return [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const problems: ImageProblem[] = [];
  Array.from(doc.querySelectorAll('img')).forEach((img, index) => {
    const src = img.getAttribute('src') ?? '';
    const missingAlt = !(img.getAttribute('alt') ?? '').trim();
    const notInLibrary = !isLibrarySrc(src);
    if (!missingAlt && !notInLibrary) return;
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
    const label = caption || img.getAttribute('alt')?.trim() || `Ảnh thứ ${index + 1} trong bài`;
    problems.push({ index, label, missingAlt, notInLibrary });
  });
  return problems;
}
