import { expect, it } from 'vitest';
import * as archive from './index.js';

it('@podlens/archive exports exactly its public API', () => {
  expect(Object.keys(archive).sort()).toEqual(
    [
      'ARCHIVE_SCHEMA_VERSION',
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
      'sentenceAround',
      'speakerPersonKey',
      'termTrends',
      'unlinkPeople',
    ].sort(),
  );
});
