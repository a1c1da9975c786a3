import { expect, it } from 'vitest';
import * as archive from './index.js';

it('@podlens/archive exports exactly its public API', () => {
  expect(Object.keys(archive).sort()).toEqual(
    [
      'ARCHIVE_RECORD_MODULE',
      'ARCHIVE_SCHEMA_VERSION',
      'archiveRecord',
      'addEpisode',
      'addEpisodes',
      'findPhrase',
      'ftsExpression',
      'impliedHostLinks',
      'linkPeople',
      'listPeople',
      'openArchive',
      'parseQuery',
      'periodBounds',
      'periodOf',
      'personLinks',
      'periodsBetween',
      'personKey',
      'removeEpisode',
      'resolvePerson',
      'searchArchive',
      'searchKeys',
      'searchKeyText',
      'sentenceAround',
      'speakerPersonKey',
      'termTrends',
      'unlinkPeople',
    ].sort(),
  );
});
