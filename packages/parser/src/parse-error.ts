import type { FormatName } from './model.js';

export interface FormatRefusal {
  format: FormatName;
  reason: string;
}

/** The input is in no format podlens reads; `refusals` says why each format declined it. */
export class UnknownFormatError extends Error {
  readonly refusals: FormatRefusal[];
  readonly fileName: string | undefined;
  constructor(refusals: FormatRefusal[], fileName?: string) {
    super(
      `${fileName ? `${fileName}: ` : ''}not a transcript in any known format. Tried:\n` +
        refusals.map((r) => `  - ${r.format}: ${r.reason}`).join('\n'),
    );
    this.name = 'UnknownFormatError';
    this.refusals = refusals;
    this.fileName = fileName;
  }
}
