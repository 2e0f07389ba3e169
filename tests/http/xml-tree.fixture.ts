// Test support: parses XML with a real, strict, namespace-aware parser (saxes: well-formedness
// errors throw) into a small tree to assert on.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Namespace URI ('' when none). */
  uri: string;
  local: string;
  /** Attributes by qualified name, e.g. "version", "rel", "xmlns:atom". */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element, entities decoded. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { uri: tag.uri, local: tag.local, attrs, children: [], text: '' };
    stack.at(-1)?.children.push(el);
    stack.push(el);
    root ??= el;
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Child elements by local name (and namespace, default: the parent's). */
export function childrenNamed(el: XmlElement, local: string, uri = el.uri): XmlElement[] {
  return el.children.filter((c) => c.local === local && c.uri === uri);
}

/** The one child of that name; fails when there are none or several. */
export function onlyChild(el: XmlElement, local: string, uri = el.uri): XmlElement {
  const found = childrenNamed(el, local, uri);
  if (found.length !== 1) throw new Error(`<${el.local}> has ${found.length} <${local}>, expected 1`);
  return found[0] as XmlElement;
}

export function childText(el: XmlElement, local: string, uri = el.uri): string {
  return onlyChild(el, local, uri).text;
}
