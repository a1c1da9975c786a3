import naturalStopwords from 'natural/lib/natural/util/stopwords.js';

/** Spoken-English fillers and hedges that carry no topic. */
const fillers = `yeah yep yes no nope okay ok oh uh um uhm hmm mm ah eh wow hey hi hello bye
actually basically literally really honestly obviously definitely probably maybe perhaps sure
right well like just kind sort mean know guess think thought gonna wanna gotta lot lots pretty quite
stuff things thing something anything everything nothing somebody someone anybody anyone everybody
everyone way ways bit little much many very also even still already though although anyway
anyways whatever whenever wherever however etc cool awesome great nice good fine true exactly
totally absolutely super fun interesting amazing important different difficult easy hard
let lets say says said saying tell told talk talked talking ask asked asking question questions
answer answers go goes going went gone get gets getting got come comes coming came make makes
making made take takes taking took see sees seeing saw look looks looking looked want wants
wanted need needs needed try tries trying tried use uses using used work works working worked
do does doing did done have has having had be been being am is are was were can could would
should will shall might must may one two three four five six seven eight nine ten first second
third last next new old big small long short high low time times year years month months week
weeks day days today yesterday tomorrow now then ago later soon before after always never
sometimes often usually people person guys guy folks everyone else other others another
part parts point points case cases example examples idea ideas sense fact kinds sorts type
types level levels end start place places side sides lot whole half number numbers reason
not nor reasons problem problems question thanks thank welcome episode podcast today guest show
back away around together able less more most least enough far long here there where yeah's
cetera yup mhm uh-huh alright all-right em er erm`;

const contractions = `i'm i've i'll i'd you're you've you'll you'd he's she's it's we're we've
we'll we'd they're they've they'll they'd that's there's here's what's who's how's where's
let's can't don't doesn't didn't isn't aren't wasn't weren't won't wouldn't couldn't shouldn't
haven't hasn't hadn't it'll that'll there'll ain't y'all`;

/** A pronoun that natural's list lacks: "joining us" is no topic. */
const functionWords = `us`;

/** natural's English stop words, plus function words it lacks, and fillers and contractions of spoken English. */
export const stopWords: ReadonlySet<string> = new Set([
  ...naturalStopwords.words,
  ...functionWords.split(/\s+/),
  ...fillers.split(/\s+/),
  ...contractions.split(/\s+/),
]);
