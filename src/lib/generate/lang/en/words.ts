/** English word lists the generator consults: data only, no rules. */
import { smallNumberWords } from '../../../util/number-words';

const list = (words: string): readonly string[] => words.trim().split(/\s+/);

/**
 * The commonest English function words. Ordinary English prose is 35–50 % these; other languages
 * written in Latin letters share only a handful, so their share tells English text apart.
 */
export const functionWords: ReadonlySet<string> = new Set(
	list(`
	the of and to a in is that for it was on with as he be by at from his an were are which this
	have has had said not but they their its been who will would or she her after more than also
	there about into over we our up out when what can could should these those them him us only
	other new some such were then while because before between under since during through
	`)
);

/** Verbs that report speech: "…, Kishida said", "Biden stressed that …". */
export const sayVerbs: readonly string[] = list(`
	said says stressed added told noted explained warned insisted declared wrote argued claimed
	predicted announced estimated stated confirmed reported acknowledged admitted
`);

/**
 * Verbs whose object is what someone thinks or reads into something: denied, they make no clear
 * statement ("Initial indications did not suggest few people had died").
 */
export const opinionVerbs: readonly string[] = list(`
	suggest indicate describe believe think hope fear warn insist argue claim predict estimate
	stress explain note acknowledge admit assume expect doubt imply
`);

/** Verbs that take a finding as object: denied only when it is no clause ("did not find that …"). */
export const findingVerbs: readonly string[] = list(`
	show reveal find know learn prove conclude
`);

/** Verbs whose object is a clause and never a thing: no passive ("was believed by"). */
export const clauseOnlyVerbs: readonly string[] = list(`
	say believe think suggest indicate claim argue fear hope feel insist deny assume deem
`);

/**
 * Verbs whose object is often a clause ("found (that) …", "decided …"): after one, "and" joins
 * the parts of what was found, not two clauses.
 */
export const clauseVerbs: readonly string[] = [
	...clauseOnlyVerbs,
	...findingVerbs,
	...list(`
	decide rule report announce confirm estimate expect realise realize determine warn admit
	acknowledge note explain discover judge
`)
];

/** Verbs that report speech in a tag after a quotation or clause ("…,” said Key). */
export const tagVerbs: readonly string[] = list(`
	said says stressed added noted explained warned insisted declared wrote told reported announced
	confirmed
`);

/** Hedges that set a limit: changing the amount after them can leave a statement true. */
export const limitWords: readonly string[] = [
	'at least',
	'more than',
	'less than',
	'fewer than',
	'over',
	'under',
	'up to',
	'as many as',
	'as much as',
	'at most',
	'well past',
	'well over',
	'above',
	'well above',
	'below',
	'well below',
	'in excess of',
	'upwards of'
];

/** Adverbs that may sit between a subject and its verb and are dropped from questions. */
export const skipAdverbs: ReadonlySet<string> = new Set(
	list(`also then later now jointly both further again currently still even first already
	reportedly allegedly recently finally previously initially separately together`)
);

/**
 * Verbs whose object is a thing a reader names one way: "buy Tomahawk cruise missiles", "issue a
 * joint statement". Objects of other verbs ("take the green jersey", "finish second overall")
 * have too many right wordings to be typed.
 */
export const thingVerbs: ReadonlySet<string> = new Set(
	list(`
	buy sell acquire purchase order sign issue adopt approve pass publish release launch unveil
	introduce build develop deploy propose ban award receive discover invent produce design
	deliver establish create found name elect appoint nominate impose lift ratify
	win reject accept offer announce steal seize burn destroy recall withdraw cancel grant earn
	lose suspend
	`)
);

/** Verbs whose sentences carry the news: what happened, was decided or found. */
export const newsVerbs: ReadonlySet<string> = new Set(
	list(`
	kill die injure wound hurt destroy damage collapse evacuate rescue strike hit flood burn erupt
	find discover show reveal suggest conclude confirm identify detect observe measure
	agree sign approve pass reject ban vote decide rule order sentence convict charge arrest acquit
	announce launch unveil open close release publish award win lose beat defeat score elect appoint
	resign quit fire hire cut raise increase decrease rise fall drop grow climb double triple
	plan propose pledge promise invest buy sell acquire merge fund spend pay cost earn
	build complete begin start end halt suspend cancel delay expand reduce limit
	record break reach set become declare warn threaten protest strike
	`)
);

/** Subordinators that open a clause inside a sentence. */
export const subordinators: ReadonlySet<string> = new Set(
	list(
		`which who whom whose that when while because although though after before as since if unless until whereas where`
	)
);

/** Words that open a trailing participle or list clause, dropped when a claim is shortened. */
export const trailingOpeners: readonly string[] = list(`
	including toppling leaving bringing making giving sending causing forcing prompting killing
	injuring raising adding saying citing noting marking ending following according such
	which who whose where while as amid despite
`);

/** Number words, as the article may write an amount. */
export const smallNumbers: readonly string[] = smallNumberWords;

/** The numbers a wrong option writes in words, as its answer did: zero to twelve. */
export const numberWords: readonly string[] = smallNumbers.slice(0, 13);

/** Time units for durations and ages. */
export const timeUnits: readonly string[] = list(`
	second seconds minute minutes hour hours day days week weeks fortnight fortnights month months
	year years decade decades century centuries
`);

/** Units that measure rather than count: "7.1 magnitude", "40 degrees", "12 kilometres". */
export const measureUnits: readonly string[] = list(`
	magnitude degrees degree percent kilometres kilometers kilometre kilometer km miles mile metres
	meters metre meter m feet foot ft inches inch centimetres centimeters cm millimetres
	millimeters mm kilograms kilogram kg tonnes tonne tons ton pounds lb litres liters gallons
	hectares acres mph kph knots votes points goals runs seats
`);

/** Sentences of these shapes are the publisher's, not the story's. */
export const boilerplate: readonly RegExp[] = [
	/\bcontributed (?:to )?(?:this )?report(?:ing)?\b/i,
	/\b(?:follow|subscribe|sign up|click|read more|newsletter|all rights reserved|copyright)\b/i,
	/\b(?:is a|is an) (?:reporter|correspondent|writer|editor|columnist) (?:for|at|with)\b/i,
	/\bthis (?:story|article) (?:has been|was) (?:updated|corrected)\b/i
];

/**
 * Family names that come first in Chinese, Korean, Singaporean and Vietnamese names as English
 * news writes them ("Xi Jinping", "Kim Jong Un", "Heng Swee Keat", "Nguyen Xuan Phuc"); a two-
 * or three-part name opening with one is read surname first.
 */
export const surnameFirst: ReadonlySet<string> = new Set(
	list(`
	Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
	Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
	Cheng Wei Su Lu Ding Ren Shen Yao Zhong Jin Qin Qi Bo Hua Mao Zhu Kim Lee Park Choi Jung
	Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Song Jeon Hong Moon Yoo Ko Nam Baek
	Ri Pak Ryu Roh Ban Chung
	Tan Teo Goh Ng Ong Koh Chua Chan Tay Toh Yeo Lau Leong Wong Chong Quek Seah Khaw Teh Loh Soh
	Heng Lui Nguyen Tran Pham Hoang Bui Ngo Duong
	`)
);

/** Plural nouns that open a sentence as its source ("Officials said …"): lower case inside a prompt. */
export const commonSources: ReadonlySet<string> = new Set(
	list(`authorities officials police experts scientists researchers analysts doctors witnesses
	residents prosecutors investigators critics economists organizers organisers rescuers sources
	observers engineers students teachers parents officers lawyers activists campaigners fans
	astronomers paramedics firefighters aides diplomats executives traders deputies troopers
	agents soldiers officers forecasters`)
);

/** Words that stand for people the sentence before named: a subject no question can use alone. */
export const vagueQuantifiers: ReadonlySet<string> = new Set(
	list(
		`others some many most few several both all each either neither another one two three four five`
	)
);

/** Ordinal words, in order: "the third year in a row" may become "the second". */
export const ordinals: readonly string[] = list(
	`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
	fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`
);

/**
 * The words before a "that" that opens a clause, not one that points back: verbs that report or
 * decide ("said that …", "found that …") in the forms a sentence or a question writes them, and
 * links ("so that", "is that").
 */
export const thatClauseWords: readonly string[] = list(`
	said says found finds showed shows announced reported confirmed warned argued added noted
	claimed insisted suggested suggests stated revealed admitted denied agreed hoped feared
	estimated expected decided ruled concluded indicated explained learned realized realised
	proved felt acknowledged believed believes thinks knows means ensured ensures predicted
	predicts demanded stressed emphasised emphasized recommended ordered urged promised pledged
	vowed signalled signaled assumed observed discovered determined recognised recognized alleged
	complained conceded declared maintained testified wrote writes reads states adds notes claims
	insists warns so such now given except but and or is was are were be been being mean say find
	show believe think know hope fear expect ensure argue claim insist suggest warn note add
	report confirm announce state reveal admit deny agree decide rule conclude indicate explain
	learn realize realise prove feel predict demand stress recommend order urge promise pledge vow
	assume observe discover determine recognise recognize allege complain concede declare maintain
	testify write read
`);

/** Nouns that name a person, whom no "it" stands for: "a man", "the patient". */
export const personNouns: readonly string[] = list(`
	man woman men women boy girl child person people patient victim student teacher officer
	soldier worker driver pilot doctor nurse player man's baby mother father son daughter resident
	tourist passenger suspect gunman teenager couple family
`);

/** People named by what they are, capitalised by a sentence's start: "Officers of …" name no body. */
export const peopleOpeners: readonly string[] = list(`
	Officers Officials Police Soldiers Troops Workers Residents Scientists Researchers Experts
	Doctors Members Leaders Ministers Authorities Investigators Rescuers Firefighters Protesters
	Voters Fans People Students Teachers Staff Agents Lawyers Prosecutors Judges Analysts
	Engineers Crew Crews Passengers Survivors Victims
`);

/** Idioms whose last words a quotation's gap would ask: the words before, and the answer. */
export const idiomEnds: readonly (readonly [RegExp, RegExp])[] = [
	[/\bhard at\s+$/i, /^work$/i],
	[/\bin\s+$/i, /^the (?:right|wrong) direction$/i],
	[/\bon\s+$/i, /^the (?:right|same) (?:track|page)$/i],
	[/\b(?:invest|investing|look|looking) (?:in|to)\s+$/i, /^the future$/i],
	[/\bat\s+$/i, /^the end of the day$/i],
	[/\bin\s+$/i, /^the long (?:run|term)$/i],
	[/\boff\s+$/i, /^the table$/i],
	[/\bon\s+$/i, /^the table$/i],
	[/\b(?:game|match|tale) of\s+$/i, /^two halves$/i],
	[/\b(?:thrilled|scared|bored|worried|tired|sick) to\s+$/i, /^death$/i],
	[/\btime (?:was|is|'s)\s+$/i, /^the charm$/i],
	// "they did a very great job", "dupe our foundations and generous citizens": praise and
	// the people a speaker names in passing are wording, not what the article reports.
	[
		/(?:^|\s)\S*\s*$/,
		/^(?:(?:the|a|an|some)\s+)?(?:[\p{L}-]+\s+)?(?:job|jobs|work|effort|efforts|citizens|people|folks|guys|fans|supporters|everyone|everybody|community|communities|players|team|result|results|outcome|owners|staff|teammates|coaches|family|families|everyone in the club)$/iu
	]
];

/** Words of a sporting contest, where men and women compete apart. */
export const contestWords =
	/\b(?:beat|beats|beaten|defeated|defeats|wins? over|victory over|final|semi-final|semifinal|quarter-final|tournament|match|matches|seed|seeded|title|champion|championship|medal|race|rally|round|opponent|sets?)\b/i;

/** Words that say a person is a woman, or a man: "the sixth female director". */
export const femaleWords = /\b(?:female|woman|actress|first lady)\b/i;
export const maleWords = /\bmale\b/i;

/** Words a number after them labels rather than counts: "phase 1 trials", "a Category 4 storm", "a top 10 finish". */
export const labelWords: readonly string[] = list(`
	phase stage level grade category class type step tier top
`);

/**
 * A verb and the one that says the opposite happened, as the article writes it: "rose" for
 * "fell", "approved" for "rejected". Each pair read both ways unless marked one way (→): "won"
 * is the opposite of "lost" a game, but "lost" 5 percent was never "won".
 */
export const oppositeVerbs: readonly (readonly [string, string, 'both' | 'one way'])[] = [
	['rose', 'fell', 'both'],
	['rises', 'falls', 'both'],
	['rise', 'fall', 'both'],
	['risen', 'fallen', 'both'],
	['increased', 'decreased', 'both'],
	['increases', 'decreases', 'both'],
	['increase', 'decrease', 'both'],
	['grew', 'shrank', 'both'],
	['grows', 'shrinks', 'both'],
	['climbed', 'fell', 'one way'],
	['climbs', 'falls', 'one way'],
	['jumped', 'fell', 'one way'],
	['surged', 'fell', 'one way'],
	['soared', 'plunged', 'both'],
	['dropped', 'rose', 'one way'],
	['drops', 'rises', 'one way'],
	['declined', 'rose', 'one way'],
	['declines', 'rises', 'one way'],
	['tumbled', 'rose', 'one way'],
	['slumped', 'rose', 'one way'],
	['approved', 'rejected', 'both'],
	['approves', 'rejects', 'both'],
	['accepted', 'rejected', 'one way'],
	['supported', 'opposed', 'both'],
	['supports', 'opposes', 'both'],
	['raised', 'lowered', 'both'],
	['raises', 'lowers', 'both'],
	['opened', 'closed', 'both'],
	['opens', 'closes', 'both'],
	['convicted', 'acquitted', 'both'],
	// "hired the firm to supervise construction": "fired … to supervise" gives itself away.
	['fired', 'hired', 'one way'],
	['improved', 'worsened', 'both'],
	['improves', 'worsens', 'both'],
	['strengthened', 'weakened', 'both'],
	['widened', 'narrowed', 'both'],
	['expanded', 'shrank', 'one way'],
	['boosted', 'reduced', 'one way'],
	['won', 'lost', 'one way'],
	['wins', 'loses', 'one way'],
	['beat', 'lost to', 'one way'],
	['beats', 'loses to', 'one way'],
	['defeated', 'lost to', 'one way'],
	['succeeded', 'failed', 'both'],
	['began', 'ended', 'one way'],
	['started', 'ended', 'one way'],
	['ended', 'began', 'one way']
];

/** Awards known by two names: each gives the other away, and either is typed for it. */
export const awardNames: readonly [RegExp, string][] = [
	[/^(?:the\s+)?Academy Awards?$/i, 'Oscar'],
	[/^Oscars?$/i, 'Academy Award']
];

/** What a report says of its own reporting: nobody answered, nobody commented. */
export const pressBoilerplate =
	/\b(?:could not|couldn[’']t|did not|didn[’']t|was not|were not|wasn[’']t|weren[’']t)\s+(?:be\s+)?(?:immediately\s+)?(?:be\s+)?(?:reach|reached|respond|responded|return|returned|available)\b[^.]*?\b(?:comment|request|messages?|calls?|emails?|inquir(?:y|ies))\b|\b(?:could not|couldn[’']t) (?:immediately )?be reached\b|\bdeclined to comment\b|\bdid not (?:immediately )?respond to\b|^the (?:investigation|inquiry|probe) (?:is|remains) (?:ongoing|continuing|under way|underway)\.?$/i;

/**
 * Nouns that describe a person without naming them: "the left-hander", "the 29-year-old", "the
 * former governor".
 */
export const describedNouns = String.raw`(?:[\p{Ll}-]+-(?:hander|old)|man|woman|boy|girl|governor|president|minister|captain|coach|player|striker|batsman|bowler|star|champion|leader|chief|judge|lawyer|singer|actor|actress|driver|rider|runner|veteran|teenager|defendant|suspect|victim|mother|father|son|daughter|wife|husband|helmer|director|filmmaker|film-maker|author|writer|novelist|artist|musician|rapper|composer|producer|scientist|researcher|doctor|officer|spokesman|spokeswoman|senator|mayor|chairman|chairwoman|executive|founder|billionaire|tycoon|businessman|businesswoman|pilot|climber|swimmer|cyclist|golfer|boxer|skipper|manager|winner|survivor|witness|teacher|student|priest|pope|king|queen|prince|princess|politician|councillor|councilor|lawmaker)`;

/** What an article may call a person it named just before: "the activist", "the actor". */
export const roleNouns =
	'activist|actor|actress|singer|author|writer|novelist|poet|director|filmmaker|judge|coach|striker|goalkeeper|senator|lawmaker|governor|mayor|spokesman|spokeswoman|prosecutor|defendant|scientist|researcher|professor|economist|analyst|rider|cyclist|golfer|boxer|artist|painter|musician|rapper|comedian|journalist|founder|entrepreneur|billionaire|veteran|politician|cleric|dissident|opposition leader';

/** Comparatives a finding turns on, and the word that turns it the other way. */
export const comparatives: Readonly<Record<string, string>> = {
	higher: 'lower',
	lower: 'higher',
	greater: 'smaller',
	larger: 'smaller',
	smaller: 'larger',
	bigger: 'smaller',
	increased: 'reduced',
	reduced: 'increased',
	elevated: 'reduced',
	worse: 'better',
	better: 'worse',
	faster: 'slower',
	slower: 'faster',
	longer: 'shorter',
	shorter: 'longer',
	stronger: 'weaker',
	weaker: 'stronger',
	more: 'less',
	less: 'more',
	fewer: 'more'
};

/** "It expects", "it plans", "it will cut": what a body says it does. "It will zoom by" is a thing's. */
export const bodysDoing =
	/^It (?:(?:will|would|could|has|had|is|was) )?(?:expects?|expected|expecting|plans?|planned|planning|intends?|intended|hopes?|hoped|aims?|aimed|cut|cuts|close|closes|closed|open|opens|opened|hire|hires|hired|pay|pays|paid|raise|raises|raised|invest|invests|invested|spend|spends|spent|sell|sells|sold|buy|buys|bought|launch|launches|launched|add|adds|added|report|reports|reported|post|posts|posted|earn|earns|earned|agree|agrees|agreed|forecasts?|forecast|sees|saw|remains? committed)\b/;
