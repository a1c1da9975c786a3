import type { FormatName } from './model.js';

export interface FormatRefusal {
  format: FormatName;
  reason: string;
}

export interface RefusalSummary {
  /** What the input is, for the first line: "a JSON document with the top-level keys `a`, `b`". */
  summary: string;
  /** The formats worth listing in the message (those of the input's syntax); all when omitted; none: the summary alone. */
  tried?: FormatName[];
}

/** The input is in no format podlens reads; `refusals` says why each format declined it. */
export class UnknownFormatError extends Error {
  readonly refusals: FormatRefusal[];
  readonly fileName: string | undefined;
  constructor(refusals: FormatRefusal[], fileName?: string, detail?: RefusalSummary) {
    const listed = detail?.tried ? refusals.filter((r) => detail.tried!.includes(r.format)) : refusals;
    const prefix = fileName ? `${fileName}: ` : '';
    // No format worth listing (every one declined for the one reason the summary gives): the summary alone.
    super(
      detail && listed.length === 0
        ? `${prefix}${detail.summary}`
        : `${prefix}${detail ? `${detail.summary}: ` : ''}not a transcript in any known format. Tried:\n` +
            listed.map((r) => `  - ${r.format}: ${r.reason}`).join('\n'),
    );
    this.name = 'UnknownFormatError';
    this.refusals = refusals;
    this.fileName = fileName;
  }
}
