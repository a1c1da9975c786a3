// @podlens/parser/core: what @podlens/parser exports, with a parser of the core readers only (no YAML library:
// about half the bundle) and `createParser` to add readers, such as `markdownYaml` from @podlens/parser/markdown-yaml.
export { createParser } from '../create-parser.js';
export type { Parser, ParseOptions } from '../create-parser.js';
export type { FormatReader } from '../raw.js';
export {
  acceptedFormatNames,
  detectFormat,
  formatNames,
  formats,
  parse,
  resolveFormatName,
  transcriptExtensions,
  transcriptMediaTypes,
} from './core-parser.js';
export type { FormatInfo } from '../formats/registry.js';
export * from '../entry-common.js';
