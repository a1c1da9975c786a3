// Property-based fuzzing of @podlens/parser, shared by test/fuzz.spec.ts (on src) and scripts/fuzz.mjs (on dist).
// The API under test is passed in, so the same generators and invariants check either build. Every format of the
// registry is fuzzed: with a hand-written generator below where it has one, else with mutations of its fixture
// (test/fixtures), so that a new format needs no code here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Corpus folders and the format each holds. */
export const CORPUS_FOLDERS = {
  dtc: 'markdown-yaml',
  'page-text': 'page-text',
  vtt: 'webvtt',
  srt: 'srt',
  json: 'podcast-json',
  otter: 'otter',
  plain: 'plain',
  chapters: 'chapters',
};

/** Up to `perFolder` files of each corpus folder (all of them when omitted): `{ format, name, text }`. */
export function loadCorpus(corpusDir, { perFolder = Infinity } = {}) {
  const files = [];
  for (const [folder, format] of Object.entries(CORPUS_FOLDERS)) {
    const names = readdirSync(join(corpusDir, folder)).sort().slice(0, perFolder);
    for (const name of names)
      files.push({ format, name: `${folder}/${name}`, text: readFileSync(join(corpusDir, folder, name), 'utf8') });
  }
  return files;
}

/** Every input under `fixturesDir` with the format its `.expected.json` names: `{ format, name, text }`. */
export function loadFixtures(fixturesDir) {
  return readdirSync(fixturesDir)
    .filter((f) => !f.endsWith('.expected.json'))
    .sort()
    .flatMap((name) => {
      const expected = join(fixturesDir, `${name.replace(/\.[^.]+$/, '')}.expected.json`);
      if (!existsSync(expected)) return [];
      const { format } = JSON.parse(readFileSync(expected, 'utf8'));
      return [{ format, name: `fixtures/${name}`, text: readFileSync(join(fixturesDir, name), 'utf8') }];
    });
}

// ---- generators ----------------------------------------------------------------------------------------------

const TOKENS = [
  'WEBVTT',
  'WEBVTT\n\n',
  '-->',
  ' --> ',
  ':',
  ': ',
  '\n',
  '\n\n',
  '\r',
  '\r\n',
  ' ',
  '\t',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '<',
  '>',
  '00:00:01.000',
  '00:01:02,500',
  '1:35',
  '12:34',
  '[00:00:05]',
  '(0:42)',
  '99:99:99',
  '999999999:00:00.000',
  '-1',
  '1e309',
  '0.5',
  'Alexey',
  'Alexey:',
  'Alexeylexey',
  'Speaker',
  'Unknown:',
  'Guest Name',
  '<v Alexey>',
  '</v>',
  '<i>',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '{"segments":[',
  '"speaker":',
  '"body":',
  '"startTime":',
  '"endTime":',
  ']}',
  ',',
  '---\n',
  'transcript:\n',
  '- line: ',
  '  who: ',
  '  sec: ',
  'header: ',
  'duration: PT1H',
  'duration: P99999999D',
  '&a',
  '*a',
  'NOTE ',
  'STYLE\n',
  'REGION\n',
  '1\n',
  'Season 1, episode 2 with A and B',
  '\u0000',
  '\uFEFF',
  '\u00e9',
  '\u00c3\u00a9',
  '\ud800',
  '\udfff',
  '\u2028',
  '\u0085',
  'word ',
  'Hello, everyone. ',
  '?',
  '[laughs]',
  'Transcribed by https://otter.ai',
];

const NAMES = [
  'Alexey',
  'Alexeylexey',
  'Aditya',
  'Adityaitya',
  'Alexa',
  'Speaker',
  'Unknown',
  "Dr. Ann-Marie O'Neil",
  'Loïc',
  '李雷',
  'A',
  '',
  ' ',
  'x'.repeat(70),
  'This is really a whole sentence of words',
  'Alexey:',
  '12',
  'http',
  '?',
  'Adam Garrett-Harris & Jason Staten',
  'Jen and Safia',
  'Safia Abdalla, Jen Luker, & Jason Staten',
  'Ann & ',
  '& and &',
  'Mohneet Kaur Amandeep Singh Sandhu',
];

const wordsArb = fc
  .array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          'hello',
          'data',
          'science',
          "it's",
          'co-op',
          'why?',
          'yes.',
          '[laughs]',
          '[cross-talk]',
          'Alexey',
          '42',
          '&amp;',
          '<i>x</i>',
          '(1:00)',
          ':',
          '—',
          '\\[01:46\\]',
          '\\[laughter\\]',
          '\\*',
        ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    ),
    { minLength: 0, maxLength: 14 },
  )
  .map((w) => w.join(' '));
const nameArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const secondsArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4 * 3600 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -0.5, 1e12, 359999, 0, 59.9995) },
);
const pad = (n, w = 2) => String(Math.trunc(Math.abs(n))).padStart(w, '0');
/** A clock stamp, usually well formed, sometimes not (`00:60:00`, three fraction digits too many, a huge hour). */
const stampArb = (style) =>
  fc.tuple(secondsArb, fc.integer({ min: 0, max: 9 })).map(([s, bad]) => {
    const t = Number.isFinite(s) ? Math.abs(s) : 0;
    const h = Math.floor(t / 3600);
    const m = Math.floor(t / 60) % 60;
    const sec = Math.floor(t % 60);
    const ms = Math.floor((t % 1) * 1000);
    const frac = style === 'srt' ? `,${pad(ms, 3)}` : style === 'vtt' ? `.${pad(ms, 3)}` : '';
    if (bad === 9) return `${h}:${m}:${sec}${frac}`;
    const base = style === 'short' && h === 0 ? `${m}:${pad(sec)}` : `${pad(h)}:${pad(m)}:${pad(sec)}`;
    if (bad === 8) return `${base.replace(/:\d\d(?=[^:]*$)/, ':61')}${frac}`;
    if (bad === 7) return `${base}${frac}0`;
    if (bad === 6) return `9999999${base}${frac}`;
    return `${base}${frac}`;
  });

const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

// WebVTT and SRT as meeting tools and caption services write them; Markdown and text transcript layouts.
const GUID = '3f1d2e6a-1b2c-4d5e-8f90-123456789abc';
const voiceArb = fc.oneof(
  nameArb,
  fc.constantFrom(
    `${GUID}@72f988bf-86f1-41af-91ab-2d7cd011db47`,
    'Far&#237;as, Carlos',
    'Graham, Ken (Contractor)',
    '',
  ),
);
const youtubeLineArb = fc
  .array(fc.tuple(fc.constantFrom('we', 'have', 'to', 'dive', "what's", 'in', '', ' '), stampArb('vtt')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((ws) => ws.map(([w, at], i) => (i === 0 ? w : `<${at}><c> ${w}</c>`)).join(''));
const vttVariantArb = fc.oneof(
  // YouTube rolling captions: a cue repeats the last line, then adds one with word stamps; 10 ms cues between.
  fc
    .tuple(
      fc.array(fc.tuple(stampArb('vtt'), stampArb('vtt'), youtubeLineArb, fc.boolean(), fc.boolean()), {
        maxLength: 14,
      }),
      lineEnd,
    )
    .map(([cues, nl]) => {
      const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
      let prev = ' ';
      for (const [a, b, line, transition, grow] of cues) {
        const plain = line.replace(/<[^>]*>/g, '');
        out.push(`${a} --> ${b} align:start position:0%`, prev, grow ? `${prev} ${plain}` : line, '');
        if (transition) out.push(`${b} --> ${b} align:start position:0%`, plain, ' ', '');
        prev = plain;
      }
      return out.join(nl);
    }),
  // Teams: GUID cue ids, one or two voices a cue, object-id labels.
  fc
    .tuple(
      fc.array(
        fc.tuple(stampArb('vtt'), stampArb('vtt'), voiceArb, wordsArb, fc.option(fc.tuple(voiceArb, wordsArb))),
        { maxLength: 12 },
      ),
      lineEnd,
    )
    .map(([cues, nl]) =>
      [
        'WEBVTT',
        '',
        ...cues.map(([a, b, v, t, second], i) =>
          [
            `${GUID}/${i}-0`,
            `${a} --> ${b}`,
            `<v ${v}>${t}</v>`,
            ...(second ? [`<v ${second[0]}>${second[1]}</v>`] : []),
            '',
          ].join(nl),
        ),
      ].join(nl),
    ),
  // Zoom and Descript: `Name: text`, sometimes a second speaker on a later line, sometimes a sentence with a colon.
  fc
    .tuple(
      fc.array(
        fc.tuple(
          stampArb('vtt'),
          stampArb('vtt'),
          fc.option(nameArb),
          wordsArb,
          fc.option(fc.tuple(fc.oneof(nameArb, fc.constantFrom('Here is the thing', 'Note')), wordsArb)),
        ),
        { maxLength: 12 },
      ),
      lineEnd,
    )
    .map(([cues, nl]) =>
      [
        'WEBVTT',
        '',
        ...cues.map(([a, b, who, t, second], i) =>
          [
            String(i + 1),
            `${a} --> ${b}`,
            who === null ? t : `${who}: ${t}`,
            ...(second ? [`${second[0]}: ${second[1]}`] : []),
            '',
          ].join(nl),
        ),
      ].join(nl),
    ),
);
const srtVariantArb = fc
  .tuple(
    fc.array(
      fc.tuple(
        stampArb('srt'),
        stampArb('srt'),
        fc.array(fc.tuple(fc.option(nameArb), wordsArb), { minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 12 },
    ),
    lineEnd,
  )
  .map(([cues, nl]) =>
    cues
      .map(([a, b, lines], i) =>
        [String(i + 1), `${a} --> ${b}`, ...lines.map(([who, t]) => (who === null ? t : `${who}: ${t}`)), ''].join(nl),
      )
      .join(nl),
  );
const mdLabelArb = fc.oneof(
  nameArb,
  fc.constantFrom('SPEAKER_00', 'SPEAKER_01', 'spk_0', 'Speaker 1', 'A', 'Maria Lopez', '**', '[', 'Date'),
);
const mdStampArb = fc.oneof(
  stampArb('long'),
  stampArb('short'),
  fc.constantFrom('12.3s', '0s', '00:00:54:909', '99999.9s'),
  fc.tuple(stampArb('long'), stampArb('long')).map(([a, b]) => `${a} - ${b}`),
  fc.tuple(stampArb('short'), stampArb('short')).map(([a, b]) => `${a} → ${b}`),
);
const markdownArb = fc
  .tuple(
    fc.constantFrom('', '# Episode 12\n\nDate: July 31, 2026\n\n', '---\n'),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 8 }),
        mdLabelArb,
        mdStampArb,
        wordsArb,
        fc.array(fc.tuple(fc.option(mdStampArb), wordsArb), { maxLength: 3 }),
      ),
      { maxLength: 12 },
    ),
    lineEnd,
  )
  .map(
    ([head, turns, nl]) =>
      head.replace(/\n/g, nl) +
      turns
        .map(([style, who, at, text, below]) => {
          const rest = below.map(([s, t]) => (s === null ? t : `[${s}] ${t}`));
          const first = [
            `**${who}:** ${text}`,
            `**${who}** [${at}] ${text}`,
            `**[${at}] ${who}:** ${text}`,
            `[${at}] **${who}:** ${text}`,
            `${who} (${at}): ${text}`,
            `[${who} ${at}] ${text}`,
            `## ${who}`,
            `[${at}] ${who}:`,
            `${at}<br>${nl}**${who}** ${text}`,
          ][style];
          return [first, ...rest, ''].join(nl);
        })
        .join(nl),
  );

/** Documents shaped like each format, with odd values where a real file could have them (speechJson and html: below). */
export const structured = {
  webvtt: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom('WEBVTT', '\uFEFFWEBVTT', 'WEBVTT - title', 'WEBVTTX', 'WEBVTT\tx'),
          fc.array(
            fc.tuple(
              fc.option(fc.constantFrom('1', 'id', 'a --> b', 'NOTE x', 'STYLE', '')),
              stampArb('vtt'),
              fc.constantFrom(' --> ', '-->', ' -> ', ' --> ', '\t-->\t'),
              stampArb('vtt'),
              fc.constantFrom('', ' align:start', ' line:0'),
              fc.option(nameArb),
              wordsArb,
              fc.boolean(),
            ),
            { maxLength: 12 },
          ),
          lineEnd,
        )
        .map(([sig, cues, nl]) =>
          [
            sig,
            '',
            ...cues.map(([id, a, arrow, b, set, who, text, two]) =>
              [
                ...(id === null ? [] : [id]),
                `${a}${arrow}${b}${set}`,
                who === null ? text : `<v ${who}>${text}</v>`,
                ...(two ? [text] : []),
                '',
              ].join(nl),
            ),
          ].join(nl),
        ),
    },
    { weight: 2, arbitrary: vttVariantArb },
  ),
  srt: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.array(
            fc.tuple(
              fc.integer({ min: -1, max: 99 }),
              stampArb('srt'),
              stampArb('srt'),
              fc.option(nameArb),
              wordsArb,
              fc.boolean(),
            ),
            { maxLength: 12 },
          ),
          lineEnd,
        )
        .map(([cues, nl]) =>
          cues
            .map(([n, a, b, who, text, skipNumber]) =>
              [...(skipNumber ? [] : [String(n)]), `${a} --> ${b}`, who === null ? text : `${who}: ${text}`, ''].join(
                nl,
              ),
            )
            .join(nl),
        ),
    },
    { weight: 1, arbitrary: srtVariantArb },
  ),
  sbv: fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 7200_000 }),
          fc.integer({ min: -500, max: 9000 }),
          fc.option(nameArb),
          wordsArb,
        ),
        {
          maxLength: 12,
        },
      ),
      lineEnd,
    )
    .map(([cues, nl]) =>
      cues
        .map(([ms, len, who, text]) => {
          const t = (x) =>
            `${Math.floor(x / 3600_000)}:${String(Math.floor(x / 60_000) % 60).padStart(2, '0')}:${String(Math.floor(x / 1000) % 60).padStart(2, '0')}.${String(x % 1000).padStart(3, '0')}`;
          return [`${t(ms)},${t(Math.max(0, ms + len))}`, who === null ? text : `${who}: ${text}`, ''].join(nl);
        })
        .join(nl),
    ),
  'podcast-json': fc
    .tuple(
      fc.oneof(
        fc.array(
          fc.record(
            {
              speaker: fc.oneof(nameArb, fc.constant(null), fc.integer()),
              startTime: fc.oneof(secondsArb, fc.string({ maxLength: 6 }), fc.constant(null)),
              endTime: fc.oneof(secondsArb, fc.string({ maxLength: 6 })),
              body: fc.oneof({ weight: 6, arbitrary: wordsArb }, { weight: 1, arbitrary: fc.anything() }),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 12 },
        ),
        // Word-level segments (a word each, pauses between them), as the spec's own example writes them.
        fc
          .array(
            fc.tuple(
              fc.constantFrom('Ann', 'Bob', 'Ann & Bob'),
              fc.double({ min: 0, max: 3, noNaN: true }),
              fc.double({ min: -0.2, max: 1, noNaN: true }),
              fc.constantFrom('I', 'am', 'your', 'father.', ',', '—', 'two words'),
            ),
            { maxLength: 30 },
          )
          .map((words) => {
            let t = 0;
            return words.map(([speaker, gap, length, body]) => {
              t += gap;
              return { speaker, startTime: t, endTime: t + length, body };
            });
          }),
      ),
      fc.option(fc.anything()),
      fc.boolean(),
    )
    .map(([segments, title, pretty]) =>
      JSON.stringify({ version: '1.0.0', title, segments }, null, pretty ? 1 : undefined),
    ),
  'markdown-yaml': fc
    .tuple(
      fc.option(fc.constantFrom('PT57M48S', 'PT1H', 'P99999999D', 'PT-1S', 'nonsense', '0', 'PT0S', 'P1DT1H')),
      fc.array(
        fc.oneof(
          { weight: 1, arbitrary: wordsArb.map((h) => ({ header: h })) },
          {
            weight: 5,
            arbitrary: fc.record(
              {
                line: wordsArb,
                who: nameArb,
                sec: fc.oneof(secondsArb, fc.constantFrom('12', 'x', '')),
                time: stampArb('short'),
              },
              { requiredKeys: ['line'] },
            ),
          },
        ),
        { maxLength: 12 },
      ),
      fc.constantFrom('', '*a', '&a x', '\t', 'weird: [', '? '),
      lineEnd,
    )
    .map(([duration, entries, junk, nl]) => {
      const q = (v) => JSON.stringify(v);
      const lines = [
        '---',
        'title: ' + q('Episode'),
        ...(duration === null ? [] : [`duration: ${duration}`]),
        'transcript:',
      ];
      for (const e of entries) {
        const keys = Object.entries(e);
        keys.forEach(([k, v], i) =>
          lines.push(
            `${i === 0 ? '- ' : '  '}${k}: ${typeof v === 'number' && Number.isFinite(v) ? v : q(typeof v === 'number' ? String(v) : v)}`,
          ),
        );
      }
      if (junk) lines.push(junk);
      lines.push('---', '', 'Body');
      return lines.join(nl);
    }),
  otter: fc
    .tuple(
      fc.array(fc.tuple(nameArb, fc.constantFrom('  ', ' '), stampArb('short'), wordsArb), { maxLength: 12 }),
      fc.boolean(),
      lineEnd,
    )
    .map(([turns, footer, nl]) =>
      [
        ...turns.map(([who, sp, at, text]) => `${who}${sp}${at}${nl}${text}${nl}`),
        ...(footer ? ['Transcribed by https://otter.ai'] : []),
      ].join(nl),
    ),
  'page-text': fc
    .tuple(
      fc.constantFrom(
        '',
        'Home | Podcast\nTitle of the episode\nSeason 10, episode 4 of the DataTalks.Club podcast with Ann and Bob\nTranscript\n',
      ),
      fc.array(
        fc.oneof(
          { weight: 1, arbitrary: wordsArb },
          {
            weight: 4,
            arbitrary: fc
              .tuple(nameArb, wordsArb, fc.option(stampArb('short')))
              .map(([w, t, s]) => `${w}: ${t}${s === null ? '' : ` (${s})`}`),
          },
        ),
        { maxLength: 14 },
      ),
      lineEnd,
    )
    .map(([head, lines, nl]) => head.replace(/\n/g, nl) + lines.join(nl)),
  plain: fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('[', '(', '', 'after'), stampArb('long'), nameArb, wordsArb), {
        maxLength: 14,
      }),
      lineEnd,
    )
    .map(([lines, nl]) =>
      lines
        .map(([style, at, who, text]) =>
          style === '['
            ? `[${at}] ${who}: ${text}`
            : style === '('
              ? `(${at}) ${who}: ${text}`
              : style === 'after'
                ? `${who}: ${text} (${at})`
                : `${at} ${who}: ${text}`,
        )
        .join(nl),
    ),
  'markdown-transcript': markdownArb,
  chapters: fc
    .tuple(
      fc.array(fc.tuple(stampArb('long'), fc.constantFrom(' ', ' - ', ' | ', ''), wordsArb), { maxLength: 14 }),
      lineEnd,
    )
    .map(([lines, nl]) => lines.map(([at, sep, title]) => `${at}${sep}${title}`).join(nl)),
};

// ---- speech-to-text JSON and HTML: documents in each schema, values sometimes of the wrong type ---------------

/** A value where a real file has a number or a string: usually right, sometimes odd. */
const oddArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);
const timeArb = fc.oneof({ weight: 8, arbitrary: secondsArb }, { weight: 1, arbitrary: oddArb });
const msArb = fc.oneof(
  { weight: 8, arbitrary: secondsArb.map((s) => (Number.isFinite(s) ? Math.round(s * 1000) : s)) },
  { weight: 1, arbitrary: oddArb },
);
const textArb = fc.oneof({ weight: 8, arbitrary: wordsArb }, { weight: 1, arbitrary: oddArb });
const labelArb = fc.oneof(
  nameArb,
  fc.constantFrom('A', 'B', 'SPEAKER_00', 'spk_1', 'S1', 'UU'),
  fc.integer({ min: -1, max: 3 }),
  fc.constant(null),
);
const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('hello', 'data', 'rivers', 'yes.', ',', '?', ' ', "it's", '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const few = (arb, maxLength = 10) => fc.array(arb, { maxLength });
const json = (arb) => fc.tuple(arb, fc.boolean()).map(([v, pretty]) => JSON.stringify(v, null, pretty ? 2 : undefined));
const seconds = (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v);

export const speechJson = {
  assemblyai: json(
    fc.record(
      {
        audio_duration: timeArb,
        text: textArb,
        utterances: fc.oneof(
          fc.constant(null),
          few(
            fc.record(
              { speaker: labelArb, start: msArb, end: msArb, text: textArb, confidence: fc.double() },
              { requiredKeys: ['text'] },
            ),
          ),
        ),
        words: few(
          fc.record({ text: wordArb, start: msArb, end: msArb, speaker: labelArb }, { requiredKeys: ['text'] }),
          20,
        ),
      },
      { requiredKeys: ['audio_duration'] },
    ),
  ),
  deepgram: json(
    fc.record({
      metadata: fc.record({ duration: timeArb, channels: fc.integer({ min: 0, max: 3 }) }),
      results: fc.record(
        {
          utterances: few(
            fc.record(
              {
                start: timeArb,
                end: timeArb,
                transcript: textArb,
                speaker: labelArb,
                channel: fc.integer({ min: 0, max: 2 }),
              },
              { requiredKeys: ['transcript'] },
            ),
          ),
          channels: few(
            fc.record({
              alternatives: few(
                fc.record(
                  {
                    transcript: textArb,
                    words: few(
                      fc.record(
                        { word: wordArb, punctuated_word: wordArb, start: timeArb, end: timeArb, speaker: labelArb },
                        { requiredKeys: ['word'] },
                      ),
                      20,
                    ),
                    paragraphs: fc.record({
                      paragraphs: few(
                        fc.record({
                          speaker: labelArb,
                          start: timeArb,
                          end: timeArb,
                          sentences: few(fc.record({ text: textArb, start: timeArb, end: timeArb }), 4),
                        }),
                      ),
                    }),
                  },
                  { requiredKeys: ['transcript'] },
                ),
                2,
              ),
            }),
            3,
          ),
        },
        { requiredKeys: [] },
      ),
    }),
  ),
  whisper: fc.oneof(
    json(
      fc.record(
        {
          text: textArb,
          segments: few(
            fc.record(
              {
                id: fc.nat(),
                start: timeArb,
                end: timeArb,
                text: textArb,
                speaker: labelArb,
                words: few(
                  fc.record(
                    { word: wordArb, start: timeArb, end: timeArb, speaker: labelArb },
                    { requiredKeys: ['word'] },
                  ),
                  8,
                ),
              },
              { requiredKeys: ['start', 'text'] },
            ),
          ),
          word_segments: few(
            fc.record({ word: wordArb, start: timeArb, end: timeArb, speaker: labelArb }, { requiredKeys: ['word'] }),
            20,
          ),
        },
        { requiredKeys: ['segments'] },
      ),
    ),
    json(few(fc.record({ start: timeArb, end: timeArb, text: textArb }))),
    json(
      fc.record({ result: fc.record({ segments: few(fc.record({ start: timeArb, end: timeArb, text: textArb })) }) }),
    ),
    json(
      fc.record({
        result: fc.record({ language: fc.constant('en') }),
        transcription: few(
          fc.record(
            { offsets: fc.record({ from: msArb, to: msArb }, { requiredKeys: [] }), text: textArb, speaker: labelArb },
            { requiredKeys: ['offsets', 'text'] },
          ),
        ),
      }),
    ),
  ),
  'rev-ai': json(
    fc.record({
      monologues: few(
        fc.record(
          {
            speaker: labelArb,
            speaker_name: fc.option(nameArb),
            elements: few(
              fc.record(
                { type: fc.constantFrom('text', 'punct', 'unknown'), value: wordArb, ts: timeArb, end_ts: timeArb },
                { requiredKeys: ['type', 'value'] },
              ),
              12,
            ),
          },
          { requiredKeys: ['elements'] },
        ),
      ),
    }),
  ),
  'aws-transcribe': json(
    fc.record({
      jobName: fc.string(),
      results: fc.record(
        {
          transcripts: few(fc.record({ transcript: textArb }), 2),
          items: few(
            fc.record(
              {
                start_time: timeArb.map(seconds),
                end_time: timeArb.map(seconds),
                type: fc.constantFrom('pronunciation', 'punctuation'),
                speaker_label: labelArb,
                alternatives: few(fc.record({ content: wordArb, confidence: fc.string() }), 2),
              },
              { requiredKeys: ['type', 'alternatives'] },
            ),
            20,
          ),
          speaker_labels: fc.record({
            segments: few(
              fc.record({ start_time: timeArb.map(seconds), end_time: timeArb.map(seconds), speaker_label: labelArb }),
            ),
          }),
          audio_segments: few(
            fc.record({
              transcript: textArb,
              start_time: timeArb.map(seconds),
              end_time: timeArb.map(seconds),
              speaker_label: labelArb,
            }),
            4,
          ),
        },
        { requiredKeys: ['transcripts'] },
      ),
    }),
  ),
  'google-stt': json(
    fc.record({
      results: few(
        fc.record(
          {
            alternatives: few(
              fc.record(
                {
                  transcript: textArb,
                  words: few(
                    fc.record(
                      {
                        word: wordArb,
                        startTime: fc.oneof(
                          timeArb.map((t) => `${t}s`),
                          fc.record({ seconds: timeArb, nanos: fc.integer() }),
                        ),
                        endTime: timeArb.map((t) => `${t}s`),
                        speakerTag: fc.integer({ min: 0, max: 3 }),
                      },
                      { requiredKeys: ['word'] },
                    ),
                    12,
                  ),
                },
                { requiredKeys: ['transcript'] },
              ),
              2,
            ),
            resultEndTime: timeArb.map((t) => `${t}s`),
            channelTag: fc.integer({ min: 0, max: 2 }),
          },
          { requiredKeys: ['alternatives'] },
        ),
      ),
    }),
  ),
  'azure-speech': json(
    fc.record({
      duration: fc.constantFrom('PT9S', 'PT1H', 'x'),
      recognizedPhrases: few(
        fc.record(
          {
            recognitionStatus: fc.constantFrom('Success', 'NoMatch'),
            channel: fc.integer({ min: 0, max: 1 }),
            speaker: labelArb,
            offset: fc.constantFrom('PT0.5S', 'PT1M2S', 'PT-1S', 'nonsense'),
            duration: fc.constantFrom('PT1S', 'PT0S', 'P1D'),
            offsetInTicks: fc.oneof(
              msArb.map((m) => (typeof m === 'number' ? m * 10_000 : m)),
              oddArb,
            ),
            durationInTicks: msArb.map((m) => (typeof m === 'number' ? m * 10_000 : m)),
            nBest: few(fc.record({ display: textArb, lexical: textArb }), 2),
          },
          { requiredKeys: ['nBest'] },
        ),
      ),
    }),
  ),
  speechmatics: json(
    fc.record({
      format: fc.constant('2.9'),
      results: few(
        fc.record(
          {
            type: fc.constantFrom('word', 'punctuation', 'entity'),
            start_time: timeArb,
            end_time: timeArb,
            attaches_to: fc.constantFrom('previous', 'next', 'both'),
            alternatives: few(fc.record({ content: wordArb, speaker: labelArb }), 2),
          },
          { requiredKeys: ['type', 'start_time', 'alternatives'] },
        ),
        20,
      ),
    }),
  ),
  'podlove-json': json(
    few(
      fc.record(
        {
          start: fc.oneof(stampArb('vtt'), timeArb),
          start_ms: msArb,
          end: stampArb('vtt'),
          end_ms: msArb,
          speaker: labelArb,
          voice: nameArb,
          text: textArb,
        },
        { requiredKeys: ['text', 'voice'] },
      ),
    ),
  ),
};

/** HTML transcripts in the Podcasting 2.0 layout, with the mistakes hand-written HTML has. */
const htmlTranscriptArb = fc
  .tuple(
    fc.constantFrom(
      '',
      '<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>\n',
      '# Title\n\n',
      '<!-- note -->\n',
    ),
    few(
      fc.tuple(
        fc.option(nameArb),
        fc.option(fc.oneof(stampArb('short'), stampArb('long'))),
        textArb.map(String),
        fc.constantFrom(
          '',
          '<br>',
          '&amp;',
          '&#x110000;',
          '<b>',
          '</p>',
          '<p>',
          '<cite>',
          '<time datetime="PT1M">',
          '<script>',
          '<',
          '<a href="x>y">',
          '## Part\n',
        ),
        fc.boolean(),
      ),
      14,
    ),
    lineEnd,
  )
  .map(
    ([head, monologues, nl]) =>
      head +
      monologues
        .map(([who, at, text, junk, nested]) => {
          const cite = who === null ? '' : `<cite>${who}:</cite>`;
          const time = at === null ? '' : `<time>${at}</time>`;
          return nested ? `<p>${cite} ${time} ${text}${junk}</p>` : `${cite}${nl}${time}${nl}<p>${text}${junk}</p>`;
        })
        .join(nl),
  );

/** Hand-written document generators, by format name; a format without one is fuzzed from its fixture (formatArb). */
export const generators = { ...structured, ...speechJson, html: htmlTranscriptArb };

/** Random text: any code units, or runs of the tokens the readers look for. */
const randomText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc.string({
      maxLength: 200,
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    }),
  },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
        ),
        { maxLength: 60 },
      )
      .map((t) => t.join('')),
  },
);

// ---- mutations of real files -----------------------------------------------------------------------------------

const splitLines = (text) => text.split(/(?<=\r\n|\n|\r(?!\n))/);

/** A mutation as data (so that fast-check can shrink it) and how it is applied. */
const mutationArb = fc.oneof(
  fc.record({ op: fc.constant('truncate'), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    op: fc.constant('flip'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bits: fc.integer({ min: 1, max: 0xffff }),
  }),
  fc.record({
    op: fc.constant('duplicate'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    times: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    op: fc.constant('shuffle'),
    seed: fc.integer(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    span: fc.integer({ min: 2, max: 40 }),
  }),
  fc.record({
    op: fc.constant('timestamp'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    to: fc.constantFrom(
      '99:99:99',
      '00:00:00',
      '-00:00:01',
      '00:59:59.999',
      '999999:00:00.000',
      '1:2:3',
      '00:00:01.1000',
      '0:00',
      'NaN',
      '23:59:59,999',
      '00:00:00.000 --> 00:00:00.000',
    ),
  }),
  fc.record({ op: fc.constantFrom('crlf', 'cr', 'lf', 'bom', 'latin1') }),
  fc.record({
    op: fc.constant('insert'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    what: fc.constantFrom(
      '\u0000',
      '\u0000\u0000\u0000',
      '\uFEFF',
      '\u00e9\u00ff\u0080',
      '\ud83d',
      '\r',
      '\n\n',
      '-->',
      ': ',
      '[',
      '(',
      '<v ',
      '&#',
      '"',
      '---\n',
    ),
  }),
  fc.record({
    op: fc.constant('huge'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1_000, max: 300_000 }),
    unit: fc.constantFrom('word ', 'x', ' ', ':', '[', 'Alexey: ', '00:00:01.000 --> ', '\t', '\u00e9'),
  }),
);

const idx = (at, n) => Math.min(n, Math.max(0, Math.floor(at * (n + 1))));

function mulberry(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Applies one mutation to `text`. */
export function mutate(text, m) {
  switch (m.op) {
    case 'truncate':
      return text.slice(0, idx(m.at, text.length));
    case 'flip': {
      if (text.length === 0) return text;
      const i = idx(m.at, text.length - 1);
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ m.bits) + text.slice(i + 1);
    }
    case 'duplicate': {
      const lines = splitLines(text);
      const i = idx(m.at, lines.length - 1);
      lines.splice(i, 0, ...Array(m.times).fill(lines[i] ?? ''));
      return lines.join('');
    }
    case 'shuffle': {
      const lines = splitLines(text);
      const from = idx(m.at, Math.max(0, lines.length - m.span));
      const part = lines.slice(from, from + m.span);
      const rnd = mulberry(m.seed);
      for (let i = part.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [part[i], part[j]] = [part[j], part[i]];
      }
      lines.splice(from, part.length, ...part);
      return lines.join('');
    }
    case 'timestamp': {
      const re = /\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?/g;
      const stamps = [...text.matchAll(re)];
      if (stamps.length === 0) return text;
      const s = stamps[idx(m.at, stamps.length - 1)];
      return text.slice(0, s.index) + m.to + text.slice(s.index + s[0].length);
    }
    case 'crlf':
      return text.replace(/\r\n|\r|\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r\n|\r|\n/g, '\r');
    case 'lf':
      return text.replace(/\r\n|\r/g, '\n');
    case 'bom':
      return `\uFEFF${text}`;
    case 'latin1':
      // UTF-8 bytes read as Latin-1: the mojibake a mis-decoded upload shows.
      return Buffer.from(text, 'utf8').toString('latin1');
    case 'insert': {
      const i = idx(m.at, text.length);
      return text.slice(0, i) + m.what + text.slice(i);
    }
    case 'huge': {
      const i = idx(m.at, text.length);
      return text.slice(0, i) + m.unit.repeat(Math.ceil(m.length / m.unit.length)).slice(0, m.length) + text.slice(i);
    }
    default:
      throw new Error(`mutate: unknown mutation ${m.op}`);
  }
}

/** A real file (or a fixture: `wholeOneIn` 2 keeps it whole half the time), usually cut to a window of its lines (the header kept) so that a run stays fast, then mutated. */
function corpusArb(files, { wholeOneIn = 50 } = {}) {
  return fc
    .record({
      file: fc.integer({ min: 0, max: files.length - 1 }),
      whole: fc.integer({ min: 0, max: wholeOneIn - 1 }).map((n) => n === 0),
      from: fc.double({ min: 0, max: 1, noNaN: true }),
      lines: fc.integer({ min: 1, max: 80 }),
      mutations: fc.array(mutationArb, { minLength: 0, maxLength: 3 }),
    })
    .map(({ file, whole, from, lines, mutations }) => {
      const f = files[file];
      let text = f.text;
      if (!whole) {
        const all = splitLines(text);
        const headLines = f.format === 'markdown-yaml' ? Math.min(all.length, 12) : f.format === 'webvtt' ? 2 : 0;
        const start = idx(from, Math.max(0, all.length - lines));
        text = [
          ...all.slice(0, headLines),
          ...all.slice(Math.max(start, headLines), Math.max(start, headLines) + lines),
        ].join('');
        if (f.format === 'markdown-yaml' && start + lines < all.length)
          text = text.replace(/\n---\s*$/, '') + '\n---\n';
      }
      for (const m of mutations) text = mutate(text, m);
      return {
        source: `${f.name} ${whole ? 'whole' : `lines ${lines}`} ${mutations.map((m) => m.op).join('+') || 'unmutated'}`,
        format: f.format,
        text,
      };
    });
}

const FILE_NAMES = [
  undefined,
  'x.vtt',
  'x.srt',
  'x.json',
  'x.md',
  'x.txt',
  'x.chapters',
  'x',
  '.vtt',
  'x.VTT',
  '../../etc/passwd',
];

/**
 * The documents of one format: its hand-written generator, else mutations of its fixtures (`{ format, name, text }`,
 * from loadFixtures). Throws for a format with neither, so that no format of the registry goes unfuzzed.
 */
export function formatArb(format, fixtures = []) {
  if (generators[format]) return generators[format];
  const own = fixtures.filter((f) => f.format === format);
  if (own.length === 0) throw new Error(`fuzz: no generator and no fixture for the format '${format}'`);
  return corpusArb(own, { wholeOneIn: 2 }).map((c) => c.text);
}

/**
 * The fuzzed case: `{ target, text, fileName, source }`. `target` is `parse`, `detectFormat`, `parseWebVTTCues`,
 * `read:<format>` (parse with the format forced) or `wrong-type` (a non-string where text is expected). Structured
 * documents come for every name in `formatNames` (formatArb); `files` are corpus files and `fixtures` the
 * readers' fixtures, both mutated.
 */
export function caseArb(formatNames, files = [], extensions = [], fixtures = []) {
  const fileNames = [...FILE_NAMES, ...extensions.map((e) => `x${e}`)];
  const byFormat = Object.fromEntries(formatNames.map((format) => [format, formatArb(format, fixtures)]));
  const structuredArb = fc
    .constantFrom(...formatNames)
    .chain((format) => byFormat[format].map((text) => ({ source: `structured ${format}`, format, text })));
  const inputs = [
    { weight: 3, arbitrary: randomText.map((text) => ({ source: 'random', format: undefined, text })) },
    { weight: 4, arbitrary: structuredArb },
    ...(fixtures.length > 0 ? [{ weight: 2, arbitrary: corpusArb(fixtures, { wholeOneIn: 4 }) }] : []),
    ...(files.length > 0 ? [{ weight: 4, arbitrary: corpusArb(files) }] : []),
  ];
  return fc
    .tuple(
      fc.oneof(...inputs),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom(...fileNames),
      fc.constantFrom(...formatNames),
      fc.anything().filter((v) => typeof v !== 'string'),
    )
    .map(([input, pick, fileName, anyFormat, wrong]) => {
      let target;
      if (pick < 2) return { target: 'wrong-type', text: wrong, fileName, source: 'a value of another type' };
      if (pick < 50) target = 'parse';
      else if (pick < 62) target = 'detectFormat';
      else if (pick < 72) target = 'parseWebVTTCues';
      else if (pick < 85 || input.format === undefined) target = `read:${anyFormat}`;
      else target = `read:${input.format}`;
      return { target, text: input.text, fileName, source: input.source };
    });
}

// ---- invariants ------------------------------------------------------------------------------------------------

function lineStartsOf(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The invariant checks for one input; `fail(invariant, detail)` records a broken one. */
function checker(text, fail) {
  let starts;
  const point = (p, where) => {
    if (!p || !Number.isInteger(p.offset) || !Number.isInteger(p.line) || !Number.isInteger(p.column))
      return fail('position-inside-input', `${where}: not a point ${JSON.stringify(p)}`);
    if (p.offset < 0 || p.offset > text.length)
      return fail('position-inside-input', `${where}: offset ${p.offset} outside [0, ${text.length}]`);
    starts ??= lineStartsOf(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= p.offset) lo = mid;
      else hi = mid - 1;
    }
    if (p.line !== lo + 1 || p.column !== p.offset - starts[lo] + 1)
      fail(
        'position-line-column',
        `${where}: offset ${p.offset} is line ${lo + 1} column ${p.offset - starts[lo] + 1}, not ${p.line}:${p.column}`,
      );
  };
  const position = (pos, where, required = false) => {
    if (pos === undefined) return required ? fail('position-inside-input', `${where}: no position`) : undefined;
    point(pos.start, `${where}.start`);
    point(pos.end, `${where}.end`);
    if (pos.start?.offset > pos.end?.offset)
      fail('position-inside-input', `${where}: start ${pos.start.offset} after end ${pos.end.offset}`);
  };
  const time = (v, where) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail('times-finite-non-negative', `${where} = ${v}`);
  };
  return { position, time };
}

/** Fails unless `value` is plain JSON data (numbers finite, no class instances, no cycles): what survives JSON.parse(JSON.stringify(x)). */
function checkJson(value, fail, where) {
  const seen = new Set();
  const walk = (v, path) => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) fail('json-round-trip', `${path} = ${v}`);
      return;
    }
    if (typeof v !== 'object') return fail('json-round-trip', `${path} is a ${typeof v}`);
    if (seen.has(v)) return fail('json-round-trip', `${path} is shared or cyclic`);
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, i) =>
        x === undefined ? fail('json-round-trip', `${path}[${i}] is undefined`) : walk(x, `${path}[${i}]`),
      );
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null)
        return fail('json-round-trip', `${path} is a ${v.constructor?.name ?? 'class instance'}`);
      for (const [k, x] of Object.entries(v)) if (x !== undefined) walk(x, `${path}.${k}`);
    }
    seen.delete(v);
  };
  walk(value, where);
}

function checkParseResult(result, text, fail) {
  const { position, time } = checker(text, fail);
  const { episode, diagnostics } = result;
  diagnostics.forEach((d, i) => {
    if (
      !['error', 'warning', 'info'].includes(d.severity) ||
      !/^parser:/.test(d.origin) ||
      typeof d.message !== 'string'
    )
      fail('diagnostic-shape', `diagnostics[${i}] ${JSON.stringify(d).slice(0, 200)}`);
    position(d.position, `diagnostics[${i}] (${d.origin})`);
  });
  time(episode.durationSeconds, 'episode.durationSeconds');
  if (episode.meta.durationSeconds !== undefined) time(episode.meta.durationSeconds, 'meta.durationSeconds');
  const ids = new Set(episode.speakers.map((s) => s.id));
  if (ids.size !== episode.speakers.length) fail('speaker-ids-unique', episode.speakers.map((s) => s.id).join(', '));
  episode.turns.forEach((t, i) => {
    time(t.start, `turns[${i}].start`);
    time(t.end, `turns[${i}].end`);
    time(t.seconds, `turns[${i}].seconds`);
    if (!(t.end >= t.start)) fail('end-after-start', `turns[${i}]: ${t.start} .. ${t.end}`);
    if (i > 0 && !(t.start >= episode.turns[i - 1].start))
      fail('turns-ordered', `turns[${i}].start ${t.start} < turns[${i - 1}].start ${episode.turns[i - 1].start}`);
    if (!ids.has(t.speakerId)) fail('turn-speaker-known', `turns[${i}].speakerId ${t.speakerId}`);
    position(t.position, `turns[${i}]`);
    t.paragraphs.forEach((p, j) => {
      time(p.start, `turns[${i}].paragraphs[${j}].start`);
      time(p.end, `turns[${i}].paragraphs[${j}].end`);
      if (p.sourceStart !== undefined) time(p.sourceStart, `turns[${i}].paragraphs[${j}].sourceStart`);
      if (!(p.end >= p.start)) fail('end-after-start', `turns[${i}].paragraphs[${j}]: ${p.start} .. ${p.end}`);
      position(p.position, `turns[${i}].paragraphs[${j}]`);
    });
  });
  episode.chapters.forEach((c, i) => {
    time(c.start, `chapters[${i}].start`);
    time(c.end, `chapters[${i}].end`);
    if (!(c.end >= c.start)) fail('end-after-start', `chapters[${i}]: ${c.start} .. ${c.end}`);
    position(c.position, `chapters[${i}]`);
  });
  checkJson(result, fail, 'result');
}

function checkBalance(balance, fail) {
  const talk = balance.speakers.reduce((s, f) => s + f.talkSeconds, 0);
  const shares = balance.speakers.reduce((s, f) => s + f.talkShare, 0);
  if (talk > 0 && Math.abs(shares - 1) > 1e-9)
    fail('shares-sum-to-one', `talk shares sum to ${shares} (talk ${talk} s)`);
  if (talk === 0 && shares !== 0) fail('shares-sum-to-one', `no talk but shares sum to ${shares}`);
  for (const f of balance.speakers)
    for (const k of [
      'talkSeconds',
      'talkShare',
      'averageMonologueSeconds',
      'longestMonologueSeconds',
      'wordsPerMinute',
    ])
      if (!Number.isFinite(f[k]) || f[k] < 0) fail('balance-finite', `${f.id}.${k} = ${f[k]}`);
  if (!Number.isFinite(balance.interactivity)) fail('balance-finite', `interactivity = ${balance.interactivity}`);
  checkJson(balance, fail, 'balance');
}

/**
 * Runs one case against `api` ({ parse, detectFormat, parseWebVTTCues, speakerBalance, summarizeEpisode, UnknownFormatError, formatNames })
 * and returns `{ ms, uncaught?, failures: [{ invariant, detail }] }`. A case slower than `slowMs` fails
 * 'not-slow': scripts/fuzz.mjs holds every input to 1 s; the unit test passes a limit far above normal
 * run times, so that a busy machine never fails it.
 */
export function runCase(api, c, { slowMs = 1000 } = {}) {
  const failures = [];
  const fail = (invariant, detail) => {
    if (failures.length < 20) failures.push({ invariant, detail });
  };
  let uncaught;
  const t0 = performance.now();
  try {
    if (c.target === 'wrong-type') {
      for (const call of [() => api.parse(c.text), () => api.parseWebVTTCues(c.text)]) {
        try {
          call();
          fail('wrong-type-throws-TypeError', `no error for ${typeof c.text}`);
        } catch (e) {
          if (!(e instanceof TypeError)) throw e;
        }
      }
    } else if (c.target === 'detectFormat') {
      try {
        const reader = api.detectFormat(c.text, c.fileName);
        if (!api.formatNames.includes(reader.name)) fail('detect-known-format', reader.name);
      } catch (e) {
        if (!(e instanceof api.UnknownFormatError)) throw e;
        if (
          e.refusals.length !== api.formatNames.length ||
          e.refusals.some((r) => typeof r.reason !== 'string' || r.reason === '')
        )
          fail('refusal-per-format', JSON.stringify(e.refusals));
      }
    } else if (c.target === 'parseWebVTTCues') {
      const r = api.parseWebVTTCues(c.text);
      const { position, time } = checker(c.text, fail);
      if (!r.ok && r.cues.length > 0) fail('webvtt-bad-signature-no-cues', `${r.cues.length} cues`);
      r.cues.forEach((q, i) => {
        time(q.startTime, `cues[${i}].startTime`);
        time(q.endTime, `cues[${i}].endTime`);
        position(q.position, `cues[${i}]`, true);
        position(q.textPosition, `cues[${i}].text`);
      });
      r.problems.forEach((p, i) => position(p.position, `problems[${i}]`, true));
      checkJson(r, fail, 'cues');
    } else {
      let result;
      try {
        result = api.parse(
          c.text,
          c.target === 'parse'
            ? { fileName: c.fileName }
            : { format: c.target.slice('read:'.length), fileName: c.fileName },
        );
      } catch (e) {
        if (c.target === 'parse' && e instanceof api.UnknownFormatError) result = undefined;
        else throw e;
      }
      if (result) {
        checkParseResult(result, c.text, fail);
        checkBalance(api.speakerBalance(result.episode), fail);
        checkJson(api.summarizeEpisode(result, { source: 'fuzz' }), fail, 'summary');
      }
    }
  } catch (e) {
    uncaught = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0].slice(0, 200)}` : String(e);
    fail('no-uncaught-exception', uncaught);
  }
  const ms = performance.now() - t0;
  if (ms > slowMs) fail('not-slow', `${ms.toFixed(0)} ms (limit ${slowMs} ms)`);
  return { ms, uncaught, failures };
}

/** A short, printable form of a case for reports. */
export function showCase(c) {
  const text =
    typeof c.text === 'string'
      ? c.text.length > 600
        ? `${JSON.stringify(c.text.slice(0, 600))}... (${c.text.length} chars)`
        : JSON.stringify(c.text)
      : fc.stringify(c.text);
  return `${c.target}${c.fileName ? ` fileName=${c.fileName}` : ''} [${c.source}]: ${text}`;
}
