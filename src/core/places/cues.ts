// Cue words: small curated lists that tell a place from a person, an organisation or a plain
// word next to it. Each list is an editorial judgement, so it lives in code, not in the asset.
import { isStopWord } from '../text';

/** Titles before a name make the name a person's: "Sen. Jordan", "President Lincoln". */
export const PERSON_TITLES = new Set(
  `mr mrs ms miss dr prof sen rep gov gen lt col maj capt sgt cpl pvt adm cmdr rev fr msgr hon
   president senator governor general judge justice mayor secretary minister chancellor king queen
   prince princess lord lady sir dame pope bishop officer detective coach saint`.split(/\s+/),
);

/** A compass word before a place names its part: "Northern Europe", "South Los Angeles". */
export const DIRECTIONS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;
/** "Quezon City Wednesday": dates follow place names without making them organisations. */
export const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
/** Prepositions of place: "in Gainesville" is the town, whatever else the word names. */
export const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'into', 'across', 'around', 'throughout', 'toward', 'towards']);
/** "Washington Post", "New York Times": newspapers are named after places but are not them. */
export const NEWSPAPER_WORDS = new Set(['post', 'times', 'herald', 'tribune', 'journal', 'gazette', 'news', 'daily', 'chronicle', 'globe', 'star', 'examiner', 'inquirer', 'observer', 'courier', 'register', 'record', 'sun', 'mirror', 'telegraph', 'independent', 'guardian', 'press', 'bee', 'dispatch', 'democrat', 'republic']);
/** "in English", "speaks Spanish": a language, not a people or a country. */
export const LANGUAGE_CUES = new Set(['in', 'speak', 'speaks', 'spoke', 'speaking', 'into', 'learn', 'learning', 'fluent', 'teach', 'teaches', 'taught']);
/** Verbs of speech: "Tyler said", "said Parker" make the name a person's. */
export const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'wrote', 'asked', 'stated', 'testified', 'recalled', 'argued', 'insisted']);

/** Nouns of institutions named after their town: "Gainesville Police", "Edmonton Oilers" is not. */
export const INSTITUTION_WORDS = new Set(
  `police fire city county school schools high middle elementary department council commission sheriff
   mayor university college hospital airport regional
   public library chamber board township community memorial medical center centre area metro
   district court jail state church club mall station market`.split(/\s+/),
);

/** Words that continue a place's name into a smaller place: "Mosul Dam", "Gaza City". */
export const PLACE_SUFFIX = new Set(['city', 'county', 'province', 'region', 'district', 'state', 'dam', 'airport', 'port', 'valley', 'river', 'lake', 'bay', 'island', 'islands', 'mountains', 'hills', 'governorate']);

/** Words that qualify a place without being part of its name: "western Iraq", "Greater London". */
export const GEO_MODIFIERS = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast
   southwest northeastern northwestern southeastern southwestern greater upper lower downtown rural
   coastal suburban metro inner outer neighbouring neighboring nearby mainland occupied`.split(/\s+/),
);

/** Words that open sentences before a place name: "Another Gainesville business", "Rural Ohio". */
const OPENERS =
  /^(?:In|At|From|To|But|And|Then|Now|Yet|Still|Outside|Inside|Near|Across|Throughout|Like|Unlike|Meanwhile|Officials|Residents|Police|Another|Several|Both|Many|Most|Some|Every|Each|Former|Historic|Local|All|Few|Other|Such|Whole|Entire|Only|Even|Also|Today|Yesterday|Tonight|Last|Next|This|That|These|Those|Here|There|When|While|After|Before|Since|Until|Although|Though|Because|If|As|Downtown|Suburban|Rural|Nearby|Neighboring|Neighbouring|Visit|Welcome|Where|Why|How|What|Who|Which|Despite|During|Under|Over|Around|Along|Within|Beyond|Toward|Towards|Via|Per|Unlike|Besides|Inside|Outside)$/;

export function isSentenceOpener(word: string): boolean {
  if (GEO_MODIFIERS.has(word.toLowerCase())) return true;
  return isStopWord(word) || OPENERS.test(word);
}

