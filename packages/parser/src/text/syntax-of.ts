import type { Syntax } from '../raw.js';
import { looksLikeJson } from '../json/read-json.js';

const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|meta|title|main|article|section|div|p|cite|time|h[1-6]|span|table|ul|ol|header|link|style|script)[\s>/]/i;

/**
 * The syntax `text` is written in: JSON (an object, or an array JSON.parse reads), HTML (a document or a
 * fragment that starts with an HTML tag), XML (`<?xml`, unless it is XHTML, or a root with `xmlns`), else text
 * (Markdown counts as text, also with HTML inside).
 */
export function syntaxOf(text: string): Syntax {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return looksLikeJson(text) ? 'json' : 'text';
  if (!head.startsWith('<')) return 'text';
  if (/^<\?xml/i.test(head)) return /<(?:!doctype\s+html|html)[\s>]/i.test(head) ? 'html' : 'xml';
  const afterComments = head.replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  if (HTML_START.test(afterComments)) return 'html';
  // An XML document without its declaration: a root element with a namespace (`<tt xmlns=...>`, `<rss ...>`).
  return /^<[A-Za-z][\w:.-]*\s[^>]*xmlns[:=]/.test(afterComments) ? 'xml' : 'text';
}
