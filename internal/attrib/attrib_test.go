package attrib

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/nlp"
)

func analyse(t testing.TB, text string) *document.Document {
	t.Helper()
	p, err := nlp.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := article.FromText(text)
	p.Analyze(d)
	return d
}

func extractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// cued returns the first attribution of d whose cue reads cue, and stops
// the test when there is none.
func cued(t *testing.T, d *document.Document, cue string) document.Attribution {
	t.Helper()
	for _, a := range extractor(t).Extract(d) {
		if d.Text[a.Cue.Start:a.Cue.End] == cue {
			return a
		}
	}
	t.Fatalf("no attribution with the cue %q", cue)
	return document.Attribution{}
}

// spanText is the text of a span of d.
func spanText(d *document.Document, s document.Span) string { return d.Text[s.Start:s.End] }

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text           string
		source, cue, content string
		kind                 document.AttributionKind
	}{
		{"indirect speech", "The minister said that the talks had been cancelled.",
			"The minister", "said", "that the talks had been cancelled", document.Indirect},
		{"quote then speaker", "“We are not prepared to hold talks under these conditions,” he said.",
			"he", "said", "“We are not prepared to hold talks under these conditions,”", document.Direct},
		{"according to", "According to two diplomats, Norway offered to host the talks.",
			"two diplomats", "According to", "Norway offered to host the talks", document.AccordingTo},
		// The parse also gave "said" the subject "one", coordinating it
		// with the clause before.
		{"speaker after the cue", "Moves against the stations led to their removal from all but one of the roughly 100 Russian stations on which they were operating as of 2005, said Jeffrey N. Trimble, a senior official with the board that oversees them.",
			"Jeffrey N. Trimble, a senior official with the board that oversees them", "said",
			"Moves against the stations led to their removal from all but one of the roughly 100 Russian stations on which they were operating as of 2005", document.Indirect},
		{"according to a name whose first words the parse made compounds", "Mrs. Clinton's entire tax plan would raise only $1.1 trillion over the next decade, according to the Tax Policy Center.",
			"the Tax Policy Center", "according to", "Mrs. Clinton's entire tax plan would raise only $1.1 trillion over the next decade", document.AccordingTo},
		{"clause of a reported adjective", `U.S. envoy Steve Witkoff, who drafted the proposal, told Fox News he was "hopeful" a deal could be reached by the end of the month.`,
			"U.S. envoy Steve Witkoff, who drafted the proposal,", "told", `he was "hopeful" a deal could be reached by the end of the month`, document.Mixed},
		{"modal conjunct of the reported clause", "An Israeli official said Israel was studying the response and would send a delegation to Doha next week.",
			"An Israeli official", "said", "Israel was studying the response and would send a delegation to Doha next week", document.Indirect},
		{"headline report with a second verb of the reporter's", "Iran says it has no plan to resume talks with US, denies enrichment report",
			"Iran", "says", "it has no plan to resume talks with US", document.Indirect},
		{"headline closed by an official's report, after a condition", "Iran threatens to close Strait of Hormuz if attacked, official says",
			"official", "says", "Iran threatens to close Strait of Hormuz if attacked", document.Indirect},
		{"that-clause the parse hangs on the day", "She told The Associated Press on Monday that the FBI investigation is independent and is being conducted by career lawyers.",
			"She", "told", "that the FBI investigation is independent and is being conducted by career lawyers", document.Indirect},
		{"a poll that opens the sentence", "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 percent chose Trump.",
			"an NBC News/Wall Street Journal poll released Monday", "In", "50 percent of respondents chose Clinton while 40 percent chose Trump", document.AccordingTo},
		{"a poll a clause is found in", "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.",
			"the latest CNN/ORC poll released Wednesday", "in", "he fell to 10 percent", document.AccordingTo},
		{"an average of polls", "She trails the Vermont senator in the RealClearPolitics average of New Hampshire polls.",
			"the RealClearPolitics average of New Hampshire polls", "in", "She trails the Vermont senator", document.AccordingTo},
		{"what the object is taken for", "While some interpreted the posts as a reaction to the failed talks, a senior White House official clarified that the collapse was not the sole reason.",
			"some", "interpreted", "the posts as a reaction to the failed talks", document.Indirect},
		{"a predicative after the object", "Voters see Sanders as electable.",
			"Voters", "see", "Sanders as electable", document.Indirect},
		{"what the object is put down to", "Sanders credited Clinton's victory to \"a closed primary, something I am not all that enthusiastic about, where independents are not allowed to vote.\"",
			"Sanders", "credited", "Clinton's victory to \"a closed primary, something I am not all that enthusiastic about, where independents are not allowed to vote.\"", document.Mixed},
		{"what the object is blamed on", "He blamed the incident on hackers.", "He", "blamed", "the incident on hackers", document.Indirect},
		{"not where it is blamed", "Trump blamed local officials on Twitter.", "Trump", "blamed", "local officials", document.Indirect},
		{"an adverbial clause with as is no part of it", "Clinton slammed the proposal as Bush listened.",
			"Clinton", "slammed", "the proposal", document.Indirect},
		{"closing quotation mark before the speaker", "“Cyber security remains one of the biggest challenges facing our country today,” Carson continued.",
			"Carson", "continued", "“Cyber security remains one of the biggest challenges facing our country today,”", document.Direct},
		{"a clause a report after it says", "European Union governments on Monday approved a 20th package of sanctions against Russia over its war in Ukraine, targeting banks in third countries, EU diplomats said.",
			"EU diplomats", "said", "European Union governments on Monday approved a 20th package of sanctions against Russia over its war in Ukraine, targeting banks in third countries", document.Indirect},
		{"parenthetical report before a conjunction", "Trump and Erdogan planned secret US-Iran talks in Istanbul, Axios reports, but Iran canceled after the talks could not be approved.",
			"Axios", "reports", "Trump and Erdogan planned secret US-Iran talks in Istanbul", document.Indirect},
		{"chain through told", "Sources told Axios that Khamenei could not be reached.",
			"Sources", "told", "that Khamenei could not be reached", document.Indirect},
		{"asked about a topic", "Toward the end of the debate, she was asked about the rash of campus protests.",
			"she", "was asked about", "the rash of campus protests", document.Indirect},
		{"a statement's saying is part of the cue", "McConnell issued a statement saying that the Senate should not confirm a replacement.",
			"McConnell", "issued a statement saying", "that the Senate should not confirm a replacement", document.Indirect},
		{"an infinitive of saying is part of the cue", "He went on to say that the deal was dead.",
			"He", "went on to say", "that the deal was dead", document.Indirect},
		{"a quotation after an infinitive of saying", "Trump laughed, but went on to say, \"There are places in America that are dangerous.\"",
			"Trump", "went on to say", "\"There are places in America that are dangerous.\"", document.Direct},
		{"a passive with a subject of its own shares no speaker", "Turkey left the room after the talks could not be approved.",
			"", "could not be approved", "the talks", document.Indirect},
		{"whom one urges, parsed as an indirect object, is part of the content", "She urged Beijing to \"stop its irrational behavior.\"",
			"She", "urged", "Beijing to \"stop its irrational behavior.\"", document.Mixed},
		{"an infinitive of doing is the content", "Cruz plans to build a wall along the border.",
			"Cruz", "plans", "to build a wall along the border", document.Indirect},
		{"asked frames the cue", "When asked about New Hampshire's opioid crisis, Ted Cruz said he knows the tragic consequences of opioid addiction firsthand.",
			"Ted Cruz", "said", "he knows the tragic consequences of opioid addiction firsthand", document.Indirect},
		{"short quotation opening the sentence, speaker after the cue", "“Safety first,” said Grimm, a Donald Trump supporter.",
			"Grimm, a Donald Trump supporter", "said", "“Safety first,”", document.Direct},
		{"quotation of two sentences before a cue with a participle cue after it", "“I have tremendous respect for Governor Mike Pence. He has been an incredible leader,” Cruz said, adding: “I would welcome his support.”",
			"Cruz", "said", "“I have tremendous respect for Governor Mike Pence. He has been an incredible leader,”", document.Direct},
		{"straight quotation over two sentences before the cue", "\"I have won ten states. He has won three or four,\" Trump said, referring to Cruz.",
			"Trump", "said", "\"I have won ten states. He has won three or four,\"", document.Direct},
		{"quotation in two apostrophes over two sentences before the cue", "''I have won ten states. He has won three or four,'' Mr. Trump said, referring to Mr. Cruz.",
			"Mr. Trump", "said", "''I have won ten states. He has won three or four,''", document.Direct},
		{"quotation in two apostrophes", "''I have placed a couple of calls to Bernie,'' Ms. Boxer said.",
			"Ms. Boxer", "said", "''I have placed a couple of calls to Bernie,''", document.Direct},
		{"quotation over two sentences", "“We have never had any contact with the Americans. The United States requested negotiations through mediators, but we refused,” Araghchi said.",
			"Araghchi", "said", "“We have never had any contact with the Americans. The United States requested negotiations through mediators, but we refused,”", document.Direct},
		{"clause before a final cue, not the next sentence's quotation", "Unemployment dipped to 4.9 percent in January, Obama said. “Those who are running down the economy have no plan,” he added.",
			"Obama", "said", "Unemployment dipped to 4.9 percent in January", document.Indirect},
		{"participle cue with its own content", "Sanders answered an early question about his agenda, calling for a political revolution to address them.",
			"Sanders", "calling for", "a political revolution to address them", document.Indirect},
		{"quotation before the cue, oblique after it", "“Guns are the ultimate public health crisis,” she proclaimed to a cheering crowd at the convention on Tuesday.",
			"she", "proclaimed", "“Guns are the ultimate public health crisis,”", document.Direct},
		{"subject the parse calls passive without a passive auxiliary", "Mr. Trump's defeat won't necessarily derail his campaign, as some have speculated.",
			"some", "have speculated", "Mr. Trump's defeat won't necessarily derail his campaign", document.Indirect},
		{"indirect question parsed as an adverbial clause", "Cruz has questioned in recent days whether Trump has the necessary temperament to be president.",
			"Cruz", "has questioned", "whether Trump has the necessary temperament to be president", document.Indirect},
		{"question after ask and its object", "Then Mr. Rubin asked the students if they were always so serious.",
			"Mr. Rubin", "asked", "if they were always so serious", document.Indirect},
		{"speaker after the cue behind a determiner", "“Paul’s knowledge, such as it is, is about 20 years old,” said a longtime adviser to Trump.",
			"a longtime adviser to Trump", "said", "“Paul’s knowledge, such as it is, is about 20 years old,”", document.Direct},
		{"a denial in a relative clause", "The attempt has included members of the Saudi government, which has strongly denied any involvement in the 9/11 terror attacks.",
			"which", "has strongly denied", "any involvement in the 9/11 terror attacks", document.Indirect},
		{"a name at the start the tagger took for an adverb", "Schlafly then discussed Trump’s proposed wall.",
			"Schlafly", "then discussed", "Trump’s proposed wall", document.Indirect},
		{"of two subjects the parse gives, the nearest", "Moments earlier, in his opening remarks, Trump said he was ideally suited for the presidency.",
			"Trump", "said", "he was ideally suited for the presidency", document.Indirect},
		{"a noun at the start the tagger took for an auxiliary", "Aides said Mr. Obama was haunted by the possibility.",
			"Aides", "said", "Mr. Obama was haunted by the possibility", document.Indirect},
		{"a second subject after the cue is the complement's", "Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership, said nearly every conversation he has had with donors lately centers on the need for a firewall.",
			"Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership,", "said", "nearly every conversation he has had with donors lately centers on the need for a firewall", document.Indirect},
		{"a fronted participle the parse makes a clausal subject", "Citing “security concerns,” sources told Axios that Khamenei could not be reached.",
			"sources", "Citing", "“security concerns,”", document.Direct},
		{"straight quotation over two sentences", "\"There it is. There it is,\" Christie said to laughs. \"That's the memorized speech.\"",
			"Christie", "said", "\"There it is. There it is,\"", document.Direct},
		{"speaker hung on the quotation's verb", "\"The simple truth is that the facts haven't changed, and the findings have stood up to the scrutiny,\" a spokesman for committee Democrats said.",
			"a spokesman for committee Democrats", "said", "\"The simple truth is that the facts haven't changed, and the findings have stood up to the scrutiny,\"", document.Direct},
		{"speaker in apposition before the cue", "\"We need him because life is very hard in Romania,\" his wife, Gabriela Violeta Lazar, wrote in a letter to the court.",
			"his wife, Gabriela Violeta Lazar,", "wrote", "\"We need him because life is very hard in Romania,\"", document.Direct},
		{"the noun phrase before a cue whose subject the parse lost", "A campaign aide later clarified that Clinton misspoke and intended to say that it was a mistake.",
			"A campaign aide", "later clarified", "that Clinton misspoke and intended to say that it was a mistake", document.Indirect},
		{"a day the parse made a subject", "Gowdy earlier Thursday said the committee has conducted a total of 75 witness interviews.",
			"Gowdy", "said", "the committee has conducted a total of 75 witness interviews", document.Indirect},
		{"naming cue: the object and what it is called", "He called Trump a fascist.",
			"He", "called", "Trump a fascist", document.Indirect},
		{"put it: the words around it are what it reports", "As one aide put it, the campaign is over.",
			"one aide", "put it", "the campaign is over", document.Indirect},
		// "According to" frames the whole sentence, the statement in it too.
		{"according to after a statement", "Trump said he was happy to see it, according to The New York Times.",
			"The New York Times", "according to", "Trump said he was happy to see it", document.AccordingTo},
		{"according to hung on an infinitive", "Norway has offered to host talks in Oslo, according to two diplomats.",
			"two diplomats", "according to", "Norway has offered to host talks in Oslo", document.AccordingTo},
		// "after" before "two days" is no adverb.
		{"closing speaker after a span of days", "The United States and China agreed on Monday to slash reciprocal tariffs for 90 days after two days of talks in Geneva, U.S. Treasury Secretary Scott Bessent told reporters.",
			"U.S. Treasury Secretary Scott Bessent", "told", "The United States and China agreed on Monday to slash reciprocal tariffs for 90 days after two days of talks in Geneva", document.Indirect},
		// The model, reading the head "seized", scored the cue low.
		{"closing report after a long clause", "Iran's Revolutionary Guards seized a foreign tanker carrying 2 million litres of smuggled fuel in the Gulf and detained its 13 crew members, state media reported on Thursday.",
			"state media", "reported", "Iran's Revolutionary Guards seized a foreign tanker carrying 2 million litres of smuggled fuel in the Gulf and detained its 13 crew members", document.Indirect},
		// Nor does a span set off after it ("…, days after …").
		{"closing report before a span after", "Iran's parliament approved a bill on Wednesday suspending cooperation with the International Atomic Energy Agency, state media reported, days after U.S. and Israeli strikes on Iranian nuclear sites.",
			"state media", "reported", "Iran's parliament approved a bill on Wednesday suspending cooperation with the International Atomic Energy Agency", document.Indirect},
		{"headline's closing say", "Iran seizes foreign tanker in Gulf, state media say",
			"state media", "say", "Iran seizes foreign tanker in Gulf", document.Indirect},
		{"fronted clause is not the complement", "Downplaying the importance of television ratings, Zucker said CNN’s business is so much broader than television ratings.",
			"Zucker", "said", "CNN’s business is so much broader than television ratings", document.Indirect},
		// The parse hung "warned" on "fired", so the clause ran on past
		// the cue and took its source.
		{"subordinate clause after a closing report", `North Korea fired a ballistic missile into the sea on Thursday, South Korea's military said, hours after Pyongyang warned of "strong countermeasures" against joint drills by Seoul and Washington.`,
			"South Korea's military", "said", "North Korea fired a ballistic missile into the sea on Thursday", document.Indirect},
	}
	x := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyse(t, tc.text)
			atts := x.Extract(d)
			if len(atts) == 0 {
				t.Fatalf("no attribution in %q", tc.text)
			}
			a := atts[0]
			got := func(s document.Span) string { return d.Text[s.Start:s.End] }
			if got(a.Source) != tc.source || got(a.Cue) != tc.cue || got(a.Content) != tc.content || a.Kind != tc.kind {
				t.Errorf("got %s source %q cue %q content %q; want %s %q %q %q",
					a.Kind, got(a.Source), got(a.Cue), got(a.Content), tc.kind, tc.source, tc.cue, tc.content)
			}
		})
	}
}

// TestContentFragments: a quotation before the cue goes on in the
// quotations that open and fill the next sentences of its paragraph, but
// not into one with a cue of its own or into the next paragraph; a clause
// a parenthetical cue interrupts has its first part, unless a quotation
// follows the cue.
func TestContentFragments(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		more       []string
	}{
		{"next sentence", "“We are ready,” Dahl said. “Norway has done this before. We will do it again.”",
			[]string{"“Norway has done this before. We will do it again.”"}},
		{"two apostrophes", "''It was waiting for a recession,'' he said. ''The recession separated the boys from the men.''",
			[]string{"''The recession separated the boys from the men.''"}},
		{"own cue", "“We are ready,” Dahl said. “Norway has done this before,” she added.", nil},
		{"next paragraph", "“We are ready,” Dahl said.\n“Norway has done this before.”", nil},
		{"indirect speech", "Dahl said Norway was ready. “Norway has done this before.”", nil},
		{"interrupted clause", "The only problem, Ms. Bigbee said, is that her pay is low.", []string{"The only problem"}},
		{"interrupted before a quotation", "Now, he added, “If there is a trove of emails, we will find it.”", nil},
		{"put it inside the clause", "The plan, as Trump put it, is “a disaster.”", []string{"is “a disaster.”"}},
		{"interrupted quotation", "“To the extent they care,” he said of the campaign, “I’m sure I’ve pleased them and irritated them.”",
			[]string{"“I’m sure I’ve pleased them and irritated them.”"}},
		{"according to inside the clause", "The truce, according to two officials, will take effect on Monday.", []string{"will take effect on Monday"}},
		{"according to at the end", "The truce will take effect on Monday, according to two officials.", nil},
		{"interrupted quotation, own cue", "“They are both qualified,” he said, adding, “Hillary is overwhelmingly qualified to be president.”", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := analyse(t, tc.text)
			atts := extractor(t).Extract(d)
			if len(atts) == 0 {
				t.Fatalf("no attribution in %q", tc.text)
			}
			var got []string
			for _, m := range atts[0].ContentMore {
				got = append(got, d.Text[m.Start:m.End])
			}
			if !slices.Equal(got, tc.more) {
				t.Errorf("content goes on in %q, want %q", got, tc.more)
			}
		})
	}
}

// TestToldWhom: whom a source tells (a news conference, parliament,
// Reuters) is not what it tells; a report closing its sentence reports
// the clause before it, and one with a quotation the quotation.
func TestToldWhom(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"Israel will not withdraw, Netanyahu told parliament.", "told", "Israel will not withdraw"},
		{"The deal is close, two sources told Reuters.", "told", "The deal is close"},
		{"Ansari told a news conference that the talks had reached a critical stage.", "told", "that the talks had reached a critical stage"},
		{"Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”", "telling",
			"“Sheldon and I have been friends for a long time.”"},
		{"She told the story of her escape.", "told", "the story of her escape"},
	} {
		d := analyse(t, tc.text)
		if got := spanText(d, cued(t, d, tc.cue).Content); got != tc.content {
			t.Errorf("%q: content %q, want %q", tc.text, got, tc.content)
		}
	}
}

// TestComplementAfterCue: a clause after the cue is its content even
// with a quotation just before the cue.
func TestComplementAfterCue(t *testing.T) {
	d := analyse(t, "Elkins remembers ''13 months in living hell'' and says he is convinced that the war was a mistake.")
	a := cued(t, d, "says")
	if got, want := spanText(d, a.Content), "he is convinced that the war was a mistake"; got != want {
		t.Errorf("content %q, want %q", got, want)
	}
}

// TestParticipleSharesSubject: "…, Christie said, adding that …" is
// Christie's too, whatever relation the parse gives "adding".
func TestParticipleSharesSubject(t *testing.T) {
	d := analyse(t, "\"It is abundantly clear that he didn't fight for the legislation,\" Christie said, adding that he had fought for bills.")
	if got := spanText(d, cued(t, d, "adding").Source); got != "Christie" {
		t.Errorf("source of adding %q, want Christie", got)
	}
	// Through the verb's coordination: the participle hangs on a second
	// verb whose subject is the first's.
	d = analyse(t, "Poland ordered the closure of Russia's consulate in Gdansk on Wednesday and expelled three Russian diplomats, "+
		"saying Russian intelligence services had organised a series of arson attacks.")
	if got := spanText(d, cued(t, d, "saying").Source); got != "Poland" {
		t.Errorf("source of saying %q, want Poland", got)
	}
	// A "said" joined to the verb before it shares its subject, and is a
	// report though the cue model misses it there.
	d = analyse(t, "Dmytro Lubinets, the commissioner, accused Russia of torturing prisoners and said several of those returned needed urgent care.")
	if got := spanText(d, cued(t, d, "said").Source); got != "Dmytro Lubinets, the commissioner," {
		t.Errorf("source of said %q, want Dmytro Lubinets, the commissioner,", got)
	}
	// Not the quotation's subject the parse hung on the verb as well.
	d = analyse(t, "\"Our people are home,\" Ukrainian President Volodymyr Zelenskiy wrote on Telegram, adding that most of those freed had been held since 2022.")
	if got := spanText(d, cued(t, d, "adding").Source); got != "Ukrainian President Volodymyr Zelenskiy" {
		t.Errorf("source of adding %q, want Ukrainian President Volodymyr Zelenskiy", got)
	}
}

// TestBackReferenceSources: a lone "Both" or "All" that opens a report
// stands for those named before, as a pronoun does; "Both of his
// senators" is a description.
func TestBackReferenceSources(t *testing.T) {
	d := analyse(t, "The two men were charged under the National Security Act, police said. Both deny the charges.")
	if a := cued(t, d, "deny"); a.SourceKind != "pronoun" {
		t.Errorf("source kind of \"Both\" %q, want pronoun", a.SourceKind)
	}
}

// TestPurposeSharesSubject: an infinitive of purpose is done by the
// subject of the verb it is on, unless that verb gives another the power
// to do it.
func TestPurposeSharesSubject(t *testing.T) {
	d := analyse(t, "Iran's foreign ministry summoned Pakistan's charge d'affaires to demand an explanation.")
	if got := spanText(d, cued(t, d, "demand").Source); got != "Iran's foreign ministry" {
		t.Errorf("source of demand %q, want Iran's foreign ministry", got)
	}
	d = analyse(t, "If she did, party procedures give the chair of the DNC authority to call a “special meeting” to vote on a replacement nominee.")
	if got := spanText(d, cued(t, d, "call").Source); got != "" {
		t.Errorf("source of call %q: party procedures call nothing", got)
	}
}

// TestPrepositionalCues: "referring to", "called for" and "called on"
// keep their preposition in the cue and report what follows it, not the
// quotation before it.
func TestPrepositionalCues(t *testing.T) {
	tests := []reportCase{
		{"\"He has won three or four,\" Trump said, referring to Cruz.", "Trump", "referring to", "Cruz"},
		{"Trump called for a ban on Muslims entering the United States.", "Trump", "called for", "a ban on Muslims entering the United States"},
		{"Trump called for the president to resign.", "Trump", "called for", "the president to resign"},
		{"Brazil's top court convicts Bolsonaro of coup plot; Trump calls ruling a \"witch hunt\"", "Trump", "calls", "ruling a \"witch hunt\""},
		{"Clinton pointed to the Wall Street Journal poll that shows her beating Trump.", "Clinton", "pointed to", "the Wall Street Journal poll that shows her beating Trump"},
		{"Brian Fallon, a spokesman for Mrs. Clinton, called on the Vermont senator to take back his words.",
			"Brian Fallon, a spokesman for Mrs. Clinton,", "called on", "the Vermont senator to take back his words"},
		// "on Wednesday" says when, not on whom.
		{"The United Nations mission in Libya called on Wednesday for an immediate ceasefire in Tripoli.",
			"The United Nations mission in Libya", "called", "for an immediate ceasefire in Tripoli"},
	}
	checkReports(t, tests)
}

// reportCase is a sentence and the source, cue and content of the
// attribution it should give.
type reportCase struct{ text, source, cue, content string }

// checkReports checks that each text gives an attribution with the cue,
// and the source and content, it names.
func checkReports(t *testing.T, tests []reportCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range tests {
		d := analyse(t, tc.text)
		found := false
		for _, a := range x.Extract(d) {
			if d.Text[a.Cue.Start:a.Cue.End] != tc.cue {
				continue
			}
			found = true
			if src, got := d.Text[a.Source.Start:a.Source.End], d.Text[a.Content.Start:a.Content.End]; src != tc.source || got != tc.content {
				t.Errorf("%q: source %q, content %q; want %q, %q", tc.text, src, got, tc.source, tc.content)
			}
		}
		if !found {
			t.Errorf("%q: no attribution with the cue %q", tc.text, tc.cue)
		}
	}
}

// TestChargedWith: what a cue's object is accused of, criticized or
// praised for (or warned against) is content with it, as a clause or a noun phrase; how the
// cue was said, or for how long, is not. Who accuses by a passive cue is
// its agent, also on a participle that modifies the accused, and no one
// without one (source "*": not checked).
func TestChargedWith(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, content, source string }{
		{"Sen. Bernie Sanders accused her of making racist remarks.", "her of making racist remarks", "*"},
		{"He criticized Clinton for accepting donations from Wall Street firms.", "Clinton for accepting donations from Wall Street firms", "*"},
		{"Democratic incumbent Barbara Boxer attacked Fiorina by reminding voters that the merger forced HP to slash jobs.", "Fiorina", "*"},
		{"Iran suspended its cooperation with the watchdog in July, accusing it of bias.", "it of bias", "*"},
		{"Trump praised Pence for years.", "Pence", "*"},
		// What one is warned against.
		{"Egypt's foreign ministry on Sunday warned Ethiopia against \"unilateral measures\" after Addis Ababa announced it had completed the filling.", "Ethiopia against \"unilateral measures\"", "*"},
		// Accused of something without an object: what of, not the rest
		// of the sentence.
		{"The eight officials it accused of undermining the election were barred from travel.", "undermining the election", "*"},
		// Nor, in the passive, who is accused; the agent speaks.
		{"Dylann Roof is accused of killing nine people inside the church.", "killing nine people inside the church", ""},
		{"The movement has been accused by the Turkish government of attempting a coup.", "attempting a coup", "the Turkish government"},
		{"The RSF, accused by rights groups of killing civilians, denied it.", "killing civilians", "rights groups"},
		// So charged with something, after a passive it is joined to.
		{"Sansal, 80, was detained at Algiers airport in November and charged with undermining national unity.", "undermining national unity", "*"},
	} {
		d := analyse(t, tc.text)
		atts := x.Extract(d)
		// The cue's attribution: "imposed sanctions" may be one too.
		i := withCue(d, atts, "accus")
		if len(atts) == 0 || i < 0 && tc.source != "*" {
			t.Errorf("%q: no attribution on \"accused\"", tc.text)
			continue
		}
		a := atts[max(i, 0)]
		if got := d.Text[a.Content.Start:a.Content.End]; got != tc.content {
			t.Errorf("%q: content %q, want %q", tc.text, got, tc.content)
		}
		if got := d.Text[a.Source.Start:a.Source.End]; tc.source != "*" && got != tc.source {
			t.Errorf("%q: source %q, want %q", tc.text, got, tc.source)
		}
	}
}

// withCue is the index of the last of atts whose cue holds the words s,
// or -1.
func withCue(d *document.Document, atts []document.Attribution, s string) int {
	for i := len(atts) - 1; i >= 0; i-- {
		if strings.Contains(d.Text[atts[i].Cue.Start:atts[i].Cue.End], s) {
			return i
		}
	}
	return -1
}

// TestNamedAs: what a naming cue calls its object is content with it,
// also where the parse made it an oblique; a time after it is not.
func TestNamedAs(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, content string }{
		{`Venezuelan Foreign Minister Yvan Gil rejected the reports, calling them "a new aggression" by Washington.`, `them "a new aggression" by Washington`},
	} {
		d := analyse(t, tc.text)
		var got []string
		for _, a := range x.Extract(d) {
			if d.Text[a.Cue.Start:a.Cue.End] == "calling" {
				got = append(got, d.Text[a.Content.Start:a.Content.End])
			}
		}
		if len(got) != 1 || got[0] != tc.content {
			t.Errorf("%q: contents of \"calling\" %q, want %q", tc.text, got, tc.content)
		}
	}
}

// TestCircumstanceIsNotContent: where and when something was said, or
// to whom, is not what was said.
func TestCircumstanceIsNotContent(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, notContent string }{
		{"Officials in Ankara declined to comment, but a senior diplomat said in Geneva on Friday.", "in Geneva on Friday"},
		{"The spokesman, asked about the talks, wrote to Clinton.", "to Clinton"},
	} {
		d := analyse(t, tc.text)
		for _, a := range x.Extract(d) {
			if got := d.Text[a.Content.Start:a.Content.End]; got == tc.notContent {
				t.Errorf("%q: content %q", tc.text, got)
			}
		}
	}
}

// TestTermsAndReasonsAreNotContent: how and why a source spoke ("on
// condition of anonymity because he was not authorized to speak", "after
// meeting aides") is not what it said, and the clause before the cue is.
func TestTermsAndReasonsAreNotContent(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, content string }{
		{"Police arrested five suspected militants near the town of Baramulla and seized weapons, a police officer said on condition of anonymity because he was not authorized to speak to reporters.",
			"Police arrested five suspected militants near the town of Baramulla and seized weapons"},
		{"Outright victory is vital, he said after meeting Thursday with Trump aides.", "Outright victory is vital"},
		// The terms are no cue of their own either.
		{"He was unable to find a single taker, he said, on condition of anonymity to speak freely about his party's nominee.",
			"He was unable to find a single taker"},
	} {
		d := analyse(t, tc.text)
		var got []string
		for _, a := range x.Extract(d) {
			got = append(got, d.Text[a.Content.Start:a.Content.End])
		}
		if len(got) != 1 || got[0] != tc.content {
			t.Errorf("%q: contents %q, want %q", tc.text, got, tc.content)
		}
	}
}

// TestNextParagraphsQuotation: a quotation that opens the next paragraph
// with its own speaker after it is not the content of a report that
// closes the paragraph before.
func TestNextParagraphsQuotation(t *testing.T) {
	x := extractor(t)
	d := analyse(t, "The proposal, which was handed to Hamas leaders in Doha on Wednesday, calls for a six-week pause in fighting and the release of 40 Israeli hostages in exchange for hundreds of Palestinian prisoners, two officials briefed on the talks said.\n\n"+
		"\"We will respond to the mediators after consulting with the other factions,\" Hamas official Osama Hamdan told reporters in Beirut.")
	var got []string
	for _, a := range x.Extract(d) {
		if q := d.Text[a.Content.Start:a.Content.End]; strings.HasPrefix(q, "\"We will") {
			got = append(got, d.Text[a.Source.Start:a.Source.End])
		}
	}
	want := []string{"Hamas official Osama Hamdan"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAddressedQuotes: a quotation that falls to a cue whose content was
// only whom it addresses, or a clause the parse hung on it away from it,
// is that content, one attribution and not two.
func TestAddressedQuotes(t *testing.T) {
	for _, tc := range []struct{ text, quote string }{
		{"The actress, star of the show, thanked Obama for “taking these steps to make us all safer.”", "“taking these steps to make us all safer.”"},
		// A relative clause the parse hung on the cue is no content.
		{"''He's a great gentleman, a good golfer and a wonderful guy,'' the developer said of Mr. Clinton, who, in reality, is a so-so golfer.",
			"''He's a great gentleman, a good golfer and a wonderful guy,''"},
	} {
		d := analyse(t, tc.text)
		atts := extractor(t).Extract(d)
		if len(atts) != 1 || d.Text[atts[0].Content.Start:atts[0].Content.End] != tc.quote || atts[0].Kind != document.Direct {
			for _, a := range atts {
				t.Logf("%s %q: %q", a.Kind, d.Text[a.Cue.Start:a.Cue.End], d.Text[a.Content.Start:a.Content.End])
			}
			t.Errorf("%q: want one direct attribution of the quotation, got %d", tc.text, len(atts))
		}
	}
}

// TestNoReport: a headline of talks and attacks reports nothing, nor does
// a refusal to comment.
func TestNoReport(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"No US talks while Iran is under attack",
		"Sanders, who leads in polls out of Iowa, spoke in Des Moines.",                                                                                                                 // the relative clause's "in" is not the sentence's
		"Georgian police detain opposition leaders as protests enter second week",                                                                                                       // an arrest
		"The activist was detained at the airport by immigration officers.",                                                                                                             // an arrest, in the passive
		"Houthi rebels in Yemen, who are backed by Iran, did not comment.",                                                                                                              // nothing said, not "did not"
		"Alexander Lukashenko has ruled the country since 1994.",                                                                                                                        // a ruler, no ruling
		"Poland recalled its own consul from Kaliningrad last year after Moscow expelled a Polish diplomat.",                                                                            // a diplomatic act
		"Mali and Burkina Faso, also ruled by soldiers who seized power in coups, joined the alliance.",                                                                                 // ruled lands
		"The official, who asked not to be named, was not authorized to speak to the media.",                                                                                            // a term of the source's
		"The move, announced on state television, came days after the talks collapsed.",                                                                                                 // what was announced, by no one named
		"The program, known as the Renewable Fuel Standard, began in 2005.",                                                                                                             // a name, not a report
		"EU adopts new sanctions on Iran over drone supplies to Russia",                                                                                                                 // a measure taken
		"The United States imposed sanctions on two RSF commanders last month.",                                                                                                         // a measure imposed
		"Niger junta revokes military cooperation deal with United States",                                                                                                              // a measure revoked
		"Jeremy Paris recently moved here from Washington to lead a group charged with beautifying downtown.",                                                                           // a task laid on a group
		"Brazil's Supreme Court on Thursday convicted former President Jair Bolsonaro of plotting a coup to overturn his 2022 election defeat and sentenced him to 27 years in prison.", // a court's deeds
		"The leaders met in Putrajaya for talks that U.S. President Donald Trump had pushed for.",                                                                                       // a stranded preposition
		"The rebel group attacked a military base in the northeast, killing nine soldiers.",                                                                                             // force, not words
		"Gunmen attacked a convoy near the border.",                                                                                                                                     // armed men
		"Al-Shabaab militants attacked a high-security prison in the capital.",                                                                                                          // armed men, by their lemma
		"The U.N. Support Mission in Libya (UNSMIL) opened an office in Benghazi.",                                                                                                      // a name's word
		"He drove from the West Coast to spread his message of love, which he usually preaches at festivals.",                                                                           // a relative pronoun for content
		"The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department on Friday.",                                                                         // an act, not words
		"Congo and Rwanda sign peace deal in Washington, but rebels stay away",                                                                                                          // a headline's act
		"Cameroon's Biya declared winner of presidential election as protests turn deadly",                                                                                              // a role given
		"Serbian riot police fired tear gas and stun grenades at protesters in several cities.",                                                                                         // munitions fired
		"Talks between Iran and the United States were called off.",                                                                                                                     // cancelled, not called anything
		"Pakistan struck militants of the Pakistani Taliban, known as the TTP, who have killed hundreds.",                                                                               // a name
		"Serbia does not recognise Kosovo's independence, declared in 2008.",                                                                                                            // what was declared, by no one named
		"Argentina, which calls the islands the Malvinas, fought a war over them in 1982.",                                                                                              // a name given
		"Venezuela released six detained Americans on Friday.",                                                                                                                          // people freed
		"Bolivian President Luis Arce on Friday pardoned dozens of people jailed during last year's road blockades.",                                                                    // people pardoned
		"Moldova declared a Russian diplomat persona non grata on Tuesday.",                                                                                                             // a diplomat expelled
		"It was the first such clash since the two sides renewed a ceasefire agreement in 2021.",                                                                                        // a deal renewed
		"Attorney General Consuelo Porras, who has been sanctioned by the United States for obstructing investigations, resigned.",                                                      // a sanction
		"The talks were held in Ankara with Turkish President Tayyip Erdogan, whom both leaders thanked for his efforts.",                                                               // a relative pronoun for content
		"The Reciprocal Access Agreement was signed in Manila by the two ministers.",                                                                                                    // a pact signed, in the passive
		"Mexico broke off diplomatic relations with Ecuador on Friday after police forced their way into its embassy.",                                                                  // ties broken
		"Zelenskiy met Trump at the White House on Friday to press for missiles, a day after Trump spoke by phone with Putin.",                                                          // a clause of time frames nothing
	} {
		d := analyse(t, text)
		for _, a := range x.Extract(d) {
			t.Errorf("%q: attribution with cue %q and content %q", text, d.Text[a.Cue.Start:a.Cue.End], d.Text[a.Content.Start:a.Content.End])
		}
	}
}

// TestRelativeReports: a report in a relative clause whose pronoun is
// the subject of what is reported ("policies, which he said had harmed
// the economy").
func TestRelativeReports(t *testing.T) {
	checkReports(t, []reportCase{
		{"Trump cited Obama-Clinton policies, which he said had harmed the economy.", "he", "said", "had harmed the economy"},
		// The pronoun the object and the subject after it: what it was
		// called is the content.
		{"The family business, which friends described as miserable, collapsed in 1990.", "friends", "described", "as miserable"},
		{"His closest friend is Joel Benenson, whom one Obama insider described as his brother.", "one Obama insider", "described", "as his brother"},
	})
}

// TestQuotedAsSaying: the subject of a passive "quoted as saying" is the
// speaker, what follows it or the quotation before it what was said.
func TestQuotedAsSaying(t *testing.T) {
	checkReports(t, []reportCase{
		{"Velayati was quoted as saying by Tasnim news agency that the Caucasus must not become a playground.", "Velayati", "was quoted",
			"that the Caucasus must not become a playground"},
		{"\"The Caucasus must not become a playground for outside powers,\" Ali Akbar Velayati, an adviser to Supreme Leader Ayatollah Ali Khamenei, was quoted as saying by Tasnim news agency.",
			"Ali Akbar Velayati, an adviser to Supreme Leader Ayatollah Ali Khamenei,", "was quoted", "\"The Caucasus must not become a playground for outside powers,\""},
	})
}

// TestDeniedCharges: "…, a charge Moscow denies" reports Moscow's denial
// of the clause before the comma, or of the claim that clause ends in.
func TestDeniedCharges(t *testing.T) {
	checkReports(t, []reportCase{
		{"Ukraine accused Russia of shelling the plant, a charge Moscow denies.", "Moscow", "denies", "Ukraine accused Russia of shelling the plant"},
		{"Kyiv says Russian troops abducted the children, an accusation the Kremlin rejects.", "the Kremlin", "rejects", "Kyiv says Russian troops abducted the children"},
		{"Protesters accused President Aleksandar Vucic of corruption, which he denies.", "he", "denies", "Protesters accused President Aleksandar Vucic of corruption"},
		{"The fighting erupted after Islamabad demanded that the Taliban rein in militants who it says operate from safe havens in Afghanistan, a charge Kabul denies.",
			"Kabul", "denies", "militants who it says operate from safe havens in Afghanistan"},
		// The denier goes on: the charge is not the accusers' content, nor
		// the speaker of what the denier says.
		{"Israeli officials accuse the group of deliberately delaying the return of the remaining bodies, a charge Hamas denies, saying they are buried under rubble.",
			"Hamas", "denies", "Israeli officials accuse the group of deliberately delaying the return of the remaining bodies"},
		{"Israeli officials accuse the group of deliberately delaying the return of the remaining bodies, a charge Hamas denies, saying they are buried under rubble.",
			"Israeli officials", "accuse", "the group of deliberately delaying the return of the remaining bodies"},
		{"Israeli officials accuse the group of deliberately delaying the return of the remaining bodies, a charge Hamas denies, saying they are buried under rubble.",
			"Hamas", "saying", "they are buried under rubble"},
		// A charge after the second of two coordinated clauses disputes
		// that clause.
		{"The RSF said last week that it had accepted the plan, but the army has accused the UAE of arming the paramilitary group, a charge Abu Dhabi denies.",
			"Abu Dhabi", "denies", "the army has accused the UAE of arming the paramilitary group"},
		// Charges one is held on, denied in a relative clause, are what is
		// denied.
		{"Istanbul's mayor, Ekrem Imamoglu, who is seen as President Tayyip Erdogan's main rival, has been in jail since March on charges he denies.",
			"he", "denies", "charges"},
		// Claims in the plural need no article; both accused are accused.
		{"Human Rights Watch has previously accused Malian troops and Russian mercenaries of executing civilians during such operations, allegations the government denies.",
			"the government", "denies", "Human Rights Watch has previously accused Malian troops and Russian mercenaries of executing civilians during such operations"},
		{"Human Rights Watch has previously accused Malian troops and Russian mercenaries of executing civilians during such operations, allegations the government denies.",
			"Human Rights Watch", "has previously accused", "Malian troops and Russian mercenaries of executing civilians during such operations"},
	})
	// The claim's noun is no cue of its own.
	x := extractor(t)
	d := analyse(t, "Human Rights Watch has previously accused Malian troops of executing civilians, allegations the government denies.")
	for _, a := range x.Extract(d) {
		if cue := d.Text[a.Cue.Start:a.Cue.End]; cue == "allegations" {
			t.Errorf("%q: a cue %q", d.Text, cue)
		}
	}
}

// TestQuotationOfALaterReport: a quotation after a later report with a
// speaker of its own is that report's, not an earlier cue's with no
// words of its own.
func TestQuotationOfALaterReport(t *testing.T) {
	const text = `China has not formally responded, but a Chinese official told Reuters that Beijing was "studying the proposal carefully" and would not accept conditions that "humiliate the Chinese people."`
	checkReports(t, []reportCase{
		{text, "a Chinese official", "told", `that Beijing was "studying the proposal carefully" and would not accept conditions that "humiliate the Chinese people."`},
	})
	noCue(t, text, func(cue string) bool { return strings.Contains(cue, "responded") })
}

// noCue checks that the text gives no attribution whose cue is one of
// those named.
func noCue(t *testing.T, text string, named func(cue string) bool) {
	t.Helper()
	d := analyse(t, text)
	for _, a := range extractor(t).Extract(d) {
		if cue := d.Text[a.Cue.Start:a.Cue.End]; named(cue) {
			t.Errorf("%q: a cue %q with content %q", text, cue, d.Text[a.Content.Start:a.Content.End])
		}
	}
}

// TestSummaryAfterClosingReport: a noun phrase after a closing report
// sums the clause up in the writer's words; the speakers listed before
// the report are its source.
func TestSummaryAfterClosingReport(t *testing.T) {
	checkReports(t, []reportCase{
		{"An Israeli air strike on Beirut's southern suburbs on Sunday killed a senior Hezbollah commander and four other people, Lebanon's health ministry and two security sources said, the first attack on the Lebanese capital in months.",
			"Lebanon's health ministry and two security sources", "said",
			"An Israeli air strike on Beirut's southern suburbs on Sunday killed a senior Hezbollah commander and four other people"},
	})
}

// TestReportsSetAgainst: a report opened by "while" after another is a
// report of its own, not part of the first one's content.
func TestReportsSetAgainst(t *testing.T) {
	const text = "Israel says the strikes target Hezbollah fighters and weapons depots, while Lebanese authorities say dozens of civilians have been killed."
	checkReports(t, []reportCase{
		{text, "Israel", "says", "the strikes target Hezbollah fighters and weapons depots"},
		{text, "Lebanese authorities", "say", "dozens of civilians have been killed"},
	})
}

// TestAppendedMove: a move others judge after a comma is not what the
// first source said.
func TestAppendedMove(t *testing.T) {
	const text = "Hours later, the RSF said in a statement that it had accepted the proposal and was ready to begin talks \"without preconditions\", a move diplomats said was aimed at deflecting international criticism."
	x := extractor(t)
	d := analyse(t, text)
	want := map[string]string{
		"the RSF":   "that it had accepted the proposal and was ready to begin talks \"without preconditions\"",
		"diplomats": "was aimed at deflecting international criticism",
	}
	for _, a := range x.Extract(d) {
		src, got := d.Text[a.Source.Start:a.Source.End], d.Text[a.Content.Start:a.Content.End]
		if w, ok := want[src]; ok && got != w {
			t.Errorf("%s: content %q, want %q", src, got, w)
		}
		delete(want, src)
	}
	for src := range want {
		t.Errorf("no attribution of %s", src)
	}
}

// TestChargesAfterADay: what the object is accused of may follow a day
// ("accused Pakistan on Wednesday of harboring"), and a report after
// "and" is a report of its own, not the accusation's content.
func TestChargesAfterADay(t *testing.T) {
	const text = "India accused Pakistan on Wednesday of harboring the militants behind a car bombing, and vowed to hunt down those responsible."
	checkReports(t, []reportCase{
		{text, "India", "accused", "Pakistan on Wednesday of harboring the militants behind a car bombing"},
	})
}

// TestGerundContent: what one denies or supports in a gerund right after
// the cue is the gerund's clause (and the gerunds listed with it), not
// the rest of the sentence with a report of its own.
func TestGerundContent(t *testing.T) {
	checkReports(t, []reportCase{
		{"Cambodia's government denied laying new mines and said it remained committed to the agreement.",
			"Cambodia's government", "denied", "laying new mines"},
		{"Cambodia's government denied laying new mines and said it remained committed to the agreement.",
			"Cambodia's government", "said", "it remained committed to the agreement"},
		{"The resolution supported eliminating caucuses, limiting the number of unpledged delegates and binding delegates to the popular vote.",
			"The resolution", "supported", "eliminating caucuses, limiting the number of unpledged delegates and binding delegates to the popular vote"},
	})
}

// TestCallsFrom: a noun cue's "from" phrase is its source and its "for"
// phrase what it calls for, wherever the parse hangs it, not the clause
// the noun sits in.
func TestCallsFrom(t *testing.T) {
	checkReports(t, []reportCase{
		{"The rebels captured the town on Wednesday, residents said, despite calls from the African Union for a ceasefire.",
			"the African Union", "calls", "a ceasefire"},
		{"The rebels captured the town despite calls from the African Union for a ceasefire.",
			"the African Union", "calls", "a ceasefire"},
	})
}

// TestGerundOfAReportedClause: a gerund after a comma in what a closing
// report says is part of it, not a cue of its own.
func TestGerundOfAReportedClause(t *testing.T) {
	const text = "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, starting a fire, the regional governor said on Friday, hours after Russia launched one of its largest attacks on Ukraine's energy system."
	checkReports(t, []reportCase{{text, "the regional governor", "said",
		"Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, starting a fire"}})
	noCue(t, text, func(cue string) bool { return cue != "said" })
}

// TestAppositionBeforeClosingReport: an apposition before a closing
// report describes the name before it; what was reported is the clause
// (without the apposition, the writer's, as withoutClosingAppositive
// has it).
func TestAppositionBeforeClosingReport(t *testing.T) {
	checkReports(t, []reportCase{
		{"Turkish police detained 48 people on Friday in raids targeting allies of jailed Istanbul Mayor Ekrem Imamoglu, the main rival of President Recep Tayyip Erdogan, state-run Anadolu Agency reported.",
			"state-run Anadolu Agency", "reported",
			"Turkish police detained 48 people on Friday in raids targeting allies of jailed Istanbul Mayor Ekrem Imamoglu"},
	})
}

// TestJoinedParticiples: a participle joined to another after a comma
// shares the subject of the clause the first is on.
func TestJoinedParticiples(t *testing.T) {
	checkReports(t, []reportCase{
		{"The real estate tycoon launched his campaign, calling them rapists and vowing to make Mexico pay for a massive border wall.",
			"The real estate tycoon", "vowing", "to make Mexico pay for a massive border wall"},
	})
}

// TestObjectSpeaks: the object of a verb like "lead" or "prompt" is who
// speaks in the infinitive after it, not the verb's subject.
func TestObjectSpeaks(t *testing.T) {
	checkReports(t, []reportCase{
		{"Her recent polling decline in Iowa has led some allies to worry whether she could lose her dominance in the South.",
			"some allies", "worry", "whether she could lose her dominance in the South"},
	})
}

// TestCalledRemark: "…, a remark New Delhi called unacceptable" is New
// Delhi's word on the clause before the comma.
func TestCalledRemark(t *testing.T) {
	for _, c := range []struct{ text, source, content string }{
		{"Navarro called the war in Ukraine Modi's war, a remark New Delhi called unacceptable.", "New Delhi", "Navarro called the war in Ukraine Modi's war"},
		// The parse may make the noun a conjunct, with no "and", of the
		// noun before the comma.
		{"Kosovo police on Thursday took over several offices run by Serbia in the ethnic Serb-dominated north, a move Belgrade condemned as an attack on the Serb community.",
			"Belgrade", "Kosovo police on Thursday took over several offices run by Serbia in the ethnic Serb-dominated north"},
	} {
		t.Run(c.source, func(t *testing.T) {
			d := analyse(t, c.text)
			for _, a := range extractor(t).Extract(d) {
				if spanText(d, a.Source) == c.source {
					if got := spanText(d, a.Content); got != c.content {
						t.Errorf("content %q, want %q", got, c.content)
					}
					return
				}
			}
			t.Errorf("no attribution with %s for source in %q", c.source, c.text)
		})
	}
}

// TestAccordingToCoordination: "according to" on the last of two
// coordinated verbs reports both.
func TestAccordingToCoordination(t *testing.T) {
	x := extractor(t)
	d := analyse(t, "Beijing also froze the executives' assets and banned them from entering China, according to a separate notice from the foreign ministry.")
	atts := x.Extract(d)
	want := "Beijing also froze the executives' assets and banned them from entering China"
	if len(atts) != 1 || d.Text[atts[0].Content.Start:atts[0].Content.End] != want {
		for _, a := range atts {
			t.Errorf("content %q", d.Text[a.Content.Start:a.Content.End])
		}
		t.Errorf("want one attribution with content %q", want)
	}
}

// TestSaidToBe: the subject of "is said to" is what is said of; the
// speaker goes unnamed.
func TestSaidToBe(t *testing.T) {
	x := extractor(t)
	d := analyse(t, "The U.S. State Department is said to have rejected China's demands.")
	atts := x.Extract(d)
	if len(atts) != 1 || !atts[0].Source.Empty() {
		for _, a := range atts {
			t.Errorf("source %q, cue %q", d.Text[a.Source.Start:a.Source.End], d.Text[a.Cue.Start:a.Cue.End])
		}
		t.Error("want one attribution with no source")
	}
}

// TestCitingOutlet: an outlet citing its sources between commas before
// its report relays them; the citing is an attribution of its own, as
// PolNeAR marks it.
func TestCitingOutlet(t *testing.T) {
	x := extractor(t)
	text := "The Wall Street Journal, citing unnamed U.S. officials, reported last week that Washington was pressing Gulf states."
	d := analyse(t, text)
	var cues []string
	for _, a := range x.Extract(d) {
		cue := d.Text[a.Cue.Start:a.Cue.End]
		cues = append(cues, cue)
		if cue != "reported" {
			continue
		}
		if src, by := d.Text[a.Source.Start:a.Source.End], d.Text[a.ReportedBySpan.Start:a.ReportedBySpan.End]; src != "unnamed U.S. officials" || by != "The Wall Street Journal" {
			t.Errorf("reported: source %q reported by %q, want the officials through the Journal", src, by)
		}
	}
	if !slices.Equal(cues, []string{"citing", "reported"}) {
		t.Errorf("cues %q, want citing and reported", cues)
	}
	// So when the tagger took the report for a participle joined to the
	// citing, and a noun of what was reported for a past tense.
	text = "The New York Times, citing two unnamed European officials, reported last week that satellite images showed renewed activity at the Fordo facility."
	d = analyse(t, text)
	found := false
	for _, a := range x.Extract(d) {
		if d.Text[a.Cue.Start:a.Cue.End] != "reported" {
			continue
		}
		found = true
		src, by, content := d.Text[a.Source.Start:a.Source.End], d.Text[a.ReportedBySpan.Start:a.ReportedBySpan.End], d.Text[a.Content.Start:a.Content.End]
		if src != "two unnamed European officials" || by != "The New York Times" || !strings.HasPrefix(content, "that satellite images showed") {
			t.Errorf("reported: source %q reported by %q, content %q", src, by, content)
		}
	}
	if !found {
		t.Errorf("%q: no report", text)
	}
}

// TestReadOut: a statement read out is no source; the clause after it
// is the report of the verb that names the statement.
func TestReadOut(t *testing.T) {
	x := extractor(t)
	text := "The junta said in a statement read on state television that the ambassador had ignored an invitation."
	d := analyse(t, text)
	atts := x.Extract(d)
	if len(atts) != 1 || d.Text[atts[0].Cue.Start:atts[0].Cue.End] != "said" {
		for _, a := range atts {
			t.Errorf("attribution with cue %q", d.Text[a.Cue.Start:a.Cue.End])
		}
		t.Errorf("%q: want one attribution, on said", text)
	}
}

// TestBadInput: unbalanced quotes, a very long article and text without
// sentence punctuation must not panic, and spans must stay in the text.
func TestBadInput(t *testing.T) {
	x := extractor(t)
	for name, text := range map[string]string{
		"unbalanced quotes": "He said “we will never talk. She added that “nothing” changed “at all.\n\n“Another one,",
		"no punctuation":    strings.Repeat("officials said talks were off and the minister told reporters nothing ", 300),
		"long article":      strings.Repeat("The minister said that talks were cancelled. “No,” he said. ", 2500),
	} {
		t.Run(name, func(t *testing.T) {
			d := analyse(t, text)
			for _, a := range x.Extract(d) {
				for _, s := range []document.Span{a.Source, a.Cue, a.Content} {
					if s.Start < 0 || s.End > len(d.Text) || s.End < s.Start {
						t.Fatalf("span %+v outside the text", s)
					}
				}
				if a.Cue.Empty() || a.Content.Empty() {
					t.Fatalf("attribution without cue or content: %+v", a)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"“Yes,” he said.", "According to X, y.", "A: b", "said “", "”", "x\n\n“a\n\nb” said"} {
		f.Add(s)
	}
	p, err := nlp.Load()
	if err != nil {
		f.Fatal(err)
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := article.FromText(text)
		p.Analyze(d)
		for _, a := range x.Extract(d) {
			if a.Content.End > len(d.Text) || a.Content.Start > a.Content.End {
				t.Fatalf("bad content span %+v", a.Content)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	d := analyse(b, strings.Repeat("The minister said that the talks had been cancelled. “We are ready,” she told reporters on Tuesday. According to two diplomats, Norway offered to host the talks.\n\n", 20))
	x := extractor(b)
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		x.Extract(d)
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		text, kind, by string
		hedged         bool
	}{
		{"Sources told Axios that Khamenei could not be reached.", "anonymous", "Axios", false},
		{"According to multiple US officials and a source with direct knowledge cited by Axios, Erdogan proposed the idea.", "anonymous", "Axios", false},
		{"A senior White House official clarified that the collapse was not the reason.", "anonymous", "", false},
		{"Spokeswoman Haley Morris said the campaign will continue.", "named", "", false},
		{"He said that talks were off.", "pronoun", "", false},
		// Witnesses and residents a correspondent does not name are
		// unnamed sources.
		{"Residents said warplanes bombed the airport.", "anonymous", "", false},
		{"Some set part of the complex on fire, witnesses told The Associated Press.", "anonymous", "The Associated Press", false},
		{"Spokesman Ali Karimi said residents were safe.", "named", "", false},
		{"Israel strikes southern Lebanon, says it targeted Hezbollah weapons depot", "named", "", false},
		// A minister with a possessor or "the" holds one office; "a
		// minister" is unnamed.
		{"Spain's foreign minister said Madrid would press for a ceasefire.", "description", "", false},
		{"The Turkish foreign minister said Ankara would mediate.", "description", "", false},
		{"A minister said the cabinet would meet.", "anonymous", "", false},
		// A part is of the kind of its whole.
		{"One of the sources said the talks had stalled.", "anonymous", "", false},
		{"One of the men, Jessie Elkins, said he was convinced.", "named", "", false},
		{"The foreign ministers of Congo and Rwanda said the deal would hold.", "description", "", false},
		// A spokesman named beside his role is named.
		{"A spokesman for the rebel alliance, Lawrence Kanyuka, said the group would continue talks.", "named", "", false},
		{"Sudan's army agreed to a truce, Saudi and American mediators said.", "anonymous", "", false},
		{"China is weighing sanctions, three people familiar with the matter told Reuters.", "anonymous", "Reuters", false},
		// Unnamed prosecutors and groups are anonymous sources.
		{"German prosecutors said the men were spies.", "anonymous", "", false},
		{"Human rights groups said the trials were unfair.", "anonymous", "", false},
		{"Former prosecutor and New York City Mayor Rudy Giuliani trashed Comey.", "named", "", false},
		{"Many people said they were tired of the war.", "vague", "", false},
		{"Some interpreted the posts as a threat.", "vague", "", false},
		{"Trump reportedly told Erdogan he was willing to send Vance.", "named", "", true},
		// An outlet citing its source relays it; a reason cited is none.
		{"The Wall Street Journal reported earlier, citing Saudi officials, that Riyadh had asked for help.", "anonymous", "The Wall Street Journal", false},
		{"Citing security concerns, sources told Axios that Khamenei could not be reached.", "anonymous", "Axios", false},
		// One quoted speaks; who quotes relays.
		{"Velayati was quoted as saying by Tasnim news agency that the Caucasus must not become a playground.", "named", "Tasnim news agency", true},
	}
	x := extractor(t)
	for _, tc := range tests {
		d := analyse(t, tc.text)
		atts := x.Extract(d)
		if len(atts) == 0 {
			t.Errorf("no attribution in %q", tc.text)
			continue
		}
		a := atts[0]
		by := d.Text[a.ReportedBySpan.Start:a.ReportedBySpan.End]
		if strings.Contains(d.Text[a.Source.Start:a.Source.End], tc.by) && tc.by != "" {
			t.Errorf("%q: source %q holds who reports it", tc.text, d.Text[a.Source.Start:a.Source.End])
		}
		if a.SourceKind != tc.kind || by != tc.by || a.Hedged != tc.hedged {
			t.Errorf("%q: source kind %s, reported by %q, hedged %v; want %s, %q, %v", tc.text, a.SourceKind, by, a.Hedged, tc.kind, tc.by, tc.hedged)
		}
	}
}

func TestHeadlineSource(t *testing.T) {
	d := analyse(t, "Norway offers to host Sudan talks: Reuters\n\nNorway has offered to host talks in Oslo.")
	for _, a := range extractor(t).Extract(d) {
		if a.Kind == document.HeadlineAtt {
			if src := d.Text[a.Source.Start:a.Source.End]; src != "Reuters" {
				t.Errorf("headline source %q, want Reuters", src)
			}
			if c := d.Text[a.Content.Start:a.Content.End]; c != "Norway offers to host Sudan talks" {
				t.Errorf("headline content %q", c)
			}
			return
		}
	}
	t.Error("no headline attribution")
}

// TestBias: a lower bias finds at least the cues the default finds, a
// very high one none.
func TestBias(t *testing.T) {
	text := "The minister said that the talks had been cancelled. Officials believe the plan may fail, a diplomat noted."
	d := analyse(t, text)
	x := *extractor(t)
	base := len(x.Extract(d))
	x.Bias = -20
	if n := len(x.Extract(d)); n < base {
		t.Errorf("bias -20 found %d attributions, fewer than the default's %d", n, base)
	}
	x.Bias = 1e9
	if n := len(x.Extract(d)); n != 0 || base == 0 {
		t.Errorf("bias 1e9 found %d attributions (default %d), want none", n, base)
	}
}

// TestThatClauseAfterQuote: "…,” he said, adding that …": the quotation is
// what he said, the that-clause what he added.
func TestThatClauseAfterQuote(t *testing.T) {
	d := analyse(t, "“After our resistance to Israel, I believe that countries will distance themselves from this aggression,” "+
		"he said, adding that efforts to de-escalate the conflict have already begun and are expected to increase.")
	want := map[string]string{"adding": "that efforts to de-escalate the conflict have already begun and are expected to increase"}
	for _, a := range extractor(t).Extract(d) {
		cue := d.Text[a.Cue.Start:a.Cue.End]
		if w, ok := want[cue]; ok {
			if got := d.Text[a.Content.Start:a.Content.End]; got != w {
				t.Errorf("%s: content %q, want %q", cue, got, w)
			}
			delete(want, cue)
		}
	}
	for cue := range want {
		t.Errorf("no attribution with cue %q", cue)
	}
}

// TestHeadlineSourceFirst: "De Blasio: Trust Bratton on security." names
// its source before the colon, and is a headline though it ends in a
// period; so does "Lynch: …", its name tagged a verb, which the body
// names.
func TestHeadlineSourceFirst(t *testing.T) {
	for _, c := range []struct{ text, source, content string }{
		{"De Blasio: Trust Bratton on security, not Trump.\n\nMayor Bill de Blasio said the city was safe.", "De Blasio", "Trust Bratton on security, not Trump"},
		{"Lynch: No outside influence on FBI probe into Clinton emails\n\nAttorney General Loretta Lynch said there was no outside influence.",
			"Lynch", "No outside influence on FBI probe into Clinton emails"},
	} {
		d := analyse(t, c.text)
		a := cued(t, d, ":")
		src, content := spanText(d, a.Source), spanText(d, a.Content)
		if src != c.source || !strings.HasPrefix(content, c.content) {
			t.Errorf("source %q content %q; want %s / %s", src, content, c.source, c.content)
		}
	}
}

// TestHeadlineLabels: a colon after a clause or a verb ("Bill is back:",
// "Breaking:") ends a headline's label, not a speaker's name.
func TestHeadlineLabels(t *testing.T) {
	for _, text := range []string{
		"Breaking: Latest Primary Has Big Impact On Clinton Campaign\n\nVoters went to the polls.",
		"Bill is back: Hillary's husband on campaign trail in New Hampshire\n\nVoters went to the polls.",
		"Fact check: No, Ukraine did not sell US-supplied weapons to Hamas\n\nA viral post claims otherwise.",
		"BYLINE: Amber Phillips\n\nVoters went to the polls.",
		"Delegate Update: The latest count in the Democratic race\n\nVoters went to the polls.",
	} {
		d := analyse(t, text)
		for _, a := range extractor(t).Extract(d) {
			if d.Text[a.Cue.Start:a.Cue.End] == ":" {
				t.Errorf("%q: colon attribution with source %q", text, d.Text[a.Source.Start:a.Source.End])
			}
		}
	}
}

// TestInterviewTurns: "Q: …" and "A: …" paragraphs of a printed interview
// are attributions to the interviewer and the interviewee; so is a
// speaker's name in capitals opening a paragraph of a transcript, after
// a quotation mark too, when the article names the speaker or gives the
// label more than one turn; a rubric in capitals ("CORRECTION:") is no
// speaker.
func TestInterviewTurns(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"interview", "Questions and answers have been edited for length.\n\nQ: Did the immigration service take care of you?\n\nA: No, no one did. No one checked up.",
			[]string{"Q|Did the immigration service take care of you?", "A|No, no one did. No one checked up."}},
		{"transcript", "Mike Pence spoke to Fox News Sunday.\n\n" +
			"\"WALLACE: If I may, sir, will Gennifer Flowers be there?\n\n" +
			"\"PENCE: Gennifer Flowers will not be attending the debate.\n\n" +
			"\"WALLACE: Do you really see those two as equivalent?\n\n" +
			"CORRECTION: An earlier version misstated the date.",
			[]string{"WALLACE|If I may, sir, will Gennifer Flowers be there?", "PENCE|Gennifer Flowers will not be attending the debate.",
				"WALLACE|Do you really see those two as equivalent?"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := analyse(t, c.text)
			var got []string
			for _, a := range extractor(t).Extract(d) {
				if d.Text[a.Cue.Start:a.Cue.End] == ":" {
					got = append(got, d.Text[a.Source.Start:a.Source.End]+"|"+d.Text[a.Content.Start:a.Content.End])
				}
			}
			if strings.Join(got, " / ") != strings.Join(c.want, " / ") {
				t.Errorf("turns %q, want %q", got, c.want)
			}
		})
	}
}

// TestMixedQuotationMarks: a quotation opened with a straight mark and
// closed with a curly one, or the other way round, as some writers mix
// them, is one quotation, and its speaker is found.
func TestMixedQuotationMarks(t *testing.T) {
	d := analyse(t, "Graham said she was impressed.\n\n"+
		"\"I was hoping to see more of what Ivanka sees in her father,” Graham said. "+
		"“So I was disappointed when he was the version of Donald Trump that worries me greatly. I don’t think making people more scared is the path forward.\"")
	var got []string
	for _, a := range extractor(t).Extract(d) {
		if a.Kind == document.Direct {
			got = append(got, d.Text[a.Source.Start:a.Source.End]+"|"+d.Text[a.Content.Start:a.Content.End])
		}
	}
	if want := "Graham|\"I was hoping to see more of what Ivanka sees in her father,”"; strings.Join(got, " / ") != want {
		t.Errorf("quotations %q, want %q", got, want)
	}
}

// TestCueInsideQuotation: a speech verb inside a quotation is part of what
// is quoted, not an attribution of its own.
func TestCueInsideQuotation(t *testing.T) {
	d := analyse(t, "“Jeb does not really believe I am unhinged. He said that very simply because he has failed in this campaign,” Trump said.")
	var got []string
	for _, a := range extractor(t).Extract(d) {
		got = append(got, d.Text[a.Source.Start:a.Source.End]+" "+d.Text[a.Cue.Start:a.Cue.End])
	}
	if strings.Join(got, ",") != "Trump said" {
		t.Errorf("attributions %q, want only Trump's", got)
	}
}

// TestAskedFrames: the question a sentence opens with is a report of its
// own, without a source, beside the answer's.
func TestAskedFrames(t *testing.T) {
	d := analyse(t, "Asked if he was encouraging violence, Trump said no.")
	var cues []string
	for _, a := range extractor(t).Extract(d) {
		cue := d.Text[a.Cue.Start:a.Cue.End]
		cues = append(cues, cue)
		if cue == "Asked" && (!a.Source.Empty() || d.Text[a.Content.Start:a.Content.End] != "if he was encouraging violence") {
			t.Errorf("asked: source %q content %q", d.Text[a.Source.Start:a.Source.End], d.Text[a.Content.Start:a.Content.End])
		}
	}
	if !slices.Contains(cues, "Asked") || !slices.Contains(cues, "said") {
		t.Errorf("cues %q, want Asked and said", cues)
	}
}

// TestSourceBeforeCue: a source the parse stretched over its own cue
// keeps the words before the cue.
func TestSourceBeforeCue(t *testing.T) {
	d := analyse(t, "Just 30 percent of all voters consider Clinton honest.")
	if got := spanText(d, cued(t, d, "consider").Source); got != "Just 30 percent of all voters" {
		t.Errorf("source %q, want %q", got, "Just 30 percent of all voters")
	}
}

func TestBeforeCue(t *testing.T) {
	text := "blast Trump, say officials"
	tests := []struct {
		src, cue, want document.Span
	}{
		{document.Span{Start: 0, End: 11}, document.Span{Start: 0, End: 5}, document.Span{}},                    // nothing before the cue
		{document.Span{Start: 6, End: 26}, document.Span{Start: 13, End: 16}, document.Span{Start: 6, End: 11}}, // "Trump" before ", say"
		{document.Span{Start: 17, End: 26}, document.Span{Start: 13, End: 16}, document.Span{Start: 17, End: 26}},
	}
	for _, tc := range tests {
		if got := beforeCue(text, tc.src, tc.cue); got != tc.want {
			t.Errorf("beforeCue(%v, %v) = %v, want %v", tc.src, tc.cue, got, tc.want)
		}
	}
}

// TestDirectiveContent: what a directive reports is who is to act and
// what they are to do, as PolNeAR marks it.
func TestDirectiveContent(t *testing.T) {
	d := analyse(t, "Senator Reid urged Sanders to rein in his most fervid fans.")
	if got := spanText(d, cued(t, d, "urged").Content); got != "Sanders to rein in his most fervid fans" {
		t.Errorf("content %q", got)
	}
	// Also when the parse hung the infinitive on the cue.
	d = analyse(t, "Opposition leader Raila Odinga called the bill \"an assault on the poor\" and urged his supporters to stay on the streets until President William Ruto withdraws it.")
	if got := spanText(d, cued(t, d, "urged").Content); !strings.HasPrefix(got, "his supporters to stay on the streets") {
		t.Errorf("content %q", got)
	}
	// The preposition that opens such a content is the cue's.
	d = analyse(t, "Mr. Rubio is calling for the United States to step up military efforts against the Islamic State.")
	a := cued(t, d, "is calling for")
	if content := spanText(d, a.Content); content != "the United States to step up military efforts against the Islamic State" {
		t.Errorf("content %q", content)
	}
}

// TestClosingRelative: a relative clause set off by a comma that ends a
// reported content is the writer's description, not the report; quoted
// words stay whole.
func TestClosingRelative(t *testing.T) {
	for _, tc := range []struct{ text, cue, content string }{
		{"Officials said the talks had stalled over a Cruz win in Texas, which votes on March 1.", "said", "the talks had stalled over a Cruz win in Texas"},
		{`He said, "We met in Doha, which was kind to us."`, "said", `"We met in Doha, which was kind to us."`},
		// An appositive that closes a clause reported is the writer's too.
		{"Young Democrats are gravitating toward Sen. Bernie Sanders, a self-described Democratic socialist, the poll indicates.", "indicates", "Young Democrats are gravitating toward Sen. Bernie Sanders"},
	} {
		d := analyse(t, tc.text)
		if got := spanText(d, cued(t, d, tc.cue).Content); got != tc.content {
			t.Errorf("%q: content %q, want %q", tc.text, got, tc.content)
		}
	}
}

// TestSourceEdges: what a parse puts at a source's edges and PolNeAR
// leaves out: a fronted preposition's object (a place's parts stay
// together) and a day hung on the source's noun (a participle's day
// stays).
func TestSourceEdges(t *testing.T) {
	for _, tc := range []struct{ text, cue, source string }{
		{"During a press call with reporters Wednesday afternoon, the Sanders campaign said it would assess its options.", "said", "the Sanders campaign"},
		{"At a rally in Beaumont, Tex., Mr. Trump said the system was rigged.", "said", "Mr. Trump"},
		{"On Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said the plan would pass.", "said", "Kevin Brady, chairman of the House Ways and Means Committee,"},
		{"The White House on Monday said the talks would go ahead.", "said", "The White House"},
		{"A poll released Monday found that most voters were undecided.", "found", "A poll released Monday"},
		{"Sen. Chuck Grassley (R-Iowa) on Wednesday said the hearing would wait.", "said", "Sen. Chuck Grassley (R-Iowa)"},
		{"Sen. Roy Blunt (R-Mo.) said the hearing would wait.", "said", "Sen. Roy Blunt (R-Mo.)"},
		// A title or description the parse hung elsewhere goes with the
		// name; a day does not.
		{"Priorities USA chief strategist Guy Cecil said the ads would run.", "said", "Priorities USA chief strategist Guy Cecil"},
		{"A top U.S. official today praised Haiti for its efforts.", "praised", "today"},
		// A cue coordinated with another takes the source found for it.
		{"On Monday, Kim Yo Jong, the powerful sister of leader Kim Jong Un, said the drills were a rehearsal for invasion and warned that Pyongyang would respond.",
			"warned", "Kim Yo Jong, the powerful sister of leader Kim Jong Un,"},
		// Two speakers, each with a description, are one source, though
		// the parse hung the comma before "and" on the verb.
		{"Felicia Wong, president of the Roosevelt Institute, a progressive think tank, and Stan Greenberg, co-founder of the Democratic polling firm Democracy Corps, applauded Clinton’s remarks.",
			"applauded", "Felicia Wong, president of the Roosevelt Institute, a progressive think tank, and Stan Greenberg, co-founder of the Democratic polling firm Democracy Corps,"},
		// Words of the quotation the parse hung on the speaker stay in
		// the quotation.
		{"“Ted Cruz is not my favorite by any means,” Graham, a former candidate, told CBS News on Super Tuesday.", "told", "Graham, a former candidate,"},
		{"“We were attacked in downtown Manhattan where Wall Street is,” Clinton said.", "said", "Clinton"},
	} {
		d := analyse(t, tc.text)
		if got := spanText(d, cued(t, d, tc.cue).Source); got != tc.source {
			t.Errorf("%q: source %q, want %q", tc.text, got, tc.source)
		}
	}
}

// TestDoubledApostropheQuotes: a quotation written between two
// apostrophes, as some newspapers do, is reported whole.
func TestDoubledApostropheQuotes(t *testing.T) {
	d := analyse(t, "Schilling told WEEI: ''I replied to the post. I didn't post that.''")
	want := "''I replied to the post. I didn't post that.''"
	if got := spanText(d, cued(t, d, "told").Content); got != want {
		t.Errorf("content %q, want %q", got, want)
	}
}

// TestQuotationBeforeConjunction: a quotation that a conjunction
// separates from a cue after it is the first verb's, not the cue's.
func TestQuotationBeforeConjunction(t *testing.T) {
	const text = `Senate Majority Leader Chuck Schumer called the vote "a sad day for the Senate" and accused Republicans of putting politics ahead of the country.`
	d := analyse(t, text)
	for _, a := range extractor(t).Extract(d) {
		if cue := d.Text[a.Cue.Start:a.Cue.End]; cue == "accused" {
			if got, want := d.Text[a.Content.Start:a.Content.End], "Republicans of putting politics ahead of the country"; got != want {
				t.Errorf("accused: content %q, want %q", got, want)
			}
			return
		}
	}
	t.Errorf("no attribution on \"accused\" in %q", text)
}

// TestParticipleAfterReport: a participle after a closing report has
// its own content, not the quotation before the report.
func TestParticipleAfterReport(t *testing.T) {
	checkReports(t, []reportCase{
		{"\"The war is over,\" Trump told lawmakers, calling the day \"the historic dawn of a new Middle East.\"", "Trump", "calling", "the day \"the historic dawn of a new Middle East.\""},
	})
}

// TestClosingMarkOpensNothing: the straight mark that closes one
// sentence's quotation does not open the next sentence's content.
func TestClosingMarkOpensNothing(t *testing.T) {
	const text = `Oli said he was stepping down "to pave the way for a political solution." The president accepted the resignation, his office said.`
	d := analyse(t, text)
	for _, a := range extractor(t).Extract(d) {
		if d.Text[a.Cue.Start:a.Cue.End] == "said" && a.Cue.Start > 100 {
			if got, want := d.Text[a.Content.Start:a.Content.End], "The president accepted the resignation"; got != want || a.Kind != document.Indirect {
				t.Errorf("content %q (%s), want %q (indirect)", got, a.Kind, want)
			}
			return
		}
	}
	t.Errorf("no attribution on the second \"said\" in %q", text)
}

// TestCitedSources: what an outlet reports citing a source is the
// source's, and starts after the citing phrase.
func TestCitedSources(t *testing.T) {
	d := analyse(t, "The Wall Street Journal reported earlier, citing Saudi officials, that Riyadh had asked for help.")
	atts := extractor(t).Extract(d)
	if len(atts) == 0 {
		t.Fatal("no attribution")
	}
	a := atts[0]
	if src, content := d.Text[a.Source.Start:a.Source.End], d.Text[a.Content.Start:a.Content.End]; src != "Saudi officials" || !strings.HasPrefix(content, "that Riyadh") {
		t.Errorf("source %q, content %q; want Saudi officials, that Riyadh …", src, content)
	}
}

// TestBodiesAreNoCues: a noun naming a body that is a verb's subject is
// the body, not the cue of a report ("Georgia's opposition rejects").
func TestBodiesAreNoCues(t *testing.T) {
	x := extractor(t)
	d := analyse(t, "Georgia's opposition rejects election results, calls for protests")
	for _, a := range x.Extract(d) {
		if cue := d.Text[a.Cue.Start:a.Cue.End]; cue == "opposition" {
			t.Errorf("cue %q, source %q", cue, d.Text[a.Source.Start:a.Source.End])
		}
	}
}

// TestQuotedEndOfReport checks that a quotation that ends what a verb of
// saying or telling reports is part of a mixed content, not a direct
// quotation of its own.
func TestQuotedEndOfReport(t *testing.T) {
	for _, text := range []string{
		`Vance said Washington expected allies "to pull their weight."`,
		`Vance told the audience that Washington expected allies "to pull their weight."`,
	} {
		d := analyse(t, text)
		atts := extractor(t).Extract(d)
		if len(atts) != 1 || atts[0].Kind != document.Mixed || !strings.Contains(spanText(d, atts[0].Content), "Washington expected") {
			t.Errorf("%q: %+v, want one mixed attribution of what Washington expected", text, atts)
		}
	}
}

// TestSignedQuotations: words signed with a dash and a name are the
// name's; a dash inside prose, or a byline after words another cue
// reports, signs nothing.
func TestSignedQuotations(t *testing.T) {
	tests := []struct {
		name, text, source, content string
	}{
		{"pull quote", "Readers wrote in.\n\n“He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant of our culture.”\u00a0― Pamela Padilla.",
			"Pamela Padilla", "“He is ignorant of our culture.”"},
		{"signature paragraph", "The debate went on.\n\n\"Almost all new income and wealth is going to the top 1 percent.\"\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.",
			"Bernie Sanders", "\"Almost all new income and wealth is going to the top 1 percent.\""},
		{"signature with a description", "Voices from the hall.\n\n\"It needs to stop.\"\n\n-Michelle Marks, Philadelphia.",
			"Michelle Marks", "\"It needs to stop.\""},
		{"embedded post", "Ryan responded on Twitter.\n\nNo one should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016",
			"Paul Ryan", "No one should be above the law."},
		{"post with a glued link", "The campaign answered.\n\nIt’s dangerous, too.https://t.co/hcd4kQ4VS9 — Brian Fallon (@brianefallon) August 2, 2016",
			"Brian Fallon", "It’s dangerous, too."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			atts := extractor(t).Extract(d)
			i := slices.IndexFunc(atts, func(a document.Attribution) bool { return spanText(d, a.Source) == tt.source })
			if i < 0 {
				t.Fatalf("no attribution to %q in %+v", tt.source, atts)
			}
			a := atts[i]
			if got := spanText(d, a.Content); got != tt.content || a.Kind != document.Direct || !document.IsSigningDash(spanText(d, a.Cue)) || a.SourceKind != "named" {
				t.Errorf("got %s %q cue %q (%s), want direct %q", a.Kind, got, spanText(d, a.Cue), a.SourceKind, tt.content)
			}
			if n := slices.IndexFunc(atts, func(b document.Attribution) bool { return overlaps(b.Cue, a.Cue) && b.ID != a.ID }); n >= 0 {
				t.Errorf("the dash is also the cue of %+v", atts[n])
			}
		})
	}
	for _, text := range []string{
		"Rajoy said Monday that his party was \"still the No. 1 force in Spain.\"--Kim Hjelmgaard.",
		"The plan has three parts.\n\n— Reduce job-killing regulations on large and small businesses.",
		"“We will win.” — that was the promise, and Iran Said Nothing.",
	} {
		d := analyse(t, text)
		for _, a := range extractor(t).Extract(d) {
			if document.IsSigningDash(spanText(d, a.Cue)) {
				t.Errorf("%q: signed %q to %q", text, spanText(d, a.Content), spanText(d, a.Source))
			}
		}
	}
}

// TestOuterReportFirst: a closing report is read before the cue inside
// what it reports, whose words are then its content, not an
// attribution of their own (PolNeAR marks no nested attributions).
func TestOuterReportFirst(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, cue, content, inner string }{
		{"Iran also warned against any foreign presence near its borders, Iranian state media reported, citing a senior adviser.",
			"reported", "Iran also warned against any foreign presence near its borders", "warned"},
		{"The United States imposed sanctions on eight officials it accused of undermining the election, the Treasury Department said.",
			"said", "The United States imposed sanctions on eight officials it accused of undermining the election", "accused"},
	} {
		d := analyse(t, tc.text)
		found := false
		for _, a := range x.Extract(d) {
			cue, content := d.Text[a.Cue.Start:a.Cue.End], d.Text[a.Content.Start:a.Content.End]
			switch {
			case cue == tc.cue && content == tc.content:
				found = true
			case strings.Contains(cue, tc.inner) && a.Within == "":
				t.Errorf("%q: outermost attribution with cue %q and content %q inside the report", tc.text, cue, content)
			}
		}
		if !found {
			t.Errorf("%q: no attribution with cue %q and content %q", tc.text, tc.cue, tc.content)
		}
	}
}

// TestContrastedReports: a second report set against the first with
// "while" is an attribution of its own, not part of the first's content.
func TestContrastedReports(t *testing.T) {
	x := extractor(t)
	d := analyse(t, "Thailand's army said Cambodian forces opened fire first near the temple, while Cambodia's defence ministry said Thai troops had fired into its territory.")
	var contents []string
	for _, a := range x.Extract(d) {
		contents = append(contents, d.Text[a.Content.Start:a.Content.End])
	}
	want := []string{"Cambodian forces opened fire first near the temple", "Thai troops had fired into its territory"}
	if !slices.Equal(contents, want) {
		t.Errorf("contents %q, want %q", contents, want)
	}
	// Also with "but", the parse hanging the second on the first's clause.
	d = analyse(t, "Diplomats say both sides have accepted a Qatari invitation, but Tehran denies any direct contact.")
	contents = nil
	for _, a := range x.Extract(d) {
		contents = append(contents, d.Text[a.Content.Start:a.Content.End])
	}
	want = []string{"both sides have accepted a Qatari invitation", "any direct contact"}
	if !slices.Equal(contents, want) {
		t.Errorf("contents %q, want %q", contents, want)
	}
}

// TestQuotationInsideReport: a partial quotation inside another report's
// content is that report's, not a second report's of a cue after it.
func TestQuotationInsideReport(t *testing.T) {
	x := extractor(t)
	text := "Ethiopia warned that it would defend its territory \"by all necessary means\", raising fears of a new war in the Horn of Africa."
	d := analyse(t, text)
	atts := x.Extract(d)
	if len(atts) != 1 || d.Text[atts[0].Cue.Start:atts[0].Cue.End] != "warned" || !strings.HasSuffix(d.Text[atts[0].Content.Start:atts[0].Content.End], "means\"") {
		for _, a := range atts {
			t.Errorf("attribution with cue %q and content %q", d.Text[a.Cue.Start:a.Cue.End], d.Text[a.Content.Start:a.Content.End])
		}
		t.Errorf("%q: want one attribution, on warned, with the quotation", text)
	}
}

// TestRelayedStatements: a statement inside another's content is an
// attribution of its own, inside that one, which relays it; PolNeAR's
// outermost attributions are unchanged.
func TestRelayedStatements(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, outerCue, source, cue, content string }{
		{"Erdogan told Trump that Iran was ready to negotiate, according to two Turkish officials.",
			"according to", "Erdogan", "told", "that Iran was ready to negotiate"},
		{"The officials said Fidan had met Araghchi in Istanbul on Tuesday, Axios reported.",
			"reported", "The officials", "said", "Fidan had met Araghchi in Istanbul on Tuesday"},
		{"Iran has never had any contact with the Americans, Araghchi said, according to state media.",
			"according to", "Araghchi", "said", "Iran has never had any contact with the Americans"},
		// The one an outlet quotes as saying speaks.
		{"State media quoted Khamenei as saying that Iran would never bow to pressure.",
			"quoted", "Khamenei", "saying", "that Iran would never bow to pressure"},
		// A relayed report the cue model, taught by PolNeAR to pass nested
		// cues by, does not take.
		{"One of the sources said Witkoff had told the crown prince that Israeli Prime Minister Benjamin Netanyahu was open to the idea.",
			"said", "Witkoff", "had told", "that Israeli Prime Minister Benjamin Netanyahu was open to the idea"},
		{"Iran will allow U.N. inspectors to return to its nuclear sites under a new framework agreed with the International Atomic Energy Agency, Foreign Minister Abbas Araghchi said on Friday, according to state media.",
			"according to", "Foreign Minister Abbas Araghchi", "said", "Iran will allow U.N. inspectors to return to its nuclear sites under a new framework agreed with the International Atomic Energy Agency"},
	} {
		d := analyse(t, tc.text)
		atts := x.Extract(d)
		outer := slices.IndexFunc(atts, func(a document.Attribution) bool { return spanText(d, a.Cue) == tc.outerCue && a.Within == "" })
		inner := slices.IndexFunc(atts, func(a document.Attribution) bool { return spanText(d, a.Cue) == tc.cue })
		if outer < 0 || inner < 0 {
			t.Errorf("%q: no outer attribution on %q or none on %q", tc.text, tc.outerCue, tc.cue)
			continue
		}
		o, a := atts[outer], atts[inner]
		if a.Within != o.ID || spanText(d, a.Source) != tc.source || spanText(d, a.Content) != tc.content || a.ReportedBySpan != o.Source {
			t.Errorf("%q: %s within %q, source %q, content %q, relayed by %q; want within %s, %q, %q, relayed by %q", tc.text,
				a.ID, a.Within, spanText(d, a.Source), spanText(d, a.Content), spanText(d, a.ReportedBySpan), o.ID, tc.source, tc.content, spanText(d, o.Source))
		}
		if !within(a.Cue, o.Content) || !strings.HasPrefix(a.ID, "n") {
			t.Errorf("%q: %s's cue lies outside %s's content", tc.text, a.ID, o.ID)
		}
	}
	// Not inside: an adjective, a verb with no subject of its own.
	for _, text := range []string{
		"Iran has not engaged in any direct communication with the United States, despite reported efforts through intermediaries, Araghchi said.",
	} {
		d := analyse(t, text)
		for _, a := range x.Extract(d) {
			if a.Within != "" {
				t.Errorf("%q: relayed attribution %q (%q)", text, spanText(d, a.Cue), spanText(d, a.Content))
			}
		}
	}
}

// TestQualifyingParticiples: a participle before a noun ("an alleged coup
// plot") reports the noun alone, with no source but a name joined to it;
// a verb the parse hung on its object is a report as before.
func TestQualifyingParticiples(t *testing.T) {
	for _, tc := range []struct{ text, cue, source, content string }{
		{"Mali junta arrests generals over alleged coup plot\n\nBAMAKO (AFP) - The arrests were announced on Thursday.", "alleged", "", "coup plot"},
		{"A Johnson-backed lawsuit against that threshold was thrown out this month.", "backed", "Johnson", "lawsuit"},
		{"Democrats on Tuesday blasted Republicans for being sore losers.", "blasted", "Democrats", "Republicans for being sore losers"},
	} {
		d := analyse(t, tc.text)
		a := cued(t, d, tc.cue)
		if got := spanText(d, a.Source); got != tc.source {
			t.Errorf("%q: source %q, want %q", tc.text, got, tc.source)
		}
		if got := spanText(d, a.Content); got != tc.content {
			t.Errorf("%q: content %q, want %q", tc.text, got, tc.content)
		}
	}
}

// TestDescribingAppositions: a noun in apposition to a speaker, set off
// by commas ("a fierce critic of Petro"), says what the speaker is; a
// verb the parse took for such a noun still reports.
func TestDescribingAppositions(t *testing.T) {
	x := extractor(t)
	d := analyse(t, "Former President Alvaro Uribe, a fierce critic of Petro, urged the government to repair relations with Washington, Colombia's largest trading partner.")
	for _, a := range x.Extract(d) {
		if cue := d.Text[a.Cue.Start:a.Cue.End]; strings.HasPrefix(cue, "critic") {
			t.Errorf("cue %q, content %q", cue, d.Text[a.Content.Start:a.Content.End])
		}
	}
}
