import { escapeHtml } from '@kitajs/html';
import type { TextSegment } from '../search.dto.ts';

/** Text with the matched words in <mark>; every piece escaped (segments are never HTML). */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return <>{segments.map((s) => (s.hit ? <mark safe>{s.text}</mark> : escapeHtml(s.text)))}</>;
}
