/** Labels a diarizer or a meeting tool gives instead of a name. */
const GENERIC = [
  /^speaker[ _-]?\d{1,3}$/i, // SPEAKER_00, Speaker 1, speaker-2
  /^speaker[ _-]?[a-z]$/i, // Speaker A
  /^spk[ _-]?\d{1,3}$/i, // spk_0
  /^s\d{1,2}$/i, // S1
  /^[A-Z]$/, // A, B (AssemblyAI)
  /^(?:guest|participant|person|voice|talker|interviewee|interviewer|channel)[ _-]?\d{1,3}$/i,
  /^speaker [0-9a-f]{8}$/i, // a Teams object id, shortened by the WebVTT reader
];

/** `SPEAKER_00`, `spk_0`, `Speaker 1`, `A`: a label that says which voice, not who. */
export function isGenericLabel(label: string): boolean {
  const t = label.trim();
  return t.length <= 20 && GENERIC.some((re) => re.test(t));
}
