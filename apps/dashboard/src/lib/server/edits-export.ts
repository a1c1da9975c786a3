/**
 * The edits export: every speaker edit and every people link, as one JSON document a user can keep, move to
 * another machine, and import again. With the transcripts it rebuilds all that the user did.
 */
import { normaliseEdits, type SpeakerEdits } from './speaker-edits.js';

export const EDITS_EXPORT_FORMAT = 'podlens-edits';
export const EDITS_EXPORT_VERSION = 1;

export interface EditsExport {
  format: typeof EDITS_EXPORT_FORMAT;
  version: typeof EDITS_EXPORT_VERSION;
  exportedAt: string;
  /** Speaker edits by episode id: renames and merges keyed on the labels as parsed. */
  episodes: { id: string; rename: Record<string, string>; merge: Record<string, string> }[];
  /** People links: the speaker key (or person) `key` is part of the person `to`. */
  links: { key: string; to: string }[];
}

/** A problem in an imported document, with where it is (a JSON path such as `episodes[2].rename`). */
export interface ExportDiagnostic {
  path: string;
  message: string;
}

export type ReadExport =
  | {
      ok: true;
      episodes: { id: string; edits: SpeakerEdits }[];
      links: { key: string; to: string }[];
      diagnostics: ExportDiagnostic[];
    }
  | { ok: false; diagnostics: ExportDiagnostic[] };

const MAX_ID = 1000;
const MAX_KEY = 1000;

/** The export of these edits and links, episodes and links in a stable order. */
export function makeEditsExport(
  edits: ReadonlyMap<string, SpeakerEdits>,
  links: ReadonlyMap<string, string>,
  exportedAt = new Date(),
): EditsExport {
  const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    format: EDITS_EXPORT_FORMAT,
    version: EDITS_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    episodes: [...edits].sort(byKey).map(([id, e]) => ({ id, rename: { ...e.rename }, merge: { ...e.merge } })),
    links: [...links].sort(byKey).map(([key, to]) => ({ key, to })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A label -> name map as given, with a diagnostic for each entry that is left out. */
function readMap(value: unknown, where: string, diagnostics: ExportDiagnostic[]): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value)) {
    diagnostics.push({ path: where, message: 'expected an object of label -> name' });
    return {};
  }
  const kept = normaliseEdits({ rename: value }).rename;
  for (const key of Object.keys(value))
    if (!Object.hasOwn(kept, key))
      diagnostics.push({
        path: `${where}[${JSON.stringify(key)}]`,
        message: 'left out: a label and a name of 1 to 200 characters are expected',
      });
  return { ...value } as Record<string, string>;
}

/**
 * Reads a document to import: the export's format and version are checked (a wrong one refuses the whole
 * document); an episode or link that is not well formed is left out with a diagnostic, the rest is imported.
 */
export function readEditsExport(value: unknown): ReadExport {
  if (!isObject(value))
    return { ok: false, diagnostics: [{ path: '$', message: 'expected a JSON object (an export of podlens edits)' }] };
  if (value.format !== EDITS_EXPORT_FORMAT)
    return {
      ok: false,
      diagnostics: [
        {
          path: '$.format',
          message: `expected '${EDITS_EXPORT_FORMAT}', found ${JSON.stringify(value.format ?? null)}`,
        },
      ],
    };
  if (value.version !== EDITS_EXPORT_VERSION) {
    return {
      ok: false,
      diagnostics: [
        {
          path: '$.version',
          message: `version ${JSON.stringify(value.version ?? null)} is not one this podlens reads (it reads ${EDITS_EXPORT_VERSION})`,
        },
      ],
    };
  }
  const diagnostics: ExportDiagnostic[] = [];
  const episodes: { id: string; edits: SpeakerEdits }[] = [];
  const seen = new Set<string>();
  const list = value.episodes ?? [];
  if (!Array.isArray(list))
    return { ok: false, diagnostics: [{ path: '$.episodes', message: 'expected a list of episodes' }] };
  list.forEach((entry, i) => {
    const where = `$.episodes[${i}]`;
    if (!isObject(entry) || typeof entry.id !== 'string' || entry.id === '' || entry.id.length > MAX_ID) {
      diagnostics.push({
        path: where,
        message: `left out: expected { id, rename, merge } with an id of 1 to ${MAX_ID} characters`,
      });
      return;
    }
    if (seen.has(entry.id)) {
      diagnostics.push({
        path: `${where}.id`,
        message: `left out: episode ${JSON.stringify(entry.id)} is listed twice (the first is imported)`,
      });
      return;
    }
    seen.add(entry.id);
    const edits = normaliseEdits({
      rename: readMap(entry.rename, `${where}.rename`, diagnostics),
      merge: readMap(entry.merge, `${where}.merge`, diagnostics),
    });
    episodes.push({ id: entry.id, edits });
  });
  const links: { key: string; to: string }[] = [];
  const rawLinks = value.links ?? [];
  if (!Array.isArray(rawLinks))
    return { ok: false, diagnostics: [{ path: '$.links', message: 'expected a list of links' }] };
  rawLinks.forEach((link, i) => {
    const ok = (s: unknown): s is string => typeof s === 'string' && s !== '' && s.length <= MAX_KEY;
    if (!isObject(link) || !ok(link.key) || !ok(link.to) || link.key === link.to) {
      diagnostics.push({ path: `$.links[${i}]`, message: 'left out: expected { key, to }, two different person keys' });
      return;
    }
    links.push({ key: link.key, to: link.to });
  });
  return { ok: true, episodes, links, diagnostics };
}
