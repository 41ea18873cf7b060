// The judgments detection makes beyond counting prose, each under a name. They are all on in the
// product; the benchmark (`npm run bench:extract`) switches one off at a time and prints what it
// adds on each half of the dev pages, so that a rule which only ever helped the pages it was
// written for shows up as one that adds nothing on the half it was not tuned on.

/** What each signal is for, in a line: the benchmark prints these beside its figures. */
export const DETECTION_SIGNALS = {
  'unlikely-names':
    'containers named as furniture (comment, sidebar, related, newsletter: Readability\'s list) do not vote for the story',
  'class-weights': 'a container named article/content/story votes up, one named share/promo/sidebar votes down',
  'split-story': 'several strong candidates under one ancestor: the story is split in sections, take the ancestor',
  'join-siblings': 'siblings of the winner that score well, or plain prose paragraphs beside it, join the story',
  'header-units': 'text inside a <header> (kicker, byline, share bar) is not body',
  'furniture-boxes': 'units inside a box named caption/credit/share/related/bio... are not body',
  'link-lines': 'a short line that is mostly link and ends no sentence (a related link, a tag list) is not body',
  'boilerplate-lines': 'a short line that opens as furniture ("Advertisement", "Read more", "Photo:", "Lire aussi") is not body',
  'date-lines': 'a line that is a date or "Updated ..." and little else is not body',
  'byline-lines': 'a short "By Name" line, or one holding the byline and no sentence, is not body',
  'credit-lines': 'a line ending in a picture agency or credit ("... Reuters", "Photo: ...") is a caption, not body',
  'label-lines': 'a line under 20 characters that is neither a sentence nor three words ("Photo", "AP") is not body',
  'trailing-headings': 'a heading (not a long full sentence), or a short label ending in a colon, with no story after it ("Related", "Mehr zu diesem Thema:") closes the story',
  'trailing-prompts': 'a box of its own at the story\'s end whose whole text is a subscription prompt is not body',
  lead: 'the standfirst between the headline and the body, kept in its own box, is story',
  'one-story': 'of several <article>s side by side, the one headed by the page\'s headline is the story',
  listing: 'runs of linked teasers with no run of prose are a listing, not an article',
} as const;

export type DetectionSignal = keyof typeof DETECTION_SIGNALS;

export const ALL_SIGNALS = Object.keys(DETECTION_SIGNALS) as DetectionSignal[];

/** Which signals are off: none in the product, one or a few in a benchmark ablation. */
export type SignalsOff = ReadonlySet<DetectionSignal>;

export const NO_SIGNALS_OFF: SignalsOff = new Set();
