import { parse, summarizeEpisode } from '@podlens/parser';
import { addEpisodes, openArchive, type Archive } from '../src/index.js';

/** Three small episodes of a made-up show, written for these tests. */
export const episodes: Record<string, string> = {
  e1: `---
title: Feature stores in practice
date: 2023-02-10
transcript:
- line: Welcome to the show. Today we talk about feature stores.
  who: Sam
  sec: 0
- line: Thanks, Sam. A feature store keeps features for training and serving.
  who: Maria Lopez
  sec: 10
- line: Why do teams build one?
  who: Sam
  sec: 30
- line: Because features drift. Our feature store solved it. Stores like Feast help.
  who: Maria Lopez
  sec: 40
---
`,
  e2: `---
title: LLMs everywhere
date: 2023-08-01
transcript:
- line: Hi everyone. Today, LLMs and evaluation.
  who: Sam
  sec: 0
- line: Hello! LLMs changed how we evaluate models. We still need a feature store? No.
  who: Daniel
  sec: 12
- line: And what about CI/CD for LLMs, Daniel?
  who: Sam
  sec: 30
- line: CI/CD for LLMs means evaluating prompts on every change.
  who: Daniel
  sec: 38
---
`,
  e3: `---
title: Data teams
date: 2024-01-15
transcript:
- line: Welcome back. My guest is Daniel, a different one.
  who: Sam
  sec: 0
- line: Hi Sam. Data teams need ownership, not feature-store hype.
  who: Daniel
  sec: 9
- line: What about the feature stores you built?
  who: Sam
  sec: 20
- line: We built two feature stores. Then we stopped.
  who: Daniel
  sec: 27
---
`,
};

/** An archive in memory holding the three episodes. */
export function fixtureArchive(): Archive {
  const db = openArchive(':memory:');
  addEpisodes(
    db,
    Object.entries(episodes).map(([id, text]) => {
      const result = parse(text, { format: 'markdown-yaml' });
      return { id, result, summary: summarizeEpisode(result, { source: id }) };
    }),
  );
  return db;
}
