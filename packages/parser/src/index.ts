export { parse, detectFormat } from './parse.js';
export type { ParseOptions } from './parse.js';
export {
  acceptedFormatNames,
  formatNames,
  formats,
  resolveFormatName,
  transcriptExtensions,
  transcriptMediaTypes,
} from './formats/index.js';
export type { FormatInfo } from './formats/index.js';
export * from './entry-common.js';
