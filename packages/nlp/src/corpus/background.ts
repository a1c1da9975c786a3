import { stemWord } from '../text/stem-word.js';

// Words that nearly every conversation about work and data uses; they say little about the episode.
const common = `data work company companies job jobs role roles team teams project projects business
model models system systems process processes tool tools approach experience knowledge skill skills
world life career field area areas space topic topics course courses book books question answer
company's industry market value result results information decision decisions change changes
opportunity opportunities challenge challenges solution solutions technology technologies
background journey today friend friends community feedback everybody colleague colleagues
manager managers engineer engineers scientist scientists developer developers user users
customer customers client clients product products practice practices research learning
organization organizations environment group groups language languages person focus impact
understanding understand learn learned build built building create created help helps helped
start started run running call called feel felt happen happened`;

const shares = new Map<string, number>();
for (const w of common.split(/\s+/)) shares.set(stemWord(w), 0.6);

/** Share of documents of a generic background that hold a term key. */
export function backgroundDocumentFrequency(key: string): number {
  const known = shares.get(key);
  if (known !== undefined) return known;
  return key.includes(' ') ? 0.02 : 0.12;
}
