import { makeEpisode } from './episode.js';

/** Four unrelated subjects, one sentence each, for the discovered-topics tests. */
export const subjects = {
  kube: 'Kubernetes clusters, Docker images and the feature store keep model deployment reliable.',
  hire: 'Hiring a recruiter, the interview loop and each candidate offer shape the team.',
  food: 'Sourdough bread needs flour, water, salt and a patient starter in the oven.',
  sail: 'Sailing boats need a keel, a mast, good sails and a harbour against the storm.',
};
export type Subject = keyof typeof subjects;
const pairs: [Subject, Subject][] = [
  ['kube', 'hire'],
  ['kube', 'food'],
  ['kube', 'sail'],
  ['hire', 'food'],
  ['hire', 'sail'],
  ['food', 'sail'],
];

/** Six 20-minute episodes, each on two of the subjects (each subject in half of them), all with the show's greeting. */
export const fourSubjectEpisodes = pairs.map(([a, b]) =>
  makeEpisode(
    [
      ['host', 0, `Welcome everyone to the show. ${subjects[a]} ${subjects[a]}`],
      ['guest', 300, `${subjects[b]} ${subjects[b]}`],
      ['host', 600, `${subjects[a]} ${subjects[a]}`],
      ['guest', 900, `${subjects[b]} Thanks for joining the show.`],
    ],
    1200,
  ),
);
