/** Markdown's backslash escapes undone (`\[12:30\]` -> `[12:30]`, `\*bleep\*` -> `*bleep*`), as a reader sees the text. */
export function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1') : text;
}
