import { RichTextEditor } from '../../components/rich-text-editor/rich-text-editor';

interface Props {
  value?: string;
  onChange?: (html: string) => void;
  labelId: string;
  hintId?: string;
}

/**
 * The rich text editor as a form control. The editor reads its content once: the form mounts this
 * after the page has loaded, so the initial value is the saved body.
 */
export function BodyField({ value = '', onChange, labelId, hintId }: Props) {
  return (
    <RichTextEditor
      initialHtml={value}
      onChange={(html) => onChange?.(html)}
      labelledBy={labelId}
      describedBy={hintId}
    />
  );
}
