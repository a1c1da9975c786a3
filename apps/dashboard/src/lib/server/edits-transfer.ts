/** Export and import of all the user's edits (speaker edits and people links) against the database. */
import { linkPeople, personLinks, type Archive } from '@podlens/archive';
import { makeEditsExport, readEditsExport, type EditsExport, type ExportDiagnostic } from './edits-export.js';
import { allEdits, writeEdits } from './edits-store.js';

/** Every saved speaker edit and people link, as an export document. */
export function exportEdits(db: Archive): EditsExport {
  return makeEditsExport(allEdits(db), personLinks(db));
}

export type ImportOutcome =
  | { ok: true; episodes: number; links: number; diagnostics: ExportDiagnostic[] }
  | { ok: false; diagnostics: ExportDiagnostic[] };

/**
 * Imports an export document in one transaction: each episode it lists gets exactly the edits it holds
 * (others keep theirs), and its people links are added (replacing a link of the same key). All or nothing.
 */
export function importEdits(db: Archive, document: unknown): ImportOutcome {
  const read = readEditsExport(document);
  if (!read.ok) return read;
  db.transaction(() => {
    for (const { id, edits } of read.episodes) writeEdits(db, id, edits);
    for (const { key, to } of read.links) linkPeople(db, key, to);
  }).immediate();
  return { ok: true, episodes: read.episodes.length, links: read.links.length, diagnostics: read.diagnostics };
}
