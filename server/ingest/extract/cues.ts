/**
 * Speech cues: the verbs (and "according to") that introduce what someone said.
 */

export interface CueInfo {
  /** The base verb, for grouping ("said" → "say"). */
  base: string;
  /** Only a cue when "that" follows: "estimates that" (not "estimates suggest"). */
  needThat?: boolean;
  /** A participle after a comma: ", saying that…" — the sentence's subject speaks. */
  participle?: boolean;
}

const CUES = new Map<string, CueInfo>();

function verb(base: string, forms: string, needThat = false): void {
  for (const f of forms.split(/\s+/).filter(Boolean)) CUES.set(f, { base, needThat });
}
function participle(forms: string): void {
  for (const f of forms.split(/\s+/).filter(Boolean))
    CUES.set(f, { base: f.replace(/ing$/, ''), participle: true });
}

verb('say', 'say says said');
verb('tell', 'tell tells told');
verb('state', 'stated');
verb('state', 'states', true);
verb('announce', 'announce announces announced');
verb('warn', 'warn warns warned');
verb('write', 'write writes wrote');
verb('note', 'noted');
verb('note', 'notes', true);
verb('claim', 'claimed');
verb('claim', 'claim claims', true);
verb('argue', 'argue argues argued');
verb('report', 'reported');
verb('report', 'report reports', true);
verb('add', 'add adds added');
verb('stress', 'stresses stressed');
verb('emphasise', 'emphasizes emphasized emphasises emphasised');
verb('insist', 'insist insists insisted');
verb('confirm', 'confirm confirms confirmed');
verb('reveal', 'reveals revealed');
verb('acknowledge', 'acknowledges acknowledged');
verb('explain', 'explains explained');
verb('recount', 'recounts recounted');
verb('remark', 'remarked');
verb('allege', 'alleges alleged');
verb('assert', 'asserts asserted');
verb('caution', 'cautions cautioned');
verb('predict', 'predicts predicted');
verb('deny', 'deny denies denied');
verb('declare', 'declares declared');
verb('urge', 'urge urges urged');
verb('accuse', 'accuse accuses accused');
verb('describe', 'describes described');
verb('observe', 'observed');
verb('admit', 'admits admitted');
verb('concede', 'concedes conceded');
verb('vow', 'vowed');
verb('pledge', 'pledged');
verb('promise', 'promised');
verb('threaten', 'threatened');
verb('reply', 'replied');
verb('testify', 'testified');
verb('document', 'documented');
verb('tweet', 'tweeted');
verb('dismiss', 'dismisses dismissed');
verb('denounce', 'denounces denounced');
verb('condemn', 'condemns condemned');
/** "called it “a crude fake”": only a cue when a quotation follows closely. */
verb('call', 'calls called');
verb('estimate', 'estimate estimates estimated', true);
verb('hope', 'hope hopes hoped', true);
verb('believe', 'believe believes believed', true);
verb('assess', 'assess assesses assessed', true);
verb('suggest', 'suggest suggests suggested', true);
verb('indicate', 'indicates indicated', true);
verb('think', 'thinks thought', true);
verb('expect', 'expect expects expected', true);
verb('anticipate', 'anticipate anticipates anticipated', true);
verb('conclude', 'concludes concluded', true);
verb('highlight', 'highlights highlighted', true);
verb('maintain', 'maintains maintained', true);
verb('contend', 'contends contended', true);
verb('reiterate', 'reiterates reiterated', true);
verb('fear', 'fears feared', true);
participle(`saying telling stating arguing adding noting warning claiming insisting calling
  describing stressing emphasizing emphasising accusing urging explaining asserting
  characterizing characterising`);

/** The cue a word (normalised key) can be, if any. */
export function cueOf(key: string): CueInfo | undefined {
  return CUES.get(key);
}

/** Cues that may follow a quotation with the speaker after them (", said X."). */
export const INVERTED_CUES = new Set([
  'said',
  'says',
  'added',
  'wrote',
  'told',
  'explained',
  'insisted',
  'noted',
  'stressed',
  'warned',
  'argued',
  'claimed',
  'remarked',
  'replied',
  'continued',
  'recalled',
  'admitted',
  'asked',
]);

/** Words before a cue that make it a noun, an infinitive or a passive ("the reported…"). */
export const NOT_BEFORE_CUE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'of',
  'by',
  'for',
  'with',
  'to',
  'such',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'who',
  'which',
  'latest',
  'recent',
  'recently',
  'first',
  'widely',
  'newly',
  'initially',
  'most',
  'what',
  'not',
  'never',
  'declined',
  'refused',
]);
