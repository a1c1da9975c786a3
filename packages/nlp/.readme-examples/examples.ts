// examples.ts: the episodes the later examples read (each block below starts with these lines).
import { parse } from '@podlens/parser';
const episode = (title: string, date: string, tags: string[], lines: string[]) =>
  parse(`---\ntitle: ${title}\ndateadded: "${date}"\nduration: PT10M\ntopics: [${tags.join(', ')}]\ntranscript:\n${lines
    .map((line, i) => `- line: ${JSON.stringify(line)}\n  who: ${i % 2 ? 'Guest' : 'Host'}\n  sec: ${i * 60}\n`)
    .join('')}---\n`).episode;
export const mlops = episode('Feature stores', '2023-01-10', ['MLOps'], [
  'Welcome. What is a feature store, and why do teams deploy one?',
  'A feature store keeps features for training and serving. We deploy it on Kubernetes with Docker, and monitoring of the models in production matters.',
  'How do you monitor a model in production?',
  'Model monitoring checks drift. The feature store and the model registry work together in the MLOps pipeline.',
]);
export const hiring = episode('Hiring analysts', '2024-05-02', ['Career'], [
  'Welcome. How do you hire a data analyst?',
  'We look for SQL and curiosity. A junior analyst learns dashboards quickly; the interview has a take-home task.',
  'What about the career path?',
  'From analyst to analytics engineer, or to data scientist. Mentoring helps a lot in a career.',
]);
