/**
 * Word lists shared by the extractor: titles, demonyms, organisation and unit
 * keywords, and the small closed classes the heuristics need. All entries are
 * normalised keys (lower case, no diacritics).
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Titles and roles that precede a person's name ("NATO Secretary General Mark Rutte"). */
export const TITLES = set(`
  president vice prime minister secretary general deputy foreign defence defense interior
  spokesman spokeswoman spokesperson press chief commander head director chairman chairwoman
  chair ambassador envoy senator sen rep representative governor mayor king queen prince
  pope lawmaker legislator adviser advisor colonel col lieutenant lt sergeant sgt captain
  capt major maj gen admiral marshal mr mrs ms dr prof professor leader premier chancellor
  minister-president officer official analyst fellow researcher correspondent editor
  president-elect
`);

/** Titles that can stand for a person already named ("the HUR chief", "Ukraine's President"). */
export const ROLE_NOUNS = set(`
  president chief head leader minister spokesman spokeswoman spokesperson commander
  secretary ambassador envoy adviser advisor director chairman premier chancellor general
  official officer fellow analyst expert researcher professor lawmaker diplomat governor
`);

/** Those on a body's staff, who speak for it: "The analysts added…" after the ISW spoke. */
export const STAFF_PLURALS = set(`
  analysts researchers experts authors scholars economists
`);

/** Nouns that stand for an organisation already named ("the agency said"). */
export const ORG_ANAPHORS = set(`
  agency service institute ministry office organisation organization alliance department
  bureau committee council directorate government administration command staff body
  think tank group center centre university newspaper outlet broadcaster
`);

/** Adjectives of nationality; never a mention on their own. */
export const DEMONYMS = set(`
  ukrainian russian korean american british chinese japanese european german french polish
  belarusian iranian indian israeli syrian turkish western eastern northern southern soviet
  english asian african arab nato-led
`);

/**
 * Last words of a newspaper's or news site's name. After a place's or a state's
 * name ("Kyiv Independent", "Korea Herald", "Moscow Times") they make the
 * whole the outlet's name, not a mention of the place.
 */
export const OUTLET_HEADS = set(`
  herald times post independent tribune journal gazette courier daily telegraph guardian
  observer chronicle pravda news insider
`);

/** Last words that make a capitalised name an organisation (the outlets' among them). */
export const ORG_KEYWORDS = set(`
  ${[...OUTLET_HEADS].join(' ')}
  institute institution service ministry agency council party committee duma staff office
  center centre university college pentagon kremlin parliament
  assembly bureau department directorate commission foundation association union
  organization organisation company corporation bank court government administration
  network broadcasting tv radio press reuters bbc cnn fund program
  programme studies security intelligence conventions congress senate
`);

/** Last words that make a capitalised name a military unit. */
export const UNIT_KEYWORDS = set(`
  corps brigade brigades regiment battalion battalions division divisions fleet guard
  guards forces force army armies squadron detachment legion militia marines infantry
`);

/** Words that make a name a place. */
export const PLACE_KEYWORDS = set(`
  oblast region province district city town village county republic peninsula sea river
  island islands mountains valley border airport base front krai okrug
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Capitalised words that are not names when they start a sentence or stand alone. */
export const COMMON_CAPITALISED = set(`
  i the a an this that these those it its he she they we you our his her their my your
  in on at as but and or if while however according after before since despite although
  though when where what why how who whom which later meanwhile asked speaking reports
  estimates one two three four five six seven eight nine ten another other some many most
  all both each every any no not there here then now today yesterday tomorrow also yet
  still even nevertheless additionally further furthermore moreover instead so because
  during until unless with without within from for to of by about over under between
  among against into onto upon last next first second third new recent original category
  latest trending loading post comment comments video photo image images read more
  opposition human geolocated satellite north south east west central nobody everyone
  everybody someone somebody nothing everything source sources via courtesy
`);

/** Abbreviations written in capitals that name no one: "Korean TV channel KBS", "at 9 PM". */
export const COMMON_ABBREVIATIONS = set(`tv fm am pm gmt utc gdp ceo gps hq id ok vip dna pdf
  pow pows mia kia uav uavs icbm icbms mp mps apc apcs ied ieds rpg rpgs`);

/**
 * Words a headline capitalises and a sentence does not: "How Is Russia
 * Benefiting From…", "A New Turn in the War". One of them capitalised inside a
 * line marks the line as a headline (see candidates.ts).
 */
export const HEADLINE_SMALL_WORDS = set(`
  a an the and or but nor of for to in on at by from with into onto over as is are was
  were be been has have had will would can could may might must shall should do does did
  their his her its our your this that these those not than vs
`);

/** Words that may join the capitalised words of one name ("Institute for the Study of War"). */
export const NAME_CONNECTORS = set(`of for the and de du da al el von van`);

/** Lower-case second parts of hyphenated words that are not part of a name ("Washington-based"). */
export const HYPHEN_NON_NAME = set(`
  based led backed born style era linked made controlled owned run held occupied
  speaking language era level year old elect
`);

export const PREPOSITIONS = set(`
  of from at for in on with by to into near about over under between across around
  against toward towards through during after before since without within
`);

/** Prepositions after which an ambiguous name (Kyiv, Washington) is a place. */
export const LOCATIVE = set(`in at near outside inside around across within throughout`);

/** Verbs of movement after which "to X" names a place ("taken to Kyiv"). */
export const MOTION_VERBS = set(`
  taken sent brought moved travelled traveled flew flown returned transferred deployed
  dispatched went came arrived evacuated relocated headed trip visit journey
`);

export const PERSON_PRONOUNS = set(`he she him her his`);
export const PLURAL_PRONOUNS = set(`they them their`);
export const THING_PRONOUNS = set(`it its`);

/** Words that end a subject noun phrase when scanning back from a speech verb. */
export const CLAUSE_BREAKERS = set(`
  that as while because although though when whereas since if but and so after before
  whether which who where
`);

/** Adverbs and auxiliaries between a subject and its speech verb ("has previously said"). */
export const SUBJECT_TRAILERS = set(`
  has have had also again previously repeatedly later separately earlier further officially
  then now already once often publicly privately reportedly recently today yesterday
  would could will may might did does do is was were been being not never instead meanwhile
  however too likewise similarly subsequently ultimately finally first last still even
`);

/**
 * An outlet's name as a regular expression's source: up to five capitalised
 * words ("News.bg", "the BBC", "Radio Free Asia"), the name in group 1.
 */
export const OUTLET_NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})`;
/** The verbs by which an outlet credits what it passes on: ", News.bg reports." */
export const CREDIT_VERBS = String.raw`(?:reports|writes|informs)`;
/** The same in the past tense, a credit only after another attribution: "…, the SBU said, Reuters reported." */
export const CREDIT_VERBS_PAST = String.raw`(?:reported|wrote)`;

/** A wire story's dateline naming its agency: "SEOUL, Feb 14 (Reuters) - ". Group 1: the agency. */
export const AGENCY_DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\s.'’-]*(?:,[^()\n]{1,30})?\s+)?\(([^()\n]{2,40})\)\s*[-–—]\s/u;
/**
 * Any dateline opening a story's first line, to be read past: the agency's, or
 * a city's in capitals with a date or country alone ("KYIV, Ukraine — ").
 */
export const DATELINE = new RegExp(
  String.raw`${AGENCY_DATELINE.source}|^\s*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*,[^()\n–—]{1,30}?\s[-–—]\s`,
  'u',
);
