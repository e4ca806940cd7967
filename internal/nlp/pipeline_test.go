package nlp

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/document"
)

var update = flag.Bool("update", false, "rewrite golden files")

func load(t testing.TB) *Pipeline {
	t.Helper()
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func readArticle(t testing.TB, path string) *document.Document {
	t.Helper()
	var doc *document.Document
	err := article.ReadPath(context.Background(), path, article.Auto, nil, func(d *document.Document, err error) error {
		if err != nil {
			return err
		}
		doc = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func toCoNLLU(d *document.Document) []byte {
	var buf bytes.Buffer
	for _, s := range conllu.FromDocument(d) {
		conllu.Write(&buf, s)
	}
	return buf.Bytes()
}

// TestGoldenParse pins the analysis of an article written for the tests;
// after retraining the models, review the diff and run go test -update.
func TestGoldenParse(t *testing.T) {
	p := load(t)
	d := readArticle(t, "testdata/wire.txt")
	p.Analyze(d)
	got := toCoNLLU(d)
	path := filepath.Join("testdata", "wire.golden.conllu")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("parse differs from %s; if the models changed on purpose, run go test -update and review the diff", path)
	}
}

func TestSentencesStayInParts(t *testing.T) {
	p := load(t)
	d := readArticle(t, "testdata/wire.txt")
	p.Analyze(d)
	for i, s := range d.Sentences {
		part := d.Parts[s.Part]
		if s.Start < part.Start || s.End > part.End {
			t.Errorf("sentence %d %q crosses its %s", i, d.Text[s.Start:s.End], part.Kind)
		}
		roots := 0
		for _, w := range s.Words {
			if w.Head == 0 {
				roots++
			}
			if w.Head < 0 || w.Head > len(s.Words) {
				t.Fatalf("sentence %d: head %d out of range", i, w.Head)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", i, roots)
		}
	}
	if d.Parts[d.Sentences[0].Part].Kind != document.Headline || d.Parts[d.Sentences[1].Part].Kind != document.Standfirst {
		t.Errorf("first sentences are not the headline and the standfirst")
	}
}

// TestQuotationTails: a quotation that ends with ! or ? keeps the short
// "NAME said." after it, which the treebank-trained splitter would cut off.
func TestQuotationTails(t *testing.T) {
	p := load(t)
	tests := []struct {
		text string
		want []string
	}{
		{"“Everyone should leave Tehran!” Trump wrote. Iran replied.",
			[]string{"“Everyone should leave Tehran!” Trump wrote.", "Iran replied."}},
		{"“Is this a war?” the minister asked on Friday. Nobody answered.",
			[]string{"“Is this a war?” the minister asked on Friday.", "Nobody answered."}},
		{"''I have placed a couple of calls to Bernie,'' Ms. Boxer said. ''He's my friend.''",
			[]string{"''I have placed a couple of calls to Bernie,'' Ms. Boxer said.", "''He's my friend.''"}},
		// Not a tail: no speech verb, or a long sentence.
		{"“Leave now!” Trump left the room. Iran replied.",
			[]string{"“Leave now!”", "Trump left the room.", "Iran replied."}},
	}
	for _, tt := range tests {
		d := &document.Document{Text: tt.text}
		p.Analyze(d)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Text[s.Start:s.End])
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// findWord returns the index of the first word with the form in a
// sentence containing marker.
// findWord is the word of the form in the sentence holding marker; a form
// "said#2" is the second "said".
func findWord(d *document.Document, marker, form string) (document.Sentence, int) {
	nth := 1
	if f, n, ok := strings.Cut(form, "#"); ok {
		form = f
		nth, _ = strconv.Atoi(n)
	}
	for _, s := range d.Sentences {
		if !strings.Contains(d.Text[s.Start:s.End], marker) {
			continue
		}
		seen := 0
		for i, w := range s.Words {
			if w.Form == form {
				if seen++; seen == nth {
					return s, i
				}
			}
		}
	}
	return document.Sentence{}, -1
}

func TestSeedArticle(t *testing.T) {
	path := "../../../shared/seed/000_bb7310f83aa69dfe.txt"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared data absent (%v); the seed article lives in ../shared", err)
	}
	p := load(t)
	d := readArticle(t, path)
	p.Analyze(d)
	s, i := findWord(d, "Erdogan proposed", "Erdogan")
	if i < 0 {
		t.Fatal(`no sentence with "Erdogan proposed"`)
	}
	w := s.Words[i]
	if w.Rel != "nsubj" || s.Words[w.Head-1].Form != "proposed" {
		t.Errorf("Erdogan is %s of %q, want nsubj of proposed", w.Rel, s.Words[max(w.Head-1, 0)].Form)
	}
	for _, s := range d.Sentences {
		if kind := d.Parts[s.Part].Kind; kind == document.Headline || kind == document.Standfirst || kind == document.Caption {
			if s.End != d.Parts[s.Part].End && kind != document.Standfirst {
				t.Errorf("%s split into several sentences: %q", kind, d.Text[s.Start:s.End])
			}
		}
	}
}

func TestLongInputIsCut(t *testing.T) {
	p := load(t)
	text := strings.Repeat("word ", 2000)
	d := &document.Document{Text: text}
	p.Analyze(d)
	n := 0
	for _, s := range d.Sentences {
		if len(s.Words) > MaxSentenceWords {
			t.Fatalf("sentence of %d words", len(s.Words))
		}
		n += len(s.Words)
	}
	if n != 2000 {
		t.Errorf("got %d words, want 2000", n)
	}
}

func ExamplePipeline_Analyze() {
	p, err := Load()
	if err != nil {
		panic(err)
	}
	d := &document.Document{Text: "Erdogan proposed the idea during a phone call."}
	p.Analyze(d)
	for _, w := range d.Sentences[0].Words {
		head := "ROOT"
		if w.Head > 0 {
			head = d.Sentences[0].Words[w.Head-1].Form
		}
		fmt.Println(w.Form, w.UPOS, w.Rel, head)
	}
	// Output:
	// Erdogan PROPN nsubj proposed
	// proposed VERB root ROOT
	// the DET det idea
	// idea NOUN obj proposed
	// during ADP case call
	// a DET det call
	// phone NOUN compound call
	// call NOUN obl proposed
	// . PUNCT punct proposed
}

// TestEWTDevRegression guards the embedded models' accuracy on EWT dev
// with gold tokenization (parley eval ud gives the full figures).
func TestEWTDevRegression(t *testing.T) {
	f, err := os.Open(ewtDev)
	if err != nil {
		t.Skipf("shared data absent (%v); EWT lives in ../shared/ud", err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, ewtDev)
	if err != nil {
		t.Fatal(err)
	}
	p := load(t)
	words, upos, uas := 0, 0, 0
	for _, s := range sents {
		ws := make([]document.Word, len(s.Words))
		for i, w := range s.Words {
			ws[i].Form = w.Form
		}
		if !p.annotate(ws, casing{}) {
			t.Errorf("EWT dev line %d: the repairs left no tree", s.Line)
		}
		for i, g := range s.Words {
			words++
			if ws[i].UPOS == g.UPOS {
				upos++
			}
			if ws[i].Head == g.Head {
				uas++
			}
		}
	}
	if a := float64(upos) / float64(words); a < 0.95 {
		t.Errorf("UPOS %.4f on EWT dev, below 0.95", a)
	}
	if a := float64(uas) / float64(words); a < 0.835 {
		t.Errorf("UAS %.4f on EWT dev, below 0.835", a)
	}
}

// TestRepairsKeepTrees: on sentences that once broke it (or panicked),
// on EWT test
// and GUM dev, as on EWT dev
// (TestEWTDevRegression), no repair of the parse leaves a cycle or a
// second root, which Annotate would have to undo.
func TestRepairsKeepTrees(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"Israel would not allow Palestinians to return until a civilian hostage , Arbel Yehud , was released .",
		"Who has fought President Obama ’s bid to resettle unvetted Syrian refugees ?", // a relative pronoun that opens the sentence
	} {
		var ws []document.Word
		for _, f := range strings.Fields(text) {
			ws = append(ws, document.Word{Form: f})
		}
		if !p.annotate(ws, casing{}) {
			t.Errorf("%q: the repairs left no tree", text)
		}
	}
	for _, path := range []string{"../../../shared/ud/en_ewt-ud-test.conllu", "../../../shared/ud/en_gum-ud-dev.conllu"} {
		f, err := os.Open(path)
		if err != nil {
			t.Skipf("shared data absent (%v); the treebanks live in ../shared/ud", err)
		}
		sents, err := conllu.ReadAll(f, path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			ws := make([]document.Word, len(s.Words))
			for i, w := range s.Words {
				ws[i].Form = w.Form
			}
			if !p.annotate(ws, casing{}) {
				t.Errorf("%s line %d: the repairs left no tree", path, s.Line)
			}
		}
	}
}

// TestNounsWithObjects: a noun the tagger made of a verb, with an object
// after it and a compound before it, is the verb and that its subject; a
// noun phrase stays one; and a participle with an object is a past tense.
func TestNounsWithObjects(t *testing.T) {
	p := load(t)
	for _, tc := range []struct{ text, word, tag, rel string }{
		{"Police shot two men.", "shot", "VERB", "root"},
		{"Police shot two men.", "Police", "NOUN", "nsubj"},
		{"Kenyan police shot dead three men.", "shot", "VBD", "root"},
		{"The shot missed the target.", "shot", "NOUN", "nsubj"},
		{"Iran warned the Gulf states on Monday.", "states", "NOUN", "obj"},
		{"EU member states agreed on sanctions.", "states", "NOUN", "nsubj"},
		{"It states that courts should not act.", "states", "VERB", "root"},
		{"He met Clinton and State Department aides on Monday.", "aides", "NOUN", "obj"},
		{"Chinese President Xi Jinping met Lula in Beijing.", "Xi", "PROPN", "nsubj"},
		// A name the tagger took for a pronoun, a number or an adjective;
		// a headline's subject.
		{"Xi will travel on to Kazakhstan on Friday.", "Xi", "PROPN", "nsubj"},
		{"Xi and Putin sign energy deals in Moscow", "Xi", "PROPN", "nsubj"},
		{"Nduhungirehe told reporters that Rwanda's \"defensive measures\" would be lifted.", "that", "SCONJ", "mark"},
		{"Trump later said on Fox News that it was now up to Zelenskiy to act.", "Trump", "PROPN", "nsubj"},
		// A plural after a quantity's "of" and a noun is a noun.
		{"Israel had allowed thousands of aid trucks into Gaza in recent weeks.", "trucks", "NNS", "nmod"},
		{"Doyle said each year of education yields a 10% bump in income.", "yields", "VBZ", "ccomp"},
		// A participle after "after" and a name is the clause's verb.
		{"India and China agreed to resume direct flights after Chinese Foreign Minister Wang Yi held talks in New Delhi with his Indian counterpart.", "held", "VBD", "advcl"},
		{"India and China agreed to resume direct flights after Chinese Foreign Minister Wang Yi held talks in New Delhi with his Indian counterpart.", "Wang", "PROPN", "nsubj"},
		{"Tehran was ready to resume talks, but only if Washington lifted sanctions first.", "lifted", "VBD", "conj"},
		{"Germany's Merz visits Kyiv, pledges more military aid", "pledges", "VBZ", "conj"},
		{"Iran's supreme leader rejects talks with US, calls offer \"deception\"", "calls", "VBZ", "conj"},
		{"Mexico sends troops to border after Trump tariff threat", "border", "NN", "obl"},
		// "official" between a body's name and a person's is the noun.
		{"Hezbollah official Mahmoud Qmati confirmed Tabatabai's death.", "Mahmoud", "PROPN", "nsubj"},
		{"Hezbollah official Mahmoud Qmati confirmed Tabatabai's death.", "official", "NOUN", "nmod:desc"},
		{"Syria's official SANA news agency said the talks had ended.", "official", "ADJ", "amod"},
		// After a relative clause's report, a noun before a noun phrase is
		// the reported verb.
		{"Kyiv has stepped up attacks on Russian energy facilities, which it says fuel Moscow's war effort.", "fuel", "VBP", "ccomp"},
		// A participle after a subject's apposition, coordinated with a
		// past tense, is one too.
		{"The Popular Mobilisation Forces, an umbrella group of mostly Shi'ite militias, blamed Israel and vowed revenge.", "blamed", "VBD", "root"},
		// Two participles joined after a noun, before their object, in a
		// sentence with no finite verb, are past tenses.
		{"Chinese coast guard vessels blocked and rammed Philippine boats.", "rammed", "VBD", "conj"},
		// A past form between "of" and a plural modifies the plural.
		{"Hamas accused Israel of delaying the return of displaced Palestinians to northern Gaza, a charge Israeli officials denied.", "displaced", "VBN", "amod"},
		// A reported clause with no verb has its verb in -s.
		{"Washington reaffirmed that its mutual defence treaty with Manila covers attacks on Philippine public vessels.", "covers", "VBZ", "ccomp"},
		// Its past tense taken for a noun or a participle.
		{"Trump spoke with Maduro on Saturday.", "Trump", "PROPN", "nsubj"},
		{"Trump spoke with Maduro on Saturday.", "spoke", "VBD", "root"},
		{"Trump called Maduro.", "called", "VBD", "root"},
		{"State business leaders decried it.", "business", "NOUN", "compound"},
		{"The sanctions include an arms embargo.", "embargo", "NOUN", "obj"},
		{"The M23 rebels, who seized Goma in January, were not party to the deal.", "M23", "NNP", "compound"},
		{"Xi and Putin sign energy deals in Moscow", "sign", "VERB", "root"},
		// What a name's possessive determines is a noun.
		{"The war between Sudan's military and the paramilitary Rapid Support Forces began in April 2023.", "military", "NOUN", "nmod"},
		{"The war between Sudan's military and the paramilitary Rapid Support Forces began in April 2023.", "war", "NOUN", "nsubj"},
		// The subject's verb after a relative clause that interrupts it.
		{"The proposal, which was handed to Hamas leaders in Doha on Wednesday, calls for a six-week pause in fighting.", "calls", "VBZ", "root"},
		{"Turkey shot down a Russian jet near the Syrian border.", "shot", "VBD", "root"},
		// A present in -ed is the past of the verb the lemmatizer knows.
		{"Israeli officials accused the group of deliberately delaying the return of bodies.", "accused", "VBD", "root"},
		{"They need help.", "need", "VBP", "root"},
		// A particle inside a name is part of it.
		{"Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva signed 37 agreements on Wednesday.", "da", "PROPN", "appos"},
		{"Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva signed 37 agreements on Wednesday.", "Luiz", "PROPN", "conj"},
		// "acting" before a title is its adjective.
		{"India summoned Pakistan's acting high commissioner on Tuesday.", "acting", "ADJ", "amod"},
		{"India summoned Pakistan's acting high commissioner on Tuesday.", "commissioner", "NOUN", "obj"},
		{"Anwar hosted talks between Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet.", "acting", "ADJ", "amod"},
		// A light verb after the possessed object of "help" is its verb.
		{"Washington would help Lebanon's army take control of the militant group's weapons.", "take", "VERB", "xcomp"},
		{"Washington would help Lebanon's army take control of the militant group's weapons.", "army", "NOUN", "obj"},
		{"Outgoing President Macky Sall, who did not run, also congratulated the winner.", "Outgoing", "ADJ", "amod"},
		{"A viral post on X claims that Ukraine sold weapons to Hamas.", "claims", "VERB", "root"},
		{"The senator passes the bill to the House.", "passes", "VERB", "root"},
		// A strong verb's past the tagger took for a gerund by its ending.
		{"Gunfire and explosions rang out overnight across the capital.", "rang", "VBD", "root"},
		{"Rubio, who has rung up major endorsements, spoke.", "rung", "VBN", "acl:relcl"},
		// A verb in -s the tagger took for an auxiliary in the past.
		{"Georgia jails opposition leaders as EU weighs suspending visa-free travel", "weighs", "VBZ", "advcl"},
		{"Georgia jails opposition leaders as EU weighs suspending visa-free travel", "EU", "PROPN", "nsubj"},
		{"Iran will not talk while Israeli attacks on Iranian territory persist.", "persist", "VERB", "advcl"},
		// A participle with an object after its subject is the past
		// tense, unless the subject opens no clause, the verb keeps an
		// object in the passive, or a time follows; after a plural or
		// possessed subject, or a day between subject and verb, a bare
		// noun phrase is an object too.
		{"Russian forces shelled Kharkiv overnight.", "shelled", "VBD", "root"},
		{"Has Russia shelled Kharkiv again?", "shelled", "VBN", "root"},
		{"Overnight, Russian drones struck energy infrastructure in the Odesa region.", "struck", "VBD", "root"},
		{"Tehran's top diplomat rejected direct talks with Washington.", "rejected", "VBD", "root"},
		{"Turkish warplanes struck suspected Kurdish militant targets in northern Iraq on Sunday.", "struck", "VBD", "root"},
		// A word in -s outside the closed class is no preposition.
		{"The Taliban accused Pakistan of carrying out airstrikes in eastern Afghanistan that killed 46 people.", "airstrikes", "NNS", "obj"},
		// "there" where a clause opens, before "had", is existential.
		{"Cambodia's defence ministry denied the claim, saying there had been no armed clashes anywhere.", "there", "EX", "expl"},
		// "to" before a quotation opened by a determiner is a preposition.
		{"Hezbollah said the barrage was a response to \"the assassination\" of its commander.", "to", "IN", "case"},
		{"The European Union on Monday imposed sanctions on 25 Belarusian officials, including the interior minister, over a violent crackdown on protesters that followed last month's disputed presidential election, the bloc's foreign policy chief said.", "imposed", "VBD", "root"},
		{"Lai, whom Beijing calls a separatist, has said only the people of Taiwan can decide.", "calls", "VBZ", "acl:relcl"},
		{"The man given a medal thanked the crowd.", "given", "VBN", "advcl"},
		// A noun with a subject and no copula has a verb before it the
		// tagger took for an adjective.
		{"Japan and Australia also voiced concern.", "voiced", "VBD", "root"},
		// A noun with an object is the verb, in the tense its ending
		// tells.
		{"SITE Intelligence Group monitors extremist statements.", "monitors", "VBZ", "root"},
		// A participle after "Thousands of protesters", with no finite
		// verb in the sentence, is its past tense.
		{"Thousands of protesters gathered in central Seoul on Wednesday evening demanding Yoon's arrest.", "gathered", "VBD", "root"},
		// The verb after "help" is its bare infinitive.
		{"U.S. envoy Steve Witkoff, who helped negotiate the deal, is expected to visit the region next week, two officials familiar with the plans said.", "negotiate", "VB", "xcomp"},
		{"A firm called Harmony gave money to the campaign.", "called", "VBN", "acl"},
		// Crowds that gathered; a square of a town is a name.
		{"Crowds gathered in Tel Aviv's Hostages Square to watch the handover.", "gathered", "VBD", "root"},
		{"Crowds gathered in Tel Aviv's Hostages Square to watch the handover.", "Square", "PROPN", "flat"},
		// A participle joined to a past tense in a clause "after" opens.
		{"The Philippines lodged a protest after a Chinese coast guard ship rammed and fired a water cannon at a Philippine supply boat.", "rammed", "VBD", "advcl"},
		// A preposition EWT train lacks.
		{"North Korea sent troops to fight alongside Russian forces in the Kursk region.", "alongside", "IN", "case"},
		// The second of two verbs a passive auxiliary shares.
		{"About 4,700 North Korean soldiers were killed or wounded in the fighting.", "wounded", "VBN", "conj"},
		{"Two soldiers were wounded and killed.", "killed", "VBN", "conj"},
		// The field of an office between a nationality and the office.
		{"Israeli Finance Minister Bezalel Smotrich later said the deal was bad.", "Finance", "NNP", "compound"},
		// A past tense after a subject and "also"; a reduced relative
		// before "by" stays a participle.
		{"The United States and China also called for calm.", "called", "VBD", "root"},
		{"Police seized rockets also used by Hamas.", "used", "VBN", "acl"},
		// "arms control" is a noun compound.
		{"Russia was suspending its participation in the New START nuclear arms control treaty.", "control", "NN", "compound"},
		// "allied" before a noun is an adjective.
		{"Blinken said the RSF and allied militias had systematically murdered men and boys.", "allied", "JJ", "amod"},
		// A report that closes its sentence after a comma and its subject.
		{"Myanmar released 3,000 prisoners on Tuesday, state media reported.", "reported", "VBD", "root"},
		// An adjective headlines use as a verb, after a plural subject
		// or two names.
		{"Rebels free 20 hostages in Mali", "free", "VBP", "root"},
		{"Egypt, Qatar present new Gaza ceasefire proposal to Hamas", "present", "VBP", "root"},
		{"Israel, Hamas free more captives", "free", "VBP", "root"},
		// A body's noun acts as a plural subject would.
		{"The Philippine coast guard accused Chinese vessels on Sunday of firing water cannon at a government fisheries ship near Sandy Cay in the disputed South China Sea, injuring three crew members.", "accused", "VBD", "root"},
		// A currency after a number is a noun, not a preposition.
		{"Hungary vetoed a 50 billion euro EU aid package for Ukraine.", "euro", "NOUN", "compound"},
		{"Hungary vetoed a 50 billion euro EU aid package for Ukraine.", "package", "NOUN", "obj"},
		// A lower-case word before a verb ends no name.
		{"Mali junta expels French ambassador", "junta", "NOUN", "nsubj"},
		{"Mali junta expels French ambassador", "Mali", "PROPN", "compound"},
		// A name and the noun after it opening a headline are one
		// subject, unless the noun is a time.
		{"Burkina Faso army says it killed 100 militants", "Burkina", "PROPN", "compound"},
		{"Israel today mounted its long-threatened invasion of South Lebanon.", "Israel", "PROPN", "nsubj"},
		// A line's closing "say" is a verb.
		{"Iran seizes foreign tanker in Gulf, state media say", "say", "VERB", "parataxis"},
	} {
		d := article.FromText(tc.text)
		p.Analyze(d)
		s, i := findWord(d, tc.text[:10], tc.word)
		if i < 0 {
			t.Fatalf("%q: no word %q", tc.text, tc.word)
		}
		// The tag is the universal one or, to tell past tense from
		// participle, the treebank's.
		if w := s.Words[i]; w.UPOS != tc.tag && w.XPOS != tc.tag || w.Rel != tc.rel {
			t.Errorf("%q: %s is %s/%s %s, want %s %s", tc.text, tc.word, w.UPOS, w.XPOS, w.Rel, tc.tag, tc.rel)
		}
	}
}

// TestNamePronouns: parts of names the tagger took for pronouns are
// names; a pronoun after a hyphen stays one.
func TestNamePronouns(t *testing.T) {
	p := load(t)
	for _, tc := range []struct{ text, word, tag string }{
		{"South Korean President Lee Jae-myung convened a meeting.", "myung", "PROPN"},
		{"On Monday, Kim Yo Jong said the drills were a rehearsal.", "Yo", "PROPN"},
		{"Call Jackie Taylor-she is located in Houston.", "she", "PRON"},
		{"Trump is set to meet Xi in Seoul.", "Xi", "PROPN"},
		// A pronoun in capitals after "the", before a noun or opening
		// the sentence is an acronym; shouted in a sentence, it is not.
		{"The WHO said it had sent supplies.", "WHO", "PROPN"},
		{"WHO spokesperson Tarik Jasarevic told reporters.", "WHO", "PROPN"},
		{"If it was a bomb, THAT would be a tragedy.", "THAT", "PRON"},
		// A word of letters is no punctuation.
		{"Belarus condemned the move, according to the state news agency BelTA.", "BelTA", "PROPN"},
		// A place WordNet knows by no other sense, which the treebank lacks.
		{"The ombudsman accused Moscow of torturing prisoners.", "Moscow", "PROPN"},
		{"Great Neighborhood Hangout", "Hangout", "NOUN"},
		// A headline's one verb in -s, which the tagger took for a noun.
		{"Chinese coast guard fires water cannon at Philippine vessels", "fires", "VERB"},
		{"Oil field services company", "services", "NOUN"},
		{"Venezuela frees detained Americans after talks with US envoy", "frees", "VERB"},
		{"U.N. calls for truce as deadly clashes rock Libyan capital", "calls", "VERB"},
		{"Yahoo Groups for fans of the show", "Groups", "PROPN"},
		// Accused, after a passive and "and", of a gerund with its object.
		{"The man was arrested in 2023 and accused of passing sensitive information to Israeli agents.", "accused", "VERB"},
		{"The man was arrested in 2023 and accused of passing sensitive information to Israeli agents.", "passing", "VERB"},
		{"Chinese Vice Premier He Lifeng said Beijing was willing to work with Washington to manage differences properly.", "He", "PROPN"},
		// A headline's second clause's verb in -s.
		{"Hamas hands over remains of hostages as Gaza truce holds", "holds", "VERB"},
		{"RSF shells El Fasher as UN envoy calls for humanitarian truce", "calls", "VERB"},
		{"RSF shells El Fasher as UN envoy calls for humanitarian truce", "as", "SCONJ"},
		{"Kenyan police kill protesters as anger over activist's death spreads", "spreads", "VERB"}, // a subject with a phrase and a possessor
		{"Colombia suspends intelligence sharing with U.S. after boat strikes", "strikes", "NOUN"},  // boats strike no one
		// A chief executive is a noun.
		{"The deal was close, according to a publishing executive familiar with the talks.", "executive", "NOUN"},
		{"Trump signed an executive order on Monday.", "executive", "ADJ"},
		{"The plant is under pressure from imports, said the company's chief executive, John J. Ferriola.", "executive", "NOUN"},
		// A verb after a date that follows its subject.
		{"Sudan's army chief Abdel Fattah al-Burhan on Tuesday ruled out negotiations with the paramilitary Rapid Support Forces.", "ruled", "VBD"},
		{"The two leaders signed an agreement at the White House on Friday aimed at ending decades of conflict.", "aimed", "VBN"},
		// A participle after a relative clause on the subject, with an
		// object after it, is the subject's past.
		{"Cuba and Norway, which have acted as guarantors of the process, expressed concern and urged both sides to talk.", "expressed", "VBD"},
		{"Marco Rubio, who is third in many polls, stressed defense issues during an appearance.", "stressed", "VBD"},
		// "further" is never a preposition.
		{"The government extended the emergency, state media said, further delaying elections.", "further", "RB"},
		{"The two sides agreed to hold further talks.", "further", "JJ"},
		// A claim summed up after a comma with no article, and its denial.
		{"Washington and its allies have accused Iran of harassing commercial ships in the region, charges Tehran rejects.", "charges", "NOUN"},
		{"Washington and its allies have accused Iran of harassing commercial ships in the region, charges Tehran rejects.", "rejects", "VBZ"},
		{"The United States has accused China of spying, allegations Beijing has repeatedly denied.", "denied", "VBN"},
		{"The company charges customers it rejects.", "charges", "VERB"},
		// A kind of fighting, with nothing after it to govern.
		{"Qatar's foreign ministry said, following a week of the worst border fighting in years.", "fighting", "NOUN"},
		{"The law that Obama spent much of his presidency fighting for was weakened.", "fighting", "VERB"},
		// No auxiliary, ending a noun phrase.
		{"Pakistani and Indian troops exchanged small-arms fire along the Line of Control.", "fire", "NOUN"},
		// A headline's verb after two names, before its closing report.
		{"Pakistan, India exchange fire along Line of Control, army says", "exchange", "VERB"},
		{"Iran threatens to close Strait of Hormuz if attacked, official says", "says", "VERB"},
		{"Iran threatens to close Strait of Hormuz if attacked, official says", "official", "NOUN"},
		{"Protesters hurled stones as officers responded with tear gas.", "as", "SCONJ"},
		// A headline's opening participle describes the noun a second
		// one ends, the headline's passive.
		{"Planned Putin-Trump summit in Budapest shelved, White House says", "Planned", "VBN"},
		{"Retired neurosurgeon Ben Carson proposed the creation of a federal agency.", "proposed", "VBD"},
		{"The two countries' militaries said in a joint statement that the truce would hold.", "'", "POS"},
		{"Protesters hurled stones as officers responded with tear gas.", "responded", "VBD"},
		{"Thousands of protesters clashed with riot police outside parliament.", "outside", "ADP"},
		{"The history is notable, with 10,000 and as many as 300,000 people killed.", "killed", "VBN"},
		{"Israel and Hezbollah trade fire as Lebanon truce frays", "trade", "VERB"},
		{"Israel and Hezbollah trade fire as Lebanon truce frays", "frays", "VERB"},
		{"Pakistan and Afghanistan trade blame after border clashes", "clashes", "NOUN"},
		// A name after a capitalized adjective opening a sentence.
		{"European Union foreign ministers agreed on Monday to suspend part of a trade agreement with Israel.", "Union", "PROPN"},
		// A title of several words opening a sentence before its
		// holder's name, but not an adjective before a name's title.
		{"Chief Cabinet Secretary Minoru Kihara told reporters that Tokyo had asked Beijing to act.", "Secretary", "PROPN"},
		{"Former Clinton Senior Adviser Sidney Blumenthal said he had no idea.", "Former", "ADJ"},
		// A chief before a person's name is the title.
		{"UN humanitarian chief Tom Fletcher said the famine could have been prevented.", "chief", "NOUN"},
		// A national with no noun after is a person.
		{"Security forces arrested two generals and a French national last week.", "national", "NOUN"},
		{"He played for the French national team.", "national", "ADJ"},
		// A headline's verb after a plural name.
		{"Houthis claim missile attack on Israel's Ramon airport", "claim", "VERB"},
		// What a numbered ordinal opens is a noun phrase.
		{"EU agrees 19th sanctions package against Russia", "package", "NOUN"},
		// A dateline's place in capitals, and a particle inside a name.
		{"DAR ES SALAAM, Dec 4 (AFP) - Police arrested him.", "SALAAM", "PROPN"},
		{"PORT-AU-PRINCE (AP) — Police arrested him.", "PORT", "PROPN"},
		// A headline's second verb before an infinitive.
		{"Argentina's Milei meets Netanyahu, pledges to move embassy", "pledges", "VERB"},
		// A noun in -s after "that" and a time after a report verb.
		{"Ruto said on Monday that talks with Ethiopia over the dam were progressing well.", "talks", "NOUN"},
		// "ruling" before the body it qualifies.
		{"Niger's ruling military junta said on Saturday it had revoked the accord.", "ruling", "ADJ"},
		{"The ruling military junta said it had revoked the accord.", "ruling", "ADJ"},
		// The verb after a name set off by commas, with none before.
		{"Ukraine's commander of drone forces, Robert Brovdi, posted on Facebook that the pipeline was a legitimate target.", "posted", "VBD"},
		{"The envoy, Ali Hassan, appointed in March, was expelled.", "appointed", "VBN"}, // a participle when a comma closes it before the verb
		// A first word before a plural and its tensed verb is no imperative.
		{"Protest leaders vowed to keep marching until the government resigns.", "Protest", "NOUN"},
		// A headline's plural verb before a present tense that is a noun.
		{"Sudan's army chief rejects talks with RSF", "rejects", "VERB"},
		{"Sudan's army chief rejects talks with RSF", "talks", "NOUN"},
		// A point of the compass ending a noun phrase is a noun.
		{"Kosovo police took over several offices in the ethnic Serb-dominated north, a move Belgrade condemned.", "north", "NOUN"},
		// A first word before a tensed verb is no interjection.
		{"Hezbollah says it fired rockets at Israeli base", "Hezbollah", "PROPN"},
		// A preposition of place before a participle and a noun, as a
		// headline drops the article, is no adverb.
		{"Thai and Cambodian troops exchange fire along disputed border", "along", "ADP"},
		{"Inside many Iowa churches, Carson enjoys exalted status.", "Inside", "ADP"},
		// A capitalized first word before a name is no preposition,
		// unless it is one ("Despite"), nor a pronoun ("Everything").
		{"Wang Yi, China's top diplomat, called the deal a victory for dialogue.", "Wang", "PROPN"},
		{"Everything Trump says is a lie unless proven otherwise.", "Everything", "PRON"},
		{"Despite Iran's denials, the agency said the site was active.", "Despite", "ADP"},
		// "state" before a singular noun with no article is a noun.
		{"Maduro said he would grant licenses to state oil company PDVSA to explore for oil.", "state", "NOUN"},
		{"Maduro said he would grant licenses to state oil company PDVSA to explore for oil.", "to", "ADP"},
		// A word in -s before "had" or a modal is a plural noun, unless
		// its subject is right before it.
		{"Army spokesman Nabil Abdullah said in a statement that troops had \"crushed the enemy's fighters\" in the area and seized large quantities of equipment and weapons.", "troops", "NOUN"},
		{"Obama made no effort to introduce a carbon tax, which he favors but says would never win support in Congress.", "says", "VERB"},
		{"It is a trend that the foundation predicts will continue for the next few years.", "predicts", "VERB"},
		// A word quoted right after a modal is a verb.
		{"Beijing warned it would \"crush\" any attempt at formal independence.", "crush", "VERB"},
		{"It urged Ottawa to \"correct its mistakes\" and lift the levies.", "correct", "VERB"},
		// The report after a citing phrase is the sentence's verb; a
		// noun opening what was reported is no past tense.
		{"The New York Times, citing two unnamed European officials, reported last week that satellite images showed renewed activity.", "reported", "VBD"},
		{"The New York Times, citing two unnamed European officials, reported last week that satellite images showed renewed activity.", "satellite", "NOUN"},
		// "to" before a name is a preposition, not a subordinator.
		{"Hayashi said Tokyo had conveyed its serious concern to Beijing through diplomatic channels.", "to", "ADP"},
		// A capitalized noun inside a name a small word leads to, not in
		// the title that opens a sentence.
		{"Armenia has frozen its participation in the Collective Security Treaty Organization, Prime Minister Nikol Pashinyan said.", "Security", "PROPN"},
		{"Chinese Vice Premier He Lifeng, who led Beijing's delegation, described the talks as candid.", "Premier", "NOUN"},
		{"The U.S. embassy in Dar es Salaam said it was concerned.", "es", "PROPN"},
		// A sentence's first word the document capitalizes after a
		// lowercase word elsewhere, and never writes in lowercase.
		{"Trump called on Israel to stop bombing Gaza. Hamas welcomed the call by Trump.", "Trump", "PROPN"},
		{"Trump called on Israel to stop bombing Gaza. It was his trump card, said Hamas.", "Trump", "NOUN"},
		{"Thailand's army said its soldiers had fired warning shots.", "warning", "NOUN"},
		// A gerund before "of" is a noun, but for the verbs that take it.
		{"Clashes erupt in Tripoli after killing of militia leader", "killing", "NOUN"},
		{"He was thinking of running for office.", "thinking", "VERB"},
		{"Tusk told parliament it was a provocation. Poland will close crossings from Friday, Prime Minister Donald Tusk said.", "Tusk", "PROPN"},
	} {
		d := article.FromText(tc.text)
		p.Analyze(d)
		s, i := findWord(d, tc.text[:10], tc.word)
		if i < 0 {
			t.Fatalf("%q: no word %q", tc.text, tc.word)
		}
		if w := s.Words[i]; w.UPOS != tc.tag && w.XPOS != tc.tag { // a universal tag, or a PTB one where that tells
			t.Errorf("%q: %s is %s/%s, want %s", tc.text, tc.word, w.UPOS, w.XPOS, tc.tag)
		}
	}
}

// TestRepairedAttachments: parses the greedy parser gets wrong and the
// pipeline mends. A coordination cut in two is joined ("a source" had
// been a second subject of "proposed"); the source of "according to" is
// an oblique of the clause, not a conjunct of the noun before it; a name
// taken for a fronted clause of "said" is its subject, and the
// predicate under the later "subject" its complement; a name and a
// plural noun between commas ("Axios reports") are a parenthetical
// clause, not a noun phrase; a finite verb after "and" is a conjunct of
// the verb before it, not of that verb's object, and takes the
// complement after it.
func TestRepairedAttachments(t *testing.T) {
	const (
		officials              = "According to multiple US officials and a source with direct knowledge cited by Axios, Erdogan proposed the idea."
		diplomats              = "Foreign ministers of three countries discussed the proposal by phone, according to diplomats briefed on the calls."
		sessions               = "Alabama Sen. Jeff Sessions, a prominent Trump supporter, said Clinton’s acceptance of donations from those seeking her assistance was akin to extortion."
		axios                  = "Trump and Erdogan planned secret US-Iran talks in Istanbul, Axios reports, but Iran canceled after the talks could not be approved."
		comey                  = "FBI Director James Comey said the investigation was closed."
		accused                = "US officials accused Iran of lying."
		former                 = "Former Florida Gov. Jeb Bush says he is ending his bid."
		condemned              = "The European Union condemned the attack and called on Moscow to withdraw its troops."
		sudanEnvoy             = "Sudan's envoy, Al-Harith Idriss, thanked Russia."
		warBetween             = "The war between Sudan's military and the paramilitary Rapid Support Forces began in April 2023."
		atMeeting              = "The U.N. nuclear watchdog's Board of Governors on Thursday passed a resolution declaring Iran in breach of its non-proliferation obligations for the first time in almost 20 years, diplomats at the closed-door meeting said."
		warWaged               = "They met in Istanbul, aiming to explore a diplomatic resolution to the escalating war the Israeli occupation is waging on Iran."
		toldReuters            = "Saudi Arabia and Israel have held secret talks on a U.S.-brokered normalization agreement, three people familiar with the discussions told Reuters, a sign that Riyadh may be softening its demand for a Palestinian state."
		officialsAnd           = "Kyiv has repeatedly warned that Russia is planning attacks on European infrastructure, and Ukrainian officials said on Thursday they would share intelligence with Warsaw."
		chinese                = "Chinese Foreign Minister Wang Yi met his Brazilian counterpart and pledged to deepen cooperation."
		israels                = "Israel's Prime Minister Benjamin Netanyahu said Israel would not end the war."
		meetIsraeli            = "He will meet Israeli Prime Minister Benjamin Netanyahu."
		threatened             = "Leaders suspended Mali and threatened sanctions."
		riotPolice             = "Georgian riot police used water cannon and tear gas early Sunday to disperse thousands of protesters."
		untilCalled            = "Opposition leader Nika Melia told The Associated Press that protests would continue \"until new elections are called.\""
		seizePower             = "Soldiers seize power in Guinea-Bissau, detain president"
		opecSources            = "Saudi Arabia is considering a pause after prices fell to their lowest level in four years, three sources familiar with the kingdom's thinking told Reuters."
		swapSaid               = "Russia and Ukraine exchanged 84 prisoners of war each on Friday in a deal brokered by the United Arab Emirates, officials in both countries said, hours after a Russian missile strike on the northeastern city of Sumy killed at least nine civilians."
		alongside              = "Zelenskyy, speaking in Kyiv alongside Finnish President Alexander Stubb, said Russia was \"not interested in peace.\""
		insisting              = "Russia has repeatedly denied targeting civilians, insisting it only strikes military infrastructure."
		toldAfter              = "\"China's provocations undermine peace and stability in the region,\" ministry spokesperson Sun Li-fang told reporters in Taipei."
		theater                = "The Eastern Theater Command of the People's Liberation Army said the exercises were a warning."
		accusedQuote           = "Lin Jian accused Washington of \"sending the wrong signal\" by allowing Lai to transit through U.S. territory and warned that China would \"take resolute measures.\""
		televised              = "General Horta N'Tam, who was sworn in as transitional president on Thursday, said in a televised address that the army had acted to prevent \"a plot to destabilize the country\" and promised to hold elections within a year."
		suspended              = "West African leaders suspended Guinea-Bissau from the regional bloc on Thursday."
		relative               = "President Salome Zourabichvili, who is at odds with the ruling party, said she would veto the bill."
		anonymous              = "A senior administration official, who spoke on condition of anonymity, said no decision had been made."
		wednesday              = "Russian forces shelled Kharkiv overnight, killing three civilians and wounding 12, Ukrainian officials said Wednesday."
		familiar               = "Officials familiar with the discussions said talks would resume."
		briefed                = "Three people briefed on the talks said Hamas had accepted the proposal."
		close                  = "An official close to the negotiations said the ceasefire would hold."
		union                  = "At least 17 people were killed, according to a local doctors' union."
		reagan                 = "For Trump, according to Ronald Reagan's former education secretary William J. Bennett, Monday's speech represents a test."
		unnamed                = "The official, who declined to be named because he was not authorised to speak to the media, said a further exchange was being prepared."
		address                = "Zelenskiy said in his nightly video address that 95 Ukrainian soldiers had returned home."
		urged                  = "The leaders of France, Germany, Britain and Poland had urged Russian President Vladimir Putin on Monday to agree to the ceasefire or face tougher sanctions."
		asksGuterres           = "It also asks U.N. Secretary-General Antonio Guterres to report on its implementation within 30 days."
		drafted                = "The resolution, drafted by France, calls on both sides to respect the 2006 truce and urges Israel to withdraw its troops from southern Lebanon."
		counted                = "The European Union imposed sanctions on Tuesday on 25 Belarusian officials, including judges and prison chiefs."
		metBurns               = "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met CIA Director William Burns in Doha on Wednesday, a diplomat said."
		irna                   = "According to the state news agency IRNA, Supreme Leader Ayatollah Ali Khamenei met with senior military commanders on Saturday."
		sunday                 = "Iran will continue to enrich uranium, Foreign Minister Abbas Araghchi said Sunday, rejecting a U.S. demand that Tehran give up enrichment."
		pentagon               = "Pentagon chief Lloyd Austin said the strikes would continue."
		until                  = "Israel's Prime Minister Benjamin Netanyahu said Israel would not end the war until Hamas was defeated."
		dar                    = "Pakistan's Foreign Minister Ishaq Dar confirmed the truce in a post on X."
		guterres               = "The United Nations Secretary-General Antonio Guterres welcomed the ceasefire and called on both countries to resolve their differences through dialogue."
		statement              = "The army released a statement, saying the strike hit a weapons depot."
		sighted                = "Hours later, the Indian army accused Pakistan of violating the agreement, saying drones had been sighted over Srinagar."
		accusedOf              = "The package imposes travel bans on senior officials of Russia's defence ministry accused of organising the deportation of children."
		fdic                   = "FDIC Accused Of Covering Up China Hacking To Protect Chairman's Job"
		fico                   = "Slovakia's Prime Minister Robert Fico said his government would not block the package but warned that energy prices could rise."
		hunManet               = "Cambodian Prime Minister Hun Manet said Thailand had launched \"unprovoked and premeditated\" attacks and called on the U.N. Security Council to convene an urgent meeting."
		onX                    = "U.S. Ambassador MaryKay Carlson said on X that Washington \"stands with our Philippine ally\" and called on China to respect international law."
		calledPast             = "Officials said Russia attacked the town and called on residents to leave."
		calledDonor            = "Canova said he has not held fundraising dinners and never called a donor to ask for money."
		formally               = "Betsy McManus told POLITICO last fall that he’d wait until a nominee had been formally selected to weigh in."
		crash                  = "Aliyev accused Russia of trying to cover up the cause of the crash, which killed 38 people."
		grewInto               = "The protests began on Sept 25 over water cuts and grew into calls for Rajoelina to resign."
		russianSaid            = "Russian President Vladimir Putin said he would travel to Washington."
		upTo                   = "Trump later said on Fox News that it was now up to Zelenskiy \"to get it done\" and that he would not impose new sanctions."
		including              = "European leaders, including French President Emmanuel Macron and German Chancellor Friedrich Merz, said Ukraine needed guarantees."
		declaredWinner         = "Cameroon's Biya declared winner of presidential election as protests turn deadly"
		modiXi                 = "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed on Sunday that their countries were development partners rather than rivals."
		navarro                = "Trump's trade adviser Peter Navarro had earlier accused India of profiteering from Russian oil."
		thirdDay               = "Drones struck fuel depots in Port Sudan on Tuesday, the third straight day of attacks on the city, officials said."
		sinceApril             = "The RSF, which has been at war with the army since April 2023, did not immediately comment."
		urgingIran             = "\"The door to diplomacy is not closed,\" British Foreign Secretary Yvette Cooper said, urging Iran to allow U.N. inspectors back."
		warIsOver              = "\"The war is over,\" Trump told lawmakers, calling the day \"the historic dawn of a new Middle East.\""
		laterSaid              = "Trump had given Kyiv until Thursday to accept the plan but later said the deadline could be extended."
		agedSon                = "Paz, 58, the son of former president Jaime Paz Zamora, has promised to end fuel shortages."
		remarkCalled           = "Navarro called the war in Ukraine Modi's war, a remark New Delhi called unacceptable."
		thankedVoters          = "Sandu said the result showed that Moldovans had chosen a European future and thanked voters for resisting the pressure."
		accessionTalks         = "Georgia's bid to join the EU has been effectively frozen since last year, when the government suspended accession talks."
		notInvited             = "Ukrainian President Volodymyr Zelenskiy, who was not invited to the talks, said he would travel to Washington."
		huangyan               = "The vessels intruded into waters around the shoal, which Beijing calls Huangyan Island."
		represented            = "She won New York, which she represented for eight years in the Senate."
		believes               = "He criticized Trump for alienating Hispanics, which he believes will make it impossible to win."
		gabon                  = "Military officers in Gabon said on Wednesday they had seized power and placed President Ali Bongo under house arrest, hours after the electoral commission declared him the winner of a disputed election."
		officer                = "\"We have decided to defend peace by putting an end to the current regime,\" said one officer, reading a statement on behalf of a body calling itself the Committee for the Transition."
		johnson                = "A spokesperson for House Speaker Mike Johnson said the speaker would not bring it to a vote."
		saudi                  = "Saudi Arabia, which has been in peace talks with the Houthis, called for restraint and said it was following the situation with great concern."
		houthi                 = "A Houthi spokesman, Mohammed Abdulsalam, said the strikes were unjustified."
		allies                 = "North Korea has conducted dozens of missile tests since 2022 and has rejected offers of talks from Seoul and Washington, saying the allies must first end what it calls their hostile policies."
		seoul                  = "North Korea fires ballistic missile toward Sea of Japan, Seoul says"
		refugees               = "More than 12 million people have fled their homes since the war began in April 2023, according to the U.N. refugee agency."
		qatari                 = "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told a news conference in Doha that talks had stalled."
		asTehran               = "EU imposes sanctions on Iranian drone makers as Tehran summons envoys"
		asTalks                = "Israel strikes Gaza as talks stall in Cairo"
		callsFor               = "The European Union called for Israel to halt its offensive."
		callsFriday            = "Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign."
		urgedEU                = "Ukraine's President Volodymyr Zelenskiy welcomed the move and urged the EU to go further."
		itAccused              = "The European Union imposed sanctions on four Iranian officials it accused of supplying drones to Russia."
		itsChiefs              = "Its defence chiefs agreed on a possible date for an intervention, but did not disclose it."
		toldToLeave            = "Russia told two Estonian diplomats to leave."
		coastGuard             = "Chinese coast guard ships fired water cannon at two Philippine government vessels on Monday, the Philippine coast guard said."
		treaty1951             = "The United States reaffirmed that its 1951 mutual defence treaty with the Philippines extends to armed attacks."
		moraes                 = "Justice Alexandre de Moraes, who oversaw the case, said Bolsonaro had led a criminal organization."
		itsOffensive           = "The EU urged that Israel halt its offensive and withdraw its troops."
		m23                    = "The M23 rebel group, which Congo and United Nations experts say is backed by Rwanda, seized the city of Goma."
		threeSaid              = "The three countries said in a letter to the U.N. Security Council that Iran had amassed a stockpile of enriched uranium."
		nations                = "The United Nations Secretary-General Antonio Guterres called for an immediate ceasefire."
		targeted               = "The RSF denied the accusation, saying its forces had targeted army positions near the camp."
		oneOf                  = "Badr Albusaidi handed the letter to Abbas Araghchi during a visit to Tehran on Saturday, one of the sources said."
		kyiv                   = "Russian missiles and drones struck Kyiv overnight, killing at least 12 people and wounding 48, Ukrainian officials said Thursday, in one of the largest attacks on the capital this year."
		poland                 = "Poland scrambled fighter jets as a precaution, its military said."
		treasury               = "The United States on Friday imposed sanctions on eight Venezuelan officials it accused of undermining the country's presidential election, the Treasury Department said, as Nicolas Maduro was sworn in for a third term in Caracas."
		stalled                = "Qatar said on Tuesday that negotiations on a ceasefire in Gaza had stalled, a day after Israeli air strikes killed at least 40 people in the enclave, according to Palestinian health officials."
		leaders                = "Leaders of the Economic Community of West African States, meeting by video link, demanded the immediate release of Embalo."
		dias                   = "Opposition candidate Fernando Dias, who says he won Sunday's presidential election, accused Embalo of staging the coup to avoid defeat."
		broaddrick             = "Juanita Broaddrick, who said Clinton raped her in 1978, recounted the incident on the radio."
		due                    = "The launch came as U.S. Secretary of State Marco Rubio was due to meet his South Korean counterpart Cho Hyun."
		setTo                  = "Trump is set to meet Xi in Seoul."
		resident               = "\"They killed everyone they found in the market,\" a resident who fled to the town told Reuters by phone, asking not to be named."
		twoSources             = "Suspected jihadist fighters killed at least 27 civilians in an attack on a village in northern Burkina Faso on Wednesday, two security sources and a local official said on Thursday."
		mali                   = "Mali and Niger, which are also ruled by military juntas, announced last year that they would withdraw from ECOWAS."
		bothSides              = "Russian and Ukrainian negotiators agreed on Monday to exchange all severely wounded prisoners, but made no progress toward a ceasefire at their second round of direct talks in Istanbul, officials from both sides said."
		urgedFund              = "Salam urged the international community to help fund the army."
		wantWay                = "I just want a simple way to get a good haircut."
		deniesPlans            = "Eritrea denies plans to attack Ethiopia as tensions rise over sea access"
		gapped                 = "At least 11 people had been killed and hundreds arrested, the group said."
		whoseCountry           = "French President Emmanuel Macron, whose country helped broker the truce along with the United States, called the strikes \"unacceptable\" and said he would speak with Netanyahu."
		fidanHosted            = "Turkish Foreign Minister Hakan Fidan, who hosted the talks, said both sides had agreed in principle to meet again."
		vetoed                 = "The United States on Wednesday vetoed a U.N. Security Council resolution demanding an immediate and permanent ceasefire in Gaza, saying it would undermine negotiations."
		canopy                 = "The demonstrations began in November after a concrete canopy at a railway station in the northern city of Novi Sad collapsed, killing 16 people."
		freedAnd               = "Hamas freed three Israeli hostages in Gaza on Saturday and Israel released 183 Palestinian prisoners."
		brokeredBy             = "The ceasefire, brokered by Egypt, Qatar and the United States, took effect on Jan. 19."
		prisonersClub          = "The Palestinian Prisoners' Club said several of the men needed hospital treatment after being beaten by guards, an accusation Israel's prison service denied."
		hostedBy               = "The talks were hosted by Iraqi Prime Minister Mohammed Shia al-Sudani, two of the sources said."
		briefedAfter           = "\"Both sides want to avoid a return to full-scale war, but there are still big gaps,\" said one regional official briefed on the meetings."
		latestSign             = "Saudi and Iranian officials held secret talks in Baghdad last month to explore ways to extend a truce in Yemen, four sources familiar with the matter told Reuters, in the latest sign of a thaw between the regional rivals."
		petroFriday            = "Colombian President Gustavo Petro on Friday suspended peace talks with the ELN rebel group, accusing it of war crimes."
		sharaa                 = "Syria's interim President Ahmed al-Sharaa, whose rebel forces ousted Bashar al-Assad in December, said Damascus did not want a conflict."
		stateMedia             = "Israeli warplanes struck military sites near Damascus on Tuesday, Syrian state media reported, hours after Israel's defence minister warned the new authorities."
		bothSaid               = "Russia and Ukraine exchanged prisoners on Friday, officials in both countries said, hours after a Russian missile strike on Kyiv killed at least nine civilians."
		fightUntil             = "Burhan vowed to fight on until the Rapid Support Forces (RSF) withdrew from all cities."
		dealingBlow            = "Sudan's army on Sunday rejected a proposal for a 60-day humanitarian truce, two diplomats involved in the talks said, dealing a blow to efforts to end the war."
		chargedWith            = "Poland ordered three Russian diplomats to leave the country after prosecutors charged two men with planning arson attacks, Sikorski said."
		nearBorder             = "Polish police arrested the two suspects, a Ukrainian and a Belarusian citizen, last month near the border with Belarus, officials said."
		calledArrests          = "President Salome Zourabichvili, who has sided with the protesters, called the arrests \"political persecution.\""
		blamingOpp             = "Prime Minister Irakli Kobakhidze defended the crackdown, saying the police had acted \"with restraint\" and blaming the opposition for the violence."
		briefedOn              = "Oman's foreign minister will carry messages, according to two Iranian officials briefed on the plans."
		addingQuoted           = "Hamas has received a new proposal for a 50-day truce in Gaza, a senior Hamas official told Reuters on Saturday, adding that the group was studying it \"positively.\""
		inManila               = "The U.S. ambassador in Manila, MaryKay Carlson, condemned China's actions."
		offeredToHost          = "Brazil, which shares borders with both countries, has offered to host talks between them, two Brazilian diplomats said, speaking on condition of anonymity."
		theMove                = "The move, announced on state television, came days after French Foreign Minister Jean-Yves Le Drian described the junta as illegitimate."
		citingAdviser          = "Iran also warned against any foreign presence near its borders, Iranian state media reported, citing a senior adviser to Supreme Leader Ali Khamenei."
		callingIt              = "Pashinyan told reporters, calling the agreement historic."
		prompting              = "Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli military said, prompting Israeli airstrikes on sites in southern Lebanon."
		daysBefore             = "North Korea fired a ballistic missile into the sea on Thursday, South Korea's Joint Chiefs of Staff said, days before U.S. and South Korean forces begin joint military drills."
		quotedThenAnd          = "The council condemned the launch as a \"clear violation\" of U.N. Security Council resolutions and called on the North to stop its provocations."
		siteGroup              = "JNIM claimed responsibility for the attack in a statement released by its propaganda arm, according to the SITE Intelligence Group, which monitors jihadist websites."
		backedBy               = "Belgrade, backed by Russia and China, has refused to recognize Kosovo."
		thatTalks              = "Dobrindt said on Wednesday, adding that talks with the Taliban administration on the issue were under way."
		toldBild               = "Dobrindt told the Bild newspaper that a charter flight carrying 28 offenders had left Leipzig for Kabul early on Friday."
		jointOfficials         = "The United States and China agreed on Wednesday to extend a pause on steep tariffs for another 90 days, officials from both countries said in a joint statement after two days of talks in London."
		xinhua                 = "He Lifeng said Beijing was willing to work with Washington to \"manage differences properly,\" according to the official Xinhua news agency."
		rightsGroups           = "Police in Kenya opened fire on protesters who stormed parliament in the capital, Nairobi, on Tuesday, killing at least five people, according to a coalition of rights groups."
		putinKim               = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defense pact in Pyongyang on Wednesday."
		launchedFrom           = "Pakistani security forces killed 30 militants trying to cross into the country from Afghanistan, the military said on Sunday, accusing the Taliban government in Kabul of failing to stop attacks launched from its soil."
		furtherDelaying        = "Myanmar's military government extended a state of emergency by six months on Wednesday, state media said, further delaying an election it has promised since seizing power in 2021."
		shadowNUG              = "The shadow National Unity Government, formed by ousted lawmakers, called the extension illegitimate."
		calledBrilliant        = "President Volodymyr Zelenskiy called the operation \"brilliant\" and said it had been prepared for more than a year."
		describingMeeting      = "Maduro's government agreed to receive deportation flights, a U.S. official said on condition of anonymity, describing the meeting as productive."
		envoyTold              = "The deal was reached by delegations from the Tripoli-based Government of National Unity and the eastern-based administration backed by commander Khalifa Haftar, UN envoy Hanna Tetteh told reporters."
		agreeToCeasefire       = "Thailand and Cambodia agree to ceasefire after five days of border clashes"
		officialTold           = "Armenia will grant the United States development rights to a route, a senior U.S. official told reporters."
		houthiRun              = "Houthi-run Al-Masirah TV said the Israeli strikes on Sanaa airport destroyed three civilian planes."
		kimLastWeek            = "Kim Yo Jong, the powerful sister of leader Kim Jong Un, last week denounced joint military drills by the United States and South Korea as a rehearsal for invasion."
		blinkenSaid            = "Blinken, speaking at a news conference with his South Korean counterpart Cho Tae-yul, said the launch violated multiple U.N. Security Council resolutions."
		spokesmanComma         = "A spokesman for the rebel alliance, Lawrence Kanyuka, said the group would continue talks."
		saysItShot             = "India strikes Pakistan after Kashmir attack; Pakistan says it shot down Indian jets"
		mediaWing              = "The army's media wing said Pakistani troops had fired artillery across the Line of Control."
		dayBeforeDue           = "The attack came a day before Russian and Ukrainian delegations were due to hold a second round of direct peace talks in Istanbul."
		killingBefore          = "The U.S. military struck a vessel off the coast of Venezuela on Tuesday, killing six people that it said were drug traffickers, Defense Secretary Pete Hegseth said."
		peopleKilled           = "Colombia's President Gustavo Petro said one of the people killed in an earlier strike was a Colombian fisherman."
		whoIsAllied            = "Salome Zourabichvili, the country's former president, who is allied with the opposition, urged supporters to remain peaceful."
		mostOfWhich            = "Opposition parties, most of which boycotted the vote, said the results did not reflect the will of the people."
		trumpSaidDeal          = "Israel and Hamas have signed off on the first phase of a plan to end the war in Gaza, U.S. President Donald Trump said on Wednesday, a deal under which the group will free the hostages."
		mustAndProposed        = "French President Emmanuel Macron said Europe must keep up pressure on Moscow and proposed new sanctions if Russia refused to agree to a ceasefire."
		calledPutin            = "Trump told reporters he had called Putin and begun arranging a meeting between the two leaders."
		whoLedOnX              = "Pakistani Defence Minister Khawaja Asif, who led his country's delegation, said on X that the two sides would meet again in Istanbul."
		juntaOrders            = "Mali's junta orders French ambassador to leave within 72 hours"
		leDrianLastWeek        = "French Foreign Minister Jean-Yves Le Drian last week called the junta \"illegitimate\" and accused it of taking \"irresponsible measures.\""
		usAndChina             = "The United States and China agreed on Monday to slash reciprocal tariffs for an initial 90 days, U.S. Treasury Secretary Scott Bessent said."
		stocksRallied          = "Stocks rallied around the world on news of the agreement."
		killingAdverbial       = "Israel carried out air strikes on several towns in southern Lebanon on Saturday, killing at least seven people, Lebanon's health ministry said."
		landThat               = "Ukraine would never give up land that Russian forces have been unable to capture."
		russiaAlly             = "Russia, Serbia's traditional ally, blamed the West for the crisis."
		urgedCriticised        = "The United States and the European Union urged Kosovo to de-escalate and criticised Kurti's government for forcing the installation of the mayors."
		offeredToMediate       = "The African Union urged both countries to exercise restraint and offered to mediate."
		dayMarkedVerb          = "Colombian President Gustavo Petro on Friday suspended peace negotiations with the National Liberation Army (ELN) after the rebel group attacked a military base in the northeast, killing nine soldiers."
		adjectiveRootVerb      = "Colombian President Gustavo Petro suspended peace negotiations with the rebels after the rebel group attacked a base."
		guarantorNorway        = "Norway, one of the guarantor countries, expressed regret at the decision and called on both sides to keep channels open."
		accusedVessels         = "The Philippines on Sunday accused Chinese coast guard vessels of ramming and firing water cannon at a Philippine supply boat near Second Thomas Shoal, injuring four sailors."
		tianiRelative          = "General Abdourahamane Tiani, who seized power in July, has rejected any timetable imposed from outside and has expelled French troops from the country."
		threatPosed            = "Siemoniak said, citing a surge in migrants and the threat posed by Russian and Belarusian military exercises."
		relativeSaid           = "A South Korean official, speaking on condition of anonymity because he was not authorized to brief reporters, said no new agreement had been reached on compensation."
		intentOnDay            = "Japan and South Korea agreed on Saturday to strengthen security cooperation and to hold regular summits."
		hopedFor               = "His advisers have hoped for a strong finish to put him ahead."
		threatUnless           = "The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin closed its radar base in the republic."
		knownAsE3              = "The three European countries, known as the E3, accused Iran of failing to comply with the 2015 nuclear deal and said they had exhausted diplomatic efforts."
		israeliAndUS           = "Iran has restricted cooperation with the agency since Israeli and U.S. strikes on its nuclear sites in June."
		secondThat             = "U.S. President Donald Trump, who arrived in Israel on Monday, told the Knesset that the war was over and that a \"historic dawn\" had come to the Middle East."
		calledAfterHurt        = "Student organizers said dozens of protesters had been hurt and called on citizens to join a general strike on Monday."
		rateOnGoods            = "China said it would impose additional tariffs of 34% on all goods imported from the United States."
		colonialPower          = "Portugal, the former colonial power, called for calm and a swift return to constitutional order."
		openIfDropped          = "Kim said he was open to talks with the United States if Washington dropped its demand, but ruled out any dialogue with South Korea."
		kimRejects             = "North Korea's Kim vows to expand nuclear arsenal, rejects talks with Seoul"
		envoyBarrack           = "Israel and Syria are close to a deal, U.S. envoy Tom Barrack said on Thursday."
		talksThat              = "Syrian President Ahmed al-Sharaa told reporters in Damascus that talks with Israel were ongoing."
		wouldSee               = "Israel and Syria are close to an agreement that would see Israel halt air strikes on Syrian territory."
		urgedWarning           = "Human Rights Watch urged the juntas to reconsider, warning that the move would leave victims without recourse."
		bureauMember           = "Houthi political bureau member Mohammed al-Bukhaiti said Yemen would respond to escalation with escalation."
		womenAmongDead         = "The Houthi-run health ministry said women and children were among the dead in the capital Sanaa."
		tollBeforeSpeaker      = "The U.S. military carried out a strike on a vessel allegedly carrying drugs off the coast of Venezuela on Tuesday, killing three people, Defense Secretary Pete Hegseth said, the latest in a series of attacks that legal experts say may violate international law."
		daysBeforeSaid         = "India and Pakistan agreed on Saturday to an immediate ceasefire after four days of missile and drone strikes, following talks brokered by the United States, officials in both countries said."
		postedVideo            = "Imamoglu said in a video posted on social media that he would not surrender."
		helpingFight           = "The African Union mission, which is helping the government fight the insurgents, condemned the assault."
		severalPolling         = "Resistance forces attacked several polling stations in Sagaing region, according to local media."
		possessedConjunct      = "Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai met in Putrajaya for talks."
		icjOrder               = "The court ordered Venezuela to refrain from any action that would modify the situation in the area, according to a statement from the court."
		weaverSays             = "His campaign manager says it's proof he can close the gap in delegates, which stood at 263, according to the Associated Press."
		stopSupplies           = "UN Secretary-General Antonio Guterres called on both parties to return to talks and urged countries with influence over them to stop supplying weapons."
		crackdown              = "The European Union on Monday imposed sanctions on 25 Belarusian officials, including the interior minister, over a violent crackdown on protesters that followed last month's disputed presidential election, the bloc's foreign policy chief said."
		brussels               = "Having fled Afghanistan in early March, the couple worried that the Brussels attacks would further harden European attitudes toward migrants."
		brokered               = "Israel freed 200 Palestinian prisoners hours later, in the second exchange under a ceasefire brokered by Qatar, Egypt and the United States."
		reporters              = "No one was injured, but the BRP Datu Pagbuaya suffered damage to its hull, Philippine coast guard spokesperson Jay Tarriela told reporters."
		linJian                = "A spokesperson for China's foreign ministry, Lin Jian, urged Manila to stop provocations."
		warring                = "Sudan's warring army and paramilitary Rapid Support Forces signed a week-long ceasefire on Saturday after talks brokered by Saudi Arabia and the United States."
		euSanctions            = "The EU imposed sanctions on Russia."
		solidarity             = "The European Union and NATO both expressed solidarity with Warsaw."
		truce                  = "Sudan's army and the paramilitary Rapid Support Forces agreed on Wednesday to a one-week humanitarian truce to let aid reach the besieged city of El Fasher, Saudi and U.S. mediators said, though residents reported fresh shelling hours after the announcement."
		warOver                = "U.S. President Donald Trump declared that \"the war is over\" and urged Arab states to help rebuild Gaza."
		deniedSaid             = "Iranian Foreign Ministry spokesman Esmaeil Baghaei denied that Iran had sent any ballistic missiles to Russia and said the accusations were based on false intelligence."
		brokeredIn             = "Previous ceasefires brokered in Jeddah collapsed within days."
		announcedIn            = "Talks collapsed last year, and a US-brokered ceasefire announced in August never took hold."
		announcedRoot          = "A ceasefire announced in August never took hold."
		ifAttackedOfficial     = "Iran threatens to close Strait of Hormuz if attacked, official says"
		clashedMinistrySaid    = "Thousands of protesters clashed with riot police outside parliament in Tbilisi late on Sunday, hurling fireworks and stones as officers responded with water cannon and tear gas, the interior ministry said."
		asParadeRolled         = "Friday morning, as the Rose Bowl parade rolled through Pasadena, CNN reported at least six skywriting planes filled the skies with anti-Trump messages."
		memoMook               = "In a memo released as polls closed Tuesday, Clinton campaign manager Robby Mook acknowledged the former secretary of State and Sanders had split the first two contests."
		supplyUkraineSikorski  = "Investigators concluded that Russian military intelligence was behind a blast on a railway line used to supply Ukraine, Foreign Minister Radoslaw Sikorski said."
		mediatorsPressure      = "Hamas spokesman Hazem Qassem said Israel was trying to sabotage the deal and called on the mediators, Egypt and Qatar, to pressure Netanyahu to honour it."
		guineaBissau           = "Army officers in Guinea-Bissau said on Wednesday they had seized power."
		lopezCantera           = "If he were elected to the U.S. Senate, Lt. Gov. Carlos Lopez-Cantera would support doling out federal funding."
		blocECOWAS             = "The African Union and the regional bloc ECOWAS condemned the coup."
		hiroAida               = "Japanese journalist and author Hiro Aida said the timing was insensitive."
		hundredsOf             = "Hundreds of thousands of people rallied in Istanbul and other cities for a fifth night, defying a ban on demonstrations."
		itOpposed              = "China said it opposed \"bloc confrontation\" and called for a negotiated settlement."
		urgedBeijing           = "A State Department spokesperson said the sale was consistent with the Taiwan Relations Act and urged Beijing to engage in meaningful dialogue with Taipei."
		toldReuters2           = "China is considering sanctions on several U.S. defense contractors after Washington approved a $1.1 billion arms sale to Taiwan, three people familiar with the matter told Reuters, in a move likely to deepen tensions."
		speakingOn             = "The commerce ministry has drawn up a list of companies that could be barred from doing business in China, one of the people said, speaking on condition of anonymity because the discussions were private."
		outgoing               = "Outgoing President Macky Sall, who did not run, also congratulated the winner."
		notApproved            = "Iran canceled after the talks could not be approved."
		unMission              = "Pakistan and Iran condemned the bombing, and the United Nations mission in Afghanistan called for the perpetrators to be brought to justice."
		retaliation            = "Hezbollah said it had targeted an Israeli army base in retaliation for the killing of one of its commanders last week."
		fayeReleased           = "Faye, a former tax inspector who was released from prison just 10 days before the vote, has promised to fight corruption."
		carriedBy              = "Kim Yo Jong warned in a statement carried by state media that the North would respond to joint drills with overwhelming force."
		tensOf                 = "Tens of thousands of protesters rallied outside Georgia's parliament for a fourth night on Sunday."
		gappedInjured          = "The interior ministry said 107 people were detained and 10 police officers injured."
		soldiersFreed          = "Russia's defence ministry said the Russian soldiers freed were being treated in Belarus before returning to Russia."
		aounCalledOn           = "Lebanese President Joseph Aoun condemned the attack and called on the United States and France, which brokered the truce, to pressure Israel to halt its strikes."
		killingGovernorSaid    = "The exchange came hours after Russian drones struck an apartment building in the city of Sumy, killing four people, regional governor Oleh Hryhorov said."
		araghchiGrossi         = "Iranian Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi signed the document in Cairo."
		saudiAndUSSaid         = "Sudan's army agreed on Friday to a truce, Saudi Arabia and the United States said in a joint statement."
		sidesHadDiscussed      = "He said the two sides had discussed deportation flights and sanctions."
		accordingWitkoff       = "According to two people familiar with the matter, U.S. envoy Steve Witkoff has been drafting a new peace framework with Russian officials."
		saidOnThursdayIf       = "Ukrainian President Volodymyr Zelenskiy said on Thursday that Kyiv was ready to hold talks with Moscow \"in any format\" if Russia stopped its attacks on energy infrastructure."
		aDayAfter              = "Israeli Prime Minister Benjamin Netanyahu said on Tuesday that Israel would never accept a Palestinian state, a day after Britain said it would recognise one in September."
		saidDeMoro             = "\"We're extremely happy\" about the decision, said RoseAnn DeMoro, executive director of National Nurses United, a union that has broken away from many other labor groups."
		saidMagel              = "\"He talks off the cuff all the time,\" said David Magel, 53, who lives in the Chicago suburbs and flew to a Trump rally Monday."
		saidHarbath            = "The Clinton approach is made possible by its resources, said Katie Harbath, Facebook's global politics and government outreach director."
		accordingExecutive     = "The deal was close, according to a publishing executive familiar with the talks."
		accordingAnalysts      = "Sanders needs to outperform, according to Democratic and independent analysts."
		shkreliArrested        = "They met Martin Shkreli, the drug company executive arrested and charged with securities fraud this month."
		askedByDickerson       = "Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's."
		announcedSaturday      = "Bernie Sanders raised more than $33 million in the last three months of 2015, his campaign announced Saturday."
		reportedOnMonday       = "The army told the villagers to flee on Friday, witnesses said."
		sanctionsOnCompanies   = "China on Friday imposed sanctions on five U.S. defense companies in retaliation for Washington's latest arms sales to Taiwan, the commerce ministry said."
		attackByOn             = "The Philippines summoned a Chinese diplomat on Tuesday to protest a water cannon attack by China's coast guard on a Philippine supply boat near the disputed Second Thomas Shoal."
		attackByDronesOn       = "The attack by Russian drones on a Ukrainian power plant killed two workers."
		meanRecognized         = "Secretary of State Marco Rubio said the visit did not mean the United States recognized Maduro as Venezuela's legitimate president."
		pollsShowBackers       = "Polls show as many as 30 percent of the senator's backers say they will not vote for the nominee."
		strikesTargeted        = "The Israeli military said the strikes targeted infrastructure that the Iran-backed group had been using to rebuild its capabilities."
		hoursBeforeDue         = "North Korea fired a ballistic missile into the sea on Monday, South Korea's military said, hours before U.S. Secretary of State Antony Blinken was due to meet his South Korean counterpart."
		quotedLeaderTold       = "\"We will not allow it,\" CHP leader Ozgur Ozel told supporters, calling on them to remain calm."
		delayingElections      = "Myanmar's military government extended a state of emergency by six months on Wednesday, state media said, further delaying elections it had promised to hold after seizing power in a 2021 coup."
		burhanOnTuesday        = "Sudan's army chief Abdel Fattah al-Burhan on Tuesday ruled out negotiations with the paramilitary Rapid Support Forces and vowed to keep fighting until the group was defeated."
		chargesRejected        = "Washington and its allies have accused Iran of harassing commercial ships in the region, charges Tehran rejects."
		campaignSaidCNN        = "The Trump campaign said the candidate will be attending events in Kansas and Florida on Saturday, CNN reported."
		witnessSaidReport      = "A witness interviewed by congressional staff said the FDIC’s current head of its technology division, Russ Pittman, instructed employees not to disclose information about the foreign government’s hack, the report said."
		reportedAfter          = "Mali's military government ordered France's ambassador to leave the country within 72 hours on Monday, state television reported, after French officials criticised the junta's decision to stay in power until 2025."
		investigationSaid      = "Bush criticized Clinton's email use, which an FBI investigation said was extremely careless."
		afterWeeks             = "Sudan's army and the paramilitary Rapid Support Forces agreed on Tuesday to a 72-hour ceasefire in the capital, Saudi and American mediators said, after weeks of fighting that has killed hundreds of civilians."
		accordingTo3           = "The administration is considering new sanctions on Venezuela, according to three U.S. officials familiar with the discussions."
		maduroRally            = "Maduro, speaking at a rally in Caracas on Wednesday, accused Washington of plotting a coup."
		oneOfficial            = "One official, who spoke on condition of anonymity because the deliberations are private, said the measures could be announced next week."
		vanceSaid              = "Vance said Washington expected allies \"to pull their weight.\""
		vanceTold              = "Vance told the audience that Washington expected allies \"to pull their weight.\""
		notInvolved            = "The United States, which was not involved in the talks, welcomed the agreement but said Iran had to honour its commitments."
		maduroVowed            = "Maduro, speaking at a rally in Caracas on Wednesday, accused Washington of plotting a coup and vowed that Venezuela would never surrender."
		saidAdding             = "Russia launched 90 drones and four ballistic missiles at Ukraine overnight, the Ukrainian air force said on Sunday, adding that air defences had shot down 40 of the drones."
		failedTo               = "EU-mediated talks between the leaders of Serbia and Kosovo collapsed on Thursday after the two sides failed to agree on how to implement a deal reached in March, the European Union's foreign policy chief Josep Borrell said."
		belonged               = "He said Mr Dar, 33, was arrested in Indian-administered Kashmir and belonged to the outlawed militant group."
		living                 = "Hamas released the last 20 living Israeli hostages on Monday under a ceasefire brokered by the United States, Egypt, Qatar and Turkey, and Israel freed nearly 2,000 Palestinian prisoners in return, officials said."
		afterAttack            = "India strikes Pakistan after Kashmir attack; Islamabad vows response"
		itTargeted             = "India launched missile strikes on nine sites in Pakistan early Wednesday, saying it targeted militant camps."
		shook                  = "Armenian Prime Minister Nikol Pashinyan shook hands with Trump."
		undergone              = "I can never forget the training undergone here."
		resortOf               = "He later travelled to the Egyptian resort of Sharm el-Sheikh, where he and the leaders of Egypt, Qatar and Turkey signed a document guaranteeing the deal."
		quad                   = "The United States, Britain, Saudi Arabia and the United Arab Emirates, known as the Quad, have proposed a three-month humanitarian truce."
		saidSunday             = "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken full control of El Fasher."
		sundayThat             = "Trump said Sunday that he believed the United States would eventually win its fight against ISIS."
		tuesdayThat            = "Hillary Clinton said Tuesday that any president would have to keep the country safe."
		thursdayHe             = "Mr. Clinton said Thursday he would leave the foundation's board if Mrs. Clinton won."
		euWarned               = "The United States suspended its strategic partnership with Georgia, and the European Union warned that the crackdown would have consequences."
		butAccused             = "Thailand's acting Prime Minister Phumtham Wechayachai said Thailand would abide by the truce but accused Cambodian troops of firing rockets at Thai villages."
		saudiUAE               = "Saudi Arabia, the United Arab Emirates and Turkey condemned the strike."
		usMilitary             = "The U.S. military struck a boat carrying drugs from Venezuela on Tuesday."
		hasAccused             = "Maduro has accused Washington of seeking to topple his government."
		stopArming             = "China demanded that Washington stop arming Taiwan."
		inverted               = "India and Pakistan agreed to a full and immediate ceasefire on Saturday after four days of missile and drone attacks that had pushed the nuclear-armed neighbours toward a wider war, U.S. Secretary of State Marco Rubio said."
		oneOfThose             = "Nika Melia, one of those sentenced, told reporters outside the court that he would not recognize the commission."
		nominee                = "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response."
		sittingGovernor        = "Christie, New Jersey's sitting governor, repeated accusations that Rubio recites the same points."
		analystsSaid           = "Mrs. Clinton, analysts said, has other reasons for not being drawn out on Syria."
		residentsSaid          = "Gunfire and explosions rang out overnight across several districts of the capital after forces loyal to Prime Minister Abdulhamid Dbeibah moved against the Radaa force, which controls Mitiga airport and a prison, residents said."
		ambassadorRecalled     = "Colombian Foreign Minister Rosa Villavicencio said the ambassador, Daniel García-Peña, had been called back to Bogota to assess the relationship."
		deniedSheltering       = "Afghanistan denied sheltering the militants and retaliated by attacking Pakistani border posts."
		facingNeeded           = "Trump laid out that the West was facing an existential threat and needed to adjust."
		saidButAdded           = "\"We have no desire to invade anyone,\" he said, but added that Ethiopia's 120 million people could not remain \"in a geographic prison.\""
		bordersBoth            = "Brazil, which borders both countries, called for calm and offered to mediate."
		trainingArming         = "He accused Serbia of training and arming the group, a charge Belgrade denied."
		heAndMinister          = "IAEA Director General Rafael Grossi told the board that he and Iranian Foreign Minister Abbas Araghchi had signed an agreement in Cairo."
		chargeDenied           = "Ukraine accused Russia of shelling the plant, a charge Moscow denies."
		claimDisputed          = "Israeli officials have said the strikes set back the program by years, a claim some analysts dispute."
		iomSaid                = "More than 10,000 people have fled the area since the attack began on Sunday, the International Organization for Migration said."
		fightingKilled         = "The United Nations mission in Libya called on Wednesday for an immediate ceasefire in Tripoli after heavy fighting between rival armed groups killed at least six people and forced the closure of the city's only functioning airport."
		eruptedAfter           = "The fighting erupted after Islamabad demanded that the Taliban rein in militants who it says operate from safe havens in Afghanistan, a charge Kabul denies."
		officialWho            = "One official, who spoke on condition of anonymity, said no decision had been made."
		officialBecause        = "A senior Pakistani security official, who spoke on condition of anonymity because he was not authorised to speak to the media, said Islamabad would judge the Taliban by their actions."
		stepDown               = "Protesters demanded that President Ruto step down."
		truceBrokered          = "The talks in Doha came after an earlier 48-hour truce, brokered by Saudi Arabia, expired on Friday."
		consulWrote            = "Japan lodged its own protest after China's consul general in Osaka, Xue Jian, wrote in a post on X that the post was deleted."
		citingRisks            = "China's foreign ministry on Friday also advised Chinese citizens to avoid travel to Japan, citing safety risks."
		sayingPeople           = "Taiwan's government rejects China's claims, saying only the island's people can decide their future."
		ministerName           = "The Taliban government was represented by its defence minister, Mullah Mohammad Yaqoob."
		viceMinister           = "Vice Foreign Minister Sun Weidong told the ambassador that the remarks were wrong."
		trumpLifted            = "Trump also lifted restrictions on defence cooperation with Azerbaijan, a U.S. official said."
		hegsethSaid            = "The U.S. military struck a vessel in the Caribbean on Tuesday that it said was carrying narcotics, killing six people, Defense Secretary Pete Hegseth said."
		jaishankar             = "Rubio said he had spoken with Prime Minister Shehbaz Sharif and Indian External Affairs Minister Subrahmanyam Jaishankar."
		wasConsidering         = "Trump said that he had authorized the CIA to conduct covert action in Venezuela and was considering strikes on land."
		accusedOpposition      = "Dacic said officers have shown restraint and accused the opposition of inciting violence."
		gerundSubject          = "Aoun has said the army will be the only armed force, but he has warned that disarming Hezbollah by force could lead to civil strife."
		studentsWho            = "Students who have led the movement accuse the government of corruption and demand early elections."
		accusedSpying          = "The Houthis accused U.N. staff of spying for the United States."
		worthMore              = "China imposed sanctions on 20 U.S. defense companies in retaliation for a U.S. arms package for Taiwan worth more than $11 billion, the Chinese foreign ministry said."
		zelenskiyWho           = "Ukrainian President Volodymyr Zelenskiy, who attended the summit, urged the bloc to move quickly."
		lastMonthThat          = "Prime Minister Sanae Takaichi said last month that a Chinese attack on Taiwan could threaten Japan's survival."
		promptingChina         = "Her remarks angered Beijing, prompting China to summon Japan's ambassador."
		andVowed               = "India accused Pakistan on Wednesday of harboring the militants behind a car bombing that killed 13 people near New Delhi's Red Fort, and vowed to hunt down those responsible."
		cairoUnderstanding     = "Araghchi said the so-called Cairo understanding with the International Atomic Energy Agency had been rendered meaningless."
		cancelPlans            = "The PRC on Tuesday demanded that the US cancel plans to sell anti-tank weapons to Taiwan."
		sinceOusted            = "Israel has seized a buffer zone in southern Syria since Assad was ousted in December and has carried out hundreds of airstrikes on military sites."
		twoSidesAgreed         = "The two sides agreed to a ceasefire."
		workersAffiliated      = "Some 500,000 workers affiliated with the Serbian Workers' Union stopped work on Monday."
		envoyForYemen          = "The U.N. special envoy for Yemen, Hans Grundberg, said he was deeply concerned."
		asUSStrikes            = "Maduro says Venezuela will defend itself as U.S. strikes boats"
		visaLastMonth          = "Washington revoked Petro's visa last month after he addressed a rally in New York."
		orderedAccusing        = "Mali's military government ordered a French diplomat to leave the country within 72 hours, accusing him of working to destabilize the state."
		forcedFighting         = "The junta expelled the French ambassador in 2022 and forced French troops fighting Islamist militants to withdraw."
		predictionLastWeek     = "He renewed that prediction last week."
		whoseCorps             = "The three countries have deepened ties with Russia, whose Africa Corps now supports the Malian army."
		onThursdayOf           = "Maduro accused the United States on Thursday of preparing an invasion."
		nextDayBy              = "Trump responded the next day by threatening to impose an additional tariff on Chinese goods."
		policeArrest           = "Georgian police arrest opposition leaders after protesters storm palace grounds"
		fourProposed           = "The United States, Saudi Arabia, Egypt and the UAE have proposed a three-month humanitarian truce."
		recoveredAccusing      = "Hamas also said it would delay the handover of the body of a hostage it had recovered, accusing Israel of breaching the deal."
		healthOfficials        = "Israeli airstrikes killed at least 30 people across the Gaza Strip on Tuesday, health officials in the enclave said, after Prime Minister Benjamin Netanyahu ordered the military to carry out powerful strikes."
		whichMediated          = "Egypt and Qatar, which mediated the deal alongside the United States, called on both sides to exercise restraint."
		calledAndSaid          = "Russia's foreign ministry called the sanctions \"counterproductive\" and said they would not change Moscow's position."
		toldItIs               = "Saudi Arabia has told the United States it is willing to discuss normalizing relations with Israel."
		whomHeMet              = "Kim said he had good memories of U.S. President Donald Trump, whom he met three times."
		killingAfterAside      = "The U.S. military has carried out at least 21 strikes on boats it says were smuggling drugs, killing at least 83 people."
		expulsionsAccused      = "Algeria's foreign ministry said the expulsions were a response to the unacceptable detention of its official and accused French Interior Minister Bruno Retailleau of seeking to sabotage relations."
		calledAndSaidAdj       = "Defense Minister Shinjiro Koizumi called the incident \"dangerous\" and \"extremely regrettable\" and said Tokyo had demanded that Beijing prevent a recurrence."
		speechToOfficers       = "Burhan said in a speech to officers that the army would fight until the RSF was defeated."
		callingAndAccusing     = "Burhan rejected a truce proposal put forward by the United States and its partners, calling it \"the worst yet\" and accusing mediators of siding with the RSF."
		rejectsHeadline        = "Sudan's army chief rejects U.S.-backed truce proposal"
		blockedDiplomats       = "Hungary has blocked a new package of European Union sanctions against Russia, diplomats said."
		inOctober              = "The RSF captured El Fasher, the army's last stronghold in Darfur, in October after an 18-month siege."
		proposedBy             = "Sudan's army-led government on Tuesday rejected a humanitarian truce proposed by the United States, Saudi Arabia, the United Arab Emirates and Egypt."
		spokeswoman            = "In a statement posted on Facebook, ministry spokeswoman Maly Socheata said Cambodia remained committed to the agreement."
		warThat                = "Thailand and Cambodia fought a five-day border war in July that killed at least 48 people."
		colombian              = "Colombian President Gustavo Petro ordered his security forces to suspend intelligence sharing with the United States."
		chargeDenies           = "Israeli officials accuse the group of deliberately delaying the return of the remaining bodies, a charge Hamas denies, saying they are buried under rubble."
		unresolved             = "Congo's government and the M23 signed a framework agreement on Saturday, though key issues remain unresolved, mediators said."
		merzSaid               = "German Chancellor Friedrich Merz said any agreement must not reward aggression, and French President Emmanuel Macron called on Russia to accept an unconditional ceasefire."
		metInAbuDhabi          = "Pashinyan met Aliyev in Abu Dhabi."
		listedHeadline         = "Armenia, Azerbaijan agree to reopen border crossings after talks in Abu Dhabi"
		relativeReported       = "Baku would not sign a peace treaty until Armenia amended its constitution, which he said contained territorial claims on Azerbaijan."
		accusedBoth            = "Human Rights Watch has previously accused Malian troops and Russian mercenaries of executing civilians during such operations, allegations the government denies."
		hasSince               = "French troops withdrew from Mali in 2022, and the junta has since turned to Russia for security assistance."
		alsoRunBy              = "Niger and Burkina Faso, also run by military governments, voiced support for Mali."
		readOnTV               = "A statement read on state television said the ambassador had made hostile remarks."
		ministryAndSources     = "An Israeli air strike on Beirut's southern suburbs on Sunday killed a senior Hezbollah commander and four other people, Lebanon's health ministry and two security sources said, the first attack on the Lebanese capital in months."
		whileSay               = "Israel says the strikes target Hezbollah fighters and weapons depots, while Lebanese authorities say dozens of civilians have been killed."
		theTwoHad              = "A government statement said the two had discussed migration, sanctions and the consequences of the blockade."
		hoursAfter             = "Venezuela released six U.S. citizens on Friday, hours after President Nicolas Maduro met U.S. special envoy Richard Grenell in Caracas, the White House said."
		usAndGovernments       = "The United States and several Latin American governments have refused to recognise Maduro's re-election."
		accusedByGroups        = "The RSF has been accused by rights groups of killing hundreds of civilians in El Fasher."
		aMoveDiplomats         = "Hours later, the RSF said in a statement that it had accepted the proposal and was ready to begin talks \"without preconditions\", a move diplomats said was aimed at deflecting international criticism."
		bothFace               = "The thaw comes as both countries face steep U.S. tariffs."
		killsUkraineSays       = "Russian drone and missile attack kills 9 in Ternopil, Ukraine says"
		policeWounded          = "Ten police officers had been wounded in the clashes."
		soldiersWounded        = "Ten soldiers were wounded in the attack."
		landmineWounded        = "Thailand suspended the agreement after a landmine wounded two Thai soldiers on the border."
		treasuryThreatened     = "The U.S. Treasury last month imposed sanctions on a Rwandan minister, and Washington has threatened further measures."
		statementKCNA          = "North Korea condemned the meeting, saying in a statement carried by the state news agency KCNA that Seoul and Tokyo were plotting to invade."
		whichLeadersSigned     = "Hun Manet urged Thailand to honour the agreement, which the two leaders signed in Kuala Lumpur last month."
		cambodianHunSen        = "Cambodian Prime Minister Hun Sen urged Thailand to talk."
		israelWhichStruck      = "Israel, which struck Iranian nuclear and military sites during a 12-day war in June, has said it will not allow Iran to rebuild its programme."
		whenTwoSigned          = "Tshisekedi met Kagame in Washington in June, when the two countries signed a peace deal brokered by the Trump administration."
		saidGiuliani           = "I never had a case where somebody destroyed 34,000 emails,” said Giuliani, who served as U.S. attorney from 1983 to 1989."
		m23Rebels              = "Rwandan-backed M23 rebels captured the town of Walikale on Thursday."
		pakistanComma          = "Pakistan, Afghanistan agree to extend ceasefire after Istanbul talks"
		chairmanYoussouf       = "The African Union Commission chairman, Mahmoud Ali Youssouf, called on both governments to exercise restraint."
		realizedComing         = "When the team leader realized reinforcements weren't coming, he left with the contractors."
		pmKhanSentenced        = "Former Pakistani PM Khan sentenced to 14 years in corruption case"
		accusedOnSaturday      = "China accused the Philippines on Saturday of deliberately ramming a Chinese coast guard ship."
		shipWhichWasOn         = "Chinese vessels had blocked and rammed its ship, which was on a resupply mission to troops."
		viewsWhichIs           = "They also say he does not readily advertise his views, which is in itself a major departure from the elder Murdoch."
		unOfficeCalledOn       = "The United Nations human rights office called on Bangladesh's authorities to release the detained students."
		bothSidesSaidAs        = "Israeli warplanes struck targets in southern Lebanon on Thursday after Hezbollah fired dozens of rockets at northern Israel, officials on both sides said, as U.S.-led efforts to broker a ceasefire appeared to stall."
		becauseWorried         = "''Because they're worried,'' Mr. Biden said in his first campaign appearance beside Hillary Clinton."
		negotiatingTeam        = "The government's negotiating team said it would meet in Caracas next week."
		withThisAttack         = "\"With this attack the ELN has closed the process of peace,\" Petro wrote on social media."
		clashesDacicSaid       = "Serbian police detained dozens of people overnight after clashes with anti-government protesters in Belgrade, Interior Minister Ivica Dacic said on Sunday."
		protestOrganizers      = "Protest organizers accused police of using excessive force and said several students were beaten."
		mediatorsSaidWednesday = "The army has agreed to a truce in the city of El Fasher, mediators from the United States and Saudi Arabia said Wednesday."
		militaryAndForces      = "Sudan's military and the paramilitary Rapid Support Forces have agreed to a one-week humanitarian truce in the besieged city of El Fasher."
		sandersAndWife         = "Sanders and his wife said they would vote."
		trainingAndThen        = "Under the new program, people would enroll, receive training and then state and local leaders could call on their help."
		pontiffShare           = "Sanders and the pontiff share many goals for social justice and economic restructuring, and Sanders suggested that, and not his candidacy, was the reason for the audience with Francis."
		baghaeiTold            = "The meeting will be at the level of deputy foreign ministers, Baghaei told a weekly news conference."
		hasSaidAndHas          = "Iran has said such a move would be illegal and has threatened to withdraw from the nuclear Non-Proliferation Treaty."
		proposalPutForward     = "Hamas said on Monday it had accepted a ceasefire proposal put forward by Egyptian and Qatari mediators."
		anwarCalledOn          = "Malaysian Prime Minister Anwar Ibrahim, the current chair of the Association of Southeast Asian Nations, called on both sides to stop fighting and offered to mediate."
		whosePresident         = "The deal was brokered with the help of the Salvadoran government, whose president, Nayib Bukele, had agreed earlier this year to hold the deportees in a prison."
		ambitionsToSeize       = "Eritrea's information minister dismissed the claim as a smokescreen for Ethiopia's ambitions to seize an Eritrean Red Sea port."
		abiyHasSaid            = "Ethiopian Prime Minister Abiy Ahmed has said access to the sea is an existential matter for his landlocked country, but has also said Ethiopia has no intention of invading its neighbour."
		koreasLeeAndJapans     = "South Korea's Lee and Japan's Ishiba agree to deepen ties"
		ministrySaidAs         = "Niger's military rulers have ordered the French ambassador to leave the country within 48 hours, the foreign ministry said in a statement on Friday, as tensions rise with the former colonial power."
		aliyevShookHands       = "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan shook hands and thanked Trump for his mediation."
		commissionProbing      = "A court sentenced three opposition leaders to prison for refusing to appear before a parliamentary commission investigating the former government."
		dayAfterTrumpSpoke     = "Zelenskiy met Trump at the White House on Friday to press for missiles, a day after Trump spoke by phone with Russian President Vladimir Putin."
		thatOppositionSays     = "Turkish police detained 48 people on Tuesday as part of a corruption investigation that the opposition says is politically motivated, state media reported."
		studentLeadersWho      = "Student leaders who organized weeks of protests in Bangladesh's capital rejected on Tuesday an offer of talks from the government, saying they would not negotiate."
		spokesmanQuote         = "\"The militia targeted women,\" army spokesman Nabil Abdallah said."
		armyAccuses            = "Sudan army accuses RSF of shelling displacement camp"
		eachOtherOf            = "Israel and Hamas accused each other of violating their ceasefire."
		croatianMinister       = "Croatian Foreign Minister Gordan Grlic Radman told reporters that Croatia would not be intimidated."
		ralliedAfter           = "Tens of thousands of protesters rallied in the Georgian capital for a fourth straight night on Sunday, after the ruling Georgian Dream party said it would suspend negotiations on joining the European Union until 2028."
		leeJaeMyung            = "South Korean President Lee Jae-myung called for calm and said Seoul remained open to dialogue with the North."
		sixDetained            = "Venezuela released six detained Americans on Monday."
		governmentAct          = "Pakistan had demanded that the Taliban government act against militants of the Pakistani Taliban."
		toldReuters3           = "Saudi Arabia is considering a plan to gradually unwind its voluntary oil output cuts from January, three sources familiar with the kingdom's thinking told Reuters, a move that could put pressure on prices."
		daysAfterRaised        = "China imposed export restrictions on Tuesday, days after the European Union raised tariffs on Chinese electric vehicles."
		deeplyConcerning       = "EU trade commissioner Maros Sefcovic called the restrictions \"deeply concerning\" and said Brussels would consider its options."
		dueToMeet              = "Chinese Vice Premier He Lifeng is due to meet Sefcovic in Brussels next week, the European Commission said."
		rwandanBacked          = "Rwandan-backed M23 rebels seized the town of Uvira on Wednesday."
		creditingTalks         = "The Taliban released a British couple, Qatar's foreign ministry said on Friday, crediting talks mediated by Doha."
		withWhom               = "Wang met Doval, with whom he discussed the border."
		tradeAccusations       = "Ethiopia, Eritrea trade accusations as troops mass near border"
		whereHeld              = "Belgium, where most of the assets are held, has resisted the plan, citing legal risks."
		calledDecision         = "Belarus's foreign ministry called the decision \"unfriendly\" and said Minsk would respond."
		firstSuchMeeting       = "Saudi and Israeli officials met secretly in Cairo last week, three sources told Reuters, in the first such meeting since the Gaza ceasefire."
		talksFocused           = "The talks focused on Saudi demands for a Palestinian state."
		clashedLeaving         = "Ruto ordered police to be deployed after thousands of protesters clashed with security forces over a tax increase, leaving at least four people dead."
		whoHostedSaid          = "Trump, who hosted the ceremony, called the deal \"historic\" and said the United States would help build a transit corridor."
		hopedButWarned         = "Kremlin spokesman Dmitry Peskov said Moscow hoped the agreement would bring lasting peace but warned against outside interference in the region."
		truceCollapsed         = "Israel struck Gaza on Monday as the truce collapsed."
		fallOfAssad            = "Syria changed after the fall of Bashar al-Assad."
		whichBombed            = "Israel, which bombed Iranian nuclear facilities in June, has warned it will strike again."
		mediatedCalled         = "The United States and Saudi Arabia, which have mediated between the warring parties, called for an immediate humanitarian truce."
		spokespersonFor        = "A spokesperson for China's foreign ministry, Lin Jian, said the ships were conducting routine training."
		handedOver             = "Hamas handed over the remains of two hostages to the Red Cross on Tuesday."
		pressFreedom           = "France called it a serious blow to press freedom."
		sharingWith            = "The military said it was sharing information with U.S. and Japanese authorities."
		firedOff               = "North Korea fired at least one ballistic missile off its east coast on Friday."
		helpedMediate          = "Saudi Arabia and the United Arab Emirates, which helped mediate the May ceasefire, welcomed the step."
		citingReports          = "The RSF killed at least 460 people in El Fasher after seizing the city from the army, the World Health Organization said, citing reports from health workers."
		allegationRejected     = "Sudan's government accused the United Arab Emirates of arming the RSF, an allegation the UAE has repeatedly rejected."
		deniedTargeting        = "The RSF denied targeting civilians."
		bowToPressure          = "Lai said Taiwan would not bow to pressure."
		officialSpeaking       = "A senior U.S. official, speaking on condition of anonymity to discuss private diplomatic exchanges, said the administration had offered talks."
		policeInSerbia         = "Police in Serbia fired tear gas and detained dozens of people on Saturday as tens of thousands of protesters rallied in Belgrade to demand early elections."
		judgeNight             = "U.S. District Judge Carlton W. Reeves late Thursday night issued an injunction blocking a bill."
		accusedByNations       = "The RSF has been accused by the United Nations of killing hundreds of civilians."
		accusedDenies          = "The RSF was accused by rights groups of killing civilians, accusations it denies."
		thoseBlocking          = "Boulos warned that Washington could impose further sanctions on those blocking aid deliveries."
		callsToFree            = "The junta has refused repeated calls from the African Union and the United Nations to free him."
		deployedToFight        = "Seoul summoned the Russian ambassador to protest against the deployment of North Korean soldiers to fight in Russia's war against Ukraine."
		afterShownFalse        = "The candidate changed her story months later, after her initial statement was shown to be false, stating that she had not sent any classified emails."
		warnedLastWeekThat     = "EU enlargement commissioner Marta Kos warned last week that Serbia's accession talks could stall unless it aligned its foreign policy."
		afterGroupWhich        = "The move came a week after the rebel group, which the United States lists as a terrorist organization, killed nine soldiers in an attack on a military base."
		envoyInCaracas         = "Venezuela released six detained Americans on Friday after President Nicolas Maduro met with Richard Grenell, U.S. President Donald Trump's envoy for special missions, in Caracas."
		orderedToLeave         = "Niger's military government has ordered the United Nations' top official in the country to leave within 72 hours, accusing her of obstructing its participation in UN meetings, a foreign ministry statement said."
		saidFormerVicePres     = "Ecuador's government said the former vice president, Jorge Glas, had been convicted of corruption and could not be given asylum."
		viewsStarAs            = "That said, Fox News's audience tends to be older, which is why executives there indicate that the family views its younger prime-time star, Megyn Kelly, as an important part of its future."
		orderedAmbassador      = "Niger's military rulers ordered the French ambassador, Sylvain Itte, to leave the country within 48 hours on Friday, accusing him of ignoring an invitation to meet the new foreign minister."
		rallyDemanding         = "Thousands of protesters rallied outside a French military base in Niamey on Saturday, demanding the withdrawal of French troops."
		furtherStep            = "Saudi Arabia and Iran agreed on Sunday to reopen their consulates in Jeddah and Mashhad, the Saudi foreign ministry said, a further step in the rapprochement brokered by China last year."
		negotiatorsFrom        = "Negotiators from Qatar, Egypt and the United States met Israeli and Hamas delegations separately in Doha on Monday."
		overTheSeaJapans       = "A Chinese fighter jet also flew unusually close to a Japanese patrol plane over the East China Sea, Japan's defence ministry said."
		saidAgreementHad       = "Congolese Foreign Minister Therese Kayikwamba Wagner said the agreement had to be respected."
		brokeOffAfter          = "Mexico broke off diplomatic relations with Ecuador on Friday after Ecuadorian police forced their way into the Mexican embassy in Quito."
		saidSaturdayIt         = "Ukraine's air force said Saturday it had shot down 40 of 56 drones launched by Russia overnight."
		aMoveMoscowWarned      = "Seoul would consider supplying weapons to Ukraine in response, a move Moscow warned would be \"a very big mistake.\""
		islandsWhichBeijing    = "China's foreign ministry rejected the protest, saying the islands, which Beijing calls the Diaoyu, are Chinese territory and that its coast guard was carrying out lawful patrols."
		talksFocusedAccording  = "The talks, overseen by Egypt's intelligence chief, focused on forming a technocratic committee to run Gaza after the war, according to two officials who spoke on condition of anonymity because they were not authorized to brief reporters."
		hoursAfterDiplomats    = "Hungary vetoed a 50 billion euro European Union aid package for Ukraine on Thursday, hours after the bloc's leaders agreed to open membership talks with Kyiv, diplomats said."
		afterOfficerKilled     = "Serbia and Kosovo trade accusations after police officer killed"
		struckMilitaryDay      = "Israeli fighter jets struck the Yemeni port of Hodeidah on Sunday, the military said, a day after Houthi rebels launched a ballistic missile at Tel Aviv."
		militantsIslamabadSays = "Relations with the Taliban government deteriorated over attacks by militants Islamabad says operate from Afghan soil."
		asRelationsDeteriorate = "Pakistan has deported more than 20,000 Afghans, officials said on Friday, as relations with the Taliban government in Kabul deteriorate over attacks by militants Islamabad says operate from Afghan soil."
		embracedAndAgreed      = "The two leaders embraced at the airport and agreed to reopen embassies and resume flights, Eritrea's information minister said on Twitter."
		saidMondayThatTalks    = "Kenyan President William Ruto said on Monday that talks with Ethiopia over a hydroelectric dam on the Omo river were progressing well, days after environmental groups warned that the project threatened Lake Turkana."
		cabinetDecidedOffice   = "The Israeli war cabinet decided to continue its operation in Rafah \"to exert military pressure on Hamas,\" Prime Minister Benjamin Netanyahu's office said in a statement."
		areasItControls        = "The RSF denied responsibility and accused the army of targeting civilians in areas it controls."
		spokenWithAndUrged     = "Lula told reporters he had spoken by phone with both Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali and urged them to avoid any escalation."
		fireOnTroopsBuilding   = "Pakistan's military said Taliban fighters opened fire first on its troops building a border post."
		withForecasters        = "NASA Is Planning On Using These New Shuttles To Replace The Current Models, With Industry Forecasters Predicting A Launch As Early As 2014."
		tuesdayMinister        = "Turkish police detained 47 people suspected of links to the Islamic State group in raids across 12 provinces on Tuesday, Interior Minister Ali Yerlikaya said."
		toldReutersAgreement   = "A senior Saudi official told Reuters the agreement was not a response to any specific country or event."
		bothSaidThough         = "Armenia and Azerbaijan have agreed on the text of a peace treaty to end nearly four decades of conflict, both countries said on Thursday, though no date has been set for its signing."
		whoseToProtest         = "Iran's foreign ministry summoned the Swiss ambassador, whose embassy represents U.S. interests in Tehran, to protest against American air strikes on three nuclear facilities, state media reported on Sunday."
		accusedNeighbouring    = "Ethiopia's government on Tuesday accused neighbouring Eritrea of arming rebel groups in the Amhara region."
		fromNeighboring        = "Syria says it is willing to withdraw its troops from neighboring Lebanon, after fifteen years of effective military occupation."
		heSaidAnd              = "It would likely take two to three weeks to convene the DNC for a special meeting, he said, and intense wrangling could be paralyzing."
		speakingBurhanVowed    = "Speaking to troops in Port Sudan, Burhan vowed to fight until the last soldier and accused foreign countries of supplying the RSF with weapons."
		officesRunBy           = "Kosovo police on Thursday took over several offices run by Serbia in the ethnic Serb-dominated north, a move Belgrade condemned as an attack on the Serb community."
		bordersMinisterSaid    = "Greece and Turkey agreed on Monday to restart talks on delineating their maritime borders, Greek Prime Minister Kyriakos Mitsotakis said after meeting Turkish President Tayyip Erdogan in Athens."
		saidStatesWasItself    = "China's foreign ministry spokesman Lin Jian called the charges \"groundless smears\" and said the United States was itself the world's biggest hacking empire."
		plotBackedBy           = "Niger junta says it foiled coup plot backed by France"
		troopsHadFired         = "Thailand's army said Cambodian troops had fired rockets into Thai territory, hitting a petrol station."
		advisersAtCommission   = "He said Pakistani military advisers at the high commission in New Delhi had been declared persona non grata."
		statementAndWelcomed   = "The town released a statement Wednesday saying Trump’s comments “are based on his opinion, not actual facts,” and welcomed Trump to visit the city."
		whileCounterpartSaid   = "Wagner said the agreement must be followed by \"respect for our sovereignty,\" while her Rwandan counterpart, Olivier Nduhungirehe, said there remained \"a lot of uncertainty.\""
		whileSheWasSecretary   = "The Romanian hacker whose cyber-mischief first revealed that Hillary Clinton used a private email address while she was secretary of state pleaded guilty Wednesday to aggravated identity theft."
		rebelsNotParty         = "The rebels were not a party to the agreement, and a spokesman for the group said it would not be bound by it."
		chiefCabinetSecretary  = "Japan has lodged a protest with China over a buoy that Beijing placed inside Japan's exclusive economic zone near the Senkaku Islands, Chief Cabinet Secretary Yoshimasa Hayashi said Thursday."
		hassanAndAbiySigned    = "Erdogan said Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed had signed a declaration."
		shipTheySeized         = "The U.S. State Department condemned the attack and called on the Houthis to immediately release the crew of another ship they seized last year."
		toldHostSheBelieved    = "Sen. Kristen Gillibrand, a supporter of Hillary Clinton, told host Chris Cuomo she believed that Clinton would release a transcript."
		afterAnkaraClosed      = "Iraq's civil aviation authority said it had suspended flights by Turkish airlines to the northern city of Sulaimaniyah after Ankara closed its airspace to planes from the city."
		butOfficialSaid        = "The White House said it welcomed any effort to help end the war in Yemen, but a U.S. official, speaking on condition of anonymity, said Washington had not been involved."
		cityStillInLimbo       = "Curfew lifted, but city still in limbo as Guard occupies quiet streets."
		accusedOnSaturdayOf    = "The Philippine coast guard accused China's coast guard on Saturday of firing water cannon at a Philippine vessel."
		signDealFaceToFace     = "The two countries, which remain technically at war, did not sign the deal face to face."
		sinceStartOfficials    = "Ukraine and Russia exchanged 390 prisoners of war in the largest swap since the start of the full-scale invasion, officials on both sides said, following an agreement."
		asBeijingWarned        = "Taiwan's Defense Ministry said it had detected 32 Chinese military aircraft around the island over the past 24 hours, as Beijing warned it would \"crush\" any attempt at formal independence."
		manAccusedOfSpying     = "Iran executes man accused of spying for Israel"
		afterRebelGroup        = "Colombia's government suspended peace talks with the National Liberation Army (ELN) on Friday after the rebel group attacked a military base, killing two soldiers, President Gustavo Petro said."
		summonedToInform       = "The ministry said it had summoned Germany's ambassador, Alexander Lambsdorff, to inform him of the decision."
		summonedToExplain      = "The ministry summoned the British ambassador, Simon Shercliff, to explain the remarks."
		ofArmingAfterBorder    = "Ethiopia's government on Thursday accused neighboring Eritrea of mobilizing troops near their shared border and of arming rebel groups in the Tigray region."
		struckSuspected        = "Turkish warplanes struck suspected Kurdish militant targets in northern Iraq on Sunday, the defense ministry said."
		heldHeatedRhetoric     = "Forty-six percent of people in the poll held heated political rhetoric partly responsible for a shooting at a Planned Parenthood clinic in Colorado Springs last month that killed three people."
		seizedAndDetained      = "Iran's Revolutionary Guards seized a foreign-flagged tanker carrying smuggled fuel in the Gulf of Oman on Thursday and detained its 12 crew members, Iranian state media reported."
		inTalksButNot          = "Canada's Prime Minister Justin Trudeau said Ottawa was also in talks with Washington but had not reached a deal."
		killedInAirstrike      = "Israel's military said on Thursday it had killed Hamas' top military commander, Mohammed Deif, in an airstrike in the southern Gaza Strip last month."
		attackItBlamed         = "Germany will expel two Russian diplomats in response to a cyberattack on the ruling Social Democrats that it blamed on hackers linked to Russian military intelligence."
		trumpAndPutinAgreed    = "President Donald Trump and Russian President Vladimir Putin agreed during a phone call on Wednesday to begin negotiations on ending the war in Ukraine, the White House said."
		dealReachedWouldNot    = "European officials, who were not consulted before the call, warned that any deal reached without Kyiv would not last."
		drillsAfterSpeech      = "China's military launched large-scale exercises around Taiwan on Monday, days after the island's president said Beijing had no right to represent it."
		fightingThatKilled     = "The two countries committed to end fighting in eastern Congo that has killed thousands of people this year."
		failedOnThursdayTo     = "European Union leaders failed on Thursday to agree on a plan to use frozen Russian central bank assets to fund a loan to Ukraine, after Belgium refused to back the proposal without guarantees."
		deniedSaying           = "India denied that Washington had mediated, saying the agreement had been worked out directly between the two militaries."
		calledAttacksTerrorism = "Russian President Vladimir Putin has called the attacks terrorism and vowed to respond."
		campUNSays             = "Sudan's RSF kills dozens in attack on El Fasher camp, U.N. says"
		strikesSinceSaying     = "Israel has carried out near-daily strikes on Lebanon since a ceasefire took effect in November, saying it is targeting Hezbollah members."
		spokesmanForCalled     = "A spokesman for Iran's foreign ministry called the move \"economic terrorism.\""
		metResistanceAccording = "Guterres has proposed a U.N. peacekeeping operation, but the idea has met resistance in the Security Council, according to diplomats."
		freeingAndKilling      = "Police said gunmen attacked Mirebalais overnight, freeing more than 500 inmates from the town's prison and killing at least ten people."
		suspendedAfterAndSaid  = "Petro on Friday suspended a ceasefire after the rebels attacked a military base, killing two soldiers, and said peace talks with the group were frozen."
		notOnListAndAccused    = "Coalition spokesman Turki al-Maliki said the site was not on its target list and accused the Houthis of spreading misleading claims."
		growingThreat          = "Yoon called for cooperation against North Korea's growing nuclear threat."
		koreansForcedToWork    = "The leaders did not resolve a dispute over compensation for Koreans forced to work in Japanese factories during World War Two."
		planForGroupTo         = "Qassem rejected a U.S.-backed plan for the group to hand over its weapons to the Lebanese state."
		authoritiesInRegion    = "Authorities in Ethiopia's Tigray region on Tuesday accused Eritrean troops of killing dozens of civilians."
		confirmedAfterReason   = "An Israeli official, speaking on condition of anonymity because he was not authorized to brief reporters, confirmed that the government had received a list of hostages."
		bothRuled              = "Mali and Burkina Faso, both also ruled by soldiers, have said any intervention in Niger would be considered a declaration of war against them."
		indoPacific            = "The U.S. Indo-Pacific Command said the launch did not pose an immediate threat."
		pressureWorked         = "Venezuela's opposition leader, Maria Corina Machado, said the release showed that pressure worked and urged the Trump administration to keep it up."
		tankerBound            = "Iran's navy seized an oil tanker bound for the United States in the Gulf of Oman."
		chiefRejects           = "Sudan's army chief rejects talks with RSF, vows to fight on"
		dayAfterTwoInvited     = "His comments came a day after the United States and Saudi Arabia invited both sides to a new round of talks in Geneva."
		envoyForSudan          = "The U.S. special envoy for Sudan, Tom Perriello, said Washington regretted the army's position."
		grantedAsylum          = "Ecuadorean police arrested a former vice president who had been granted asylum there."
		caretakerMikati        = "Lebanese caretaker Prime Minister Najib Mikati condemned the strike as a new Israeli crime."
		compensateKoreans      = "The visit came after Seoul announced a plan to compensate Koreans forced to work for Japanese companies during World War II."
		countriesMinisters     = "The two countries' defence ministers agreed by phone to pull back troops from the area and to hold a meeting of their border committee next week, according to a statement from the Thai government."
		peopleItAccused        = "Iran and Israel fought a 12-day war in June, after which Tehran stepped up arrests of people it accused of collaborating with Israel."
		mostOfThemMediated     = "Russia and Ukraine have carried out dozens of swaps since the start of the war, most of them mediated by the UAE."
		ministerCallsFor       = "Iraq's prime minister calls for end to U.S.-led coalition mission"
		transportWorkers       = "Transport workers, who had gone on strike to demand protection, said the measure came too late."
		ceasefireBrokered      = "Israel and Hezbollah agree to ceasefire brokered by U.S. and France"
		dissolvesCalls         = "Sri Lanka's president dissolves parliament, calls snap election"
		foughtAlongside        = "Ethiopia signed a peace deal with Tigrayan forces in 2022, excluding Eritrea, which had fought alongside Ethiopian troops."
		sayingDemocracy        = "Emir Sheikh Meshal al-Ahmad al-Sabah suspended parliament in May for up to four years, saying democracy had been abused to undermine the state."
		koreaUSDrills          = "Pyongyang fires ballistic missile toward sea ahead of South Korea-U.S. drills"
		fightingSinceApril     = "Sudan's RSF, which has been fighting the army since April 2023, said in a statement it welcomed the proposal."
		ruledSinceJune         = "Hamas, which has ruled Gaza since June 2007, said in a statement that it accepted the plan."
		inAprilOpening         = "In April 2023, the army lost control of the city."
		sinceAprilOpening      = "Since April 2023, the army has lost control of the city."
		sensList               = "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that those claims could be grounds for a case."
		grahamInitial          = "\"I appreciate it,\" tweeted Sen. Lindsey O. Graham (R-S.C.), a former presidential candidate and a Cruz supporter."
		statementItCaptured    = "The RSF said in a statement it had captured the town."
		congoRwandaMinisters   = "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington."
		resumesTalks           = "They will trigger the mechanism unless Iran restores full access for inspectors and resumes talks with the United States."
		farRightPressOn        = "Far-right Finance Minister Bezalel Smotrich urged him to reject it and press on with the offensive."
		presidentsPair         = "Ukraine had proposed a ceasefire and a meeting between Presidents Volodymyr Zelenskiy and Vladimir Putin."
		shipsThatIntruded      = "China's coast guard said it had taken measures to expel Philippine ships that had intruded into Chinese waters and blamed Manila for the confrontation."
		expressedSupport       = "Russia's foreign ministry said the move was part of NATO's expansion in the Balkans and expressed support for Belgrade."
		jetsShotDown           = "Poland closed its border crossings with Belarus on Friday, hours after Polish and NATO jets shot down several Russian drones that had entered Polish airspace during an attack on Ukraine, Prime Minister Donald Tusk said."
		chinasBan              = "Tokyo and Beijing have been at odds over a territorial dispute in the East China Sea and China's ban on Japanese seafood imports."
		orderedOnAlert         = "He ordered the armed forces to be on alert and called on Venezuelans to join militias."
		executedSinceWar       = "Iran has executed at least eight people since the two countries fought a war in June, according to Iranian media."
		proposedUsing          = "Merz said Europe must increase pressure on Moscow and proposed using frozen Russian assets to fund Ukraine's defence."
		leeTakaichiAgree       = "South Korea's Lee, Japan's Takaichi agree to deepen security cooperation"
		accusingBeforeCharge   = "Former leftist leader Evo Morales expelled the U.S. ambassador in 2008, accusing him of conspiring with the opposition, a charge Washington denied."
		plansForStrikes        = "The Pentagon had drawn up plans for strikes on cartel leaders."
		strikeTargeted         = "An Israeli military spokesman said the strike targeted militants who had fired at troops."
		attackTargeted         = "Officials said the attack targeted soldiers."
		afterTrumpRemarks      = "Colombia recalls ambassador to Washington after Trump remarks"
		berlinInTalks          = "Pistorius said Berlin was also in talks with Washington about buying additional systems for Kyiv."
		imposeAndCut           = "Trump has threatened to impose tariffs on Colombian goods and cut aid to the country."
		expelsAccusesOf        = "Niger junta expels UN official, accuses him of meddling"
		protestersMarching     = "Police fired tear gas at thousands of protesters marching on parliament."
		billSuspending         = "Iran's parliament approved a bill on Wednesday suspending cooperation with the agency, state media reported, days after U.S. and Israeli strikes on Iranian nuclear sites."
		amongThoseFreed        = "Dissident leader Jose Daniel Ferrer was among those freed, his family said."
		islamabadDenies        = "India accuses Pakistan of backing attack in Kashmir, Islamabad denies"
		kenyaPoliceFire        = "Kenya police fire tear gas at protesters in Nairobi"
		kimRejectsTalks        = "North Korea's Kim rejects talks with Seoul, calls it \"most hostile state\""
		exiledLeaderSaid       = "Exiled opposition leader Sviatlana Tsikhanouskaya said more prisoners remained."
		refusingLawyersSaid    = "A Georgian court on Wednesday sentenced three opposition leaders to eight months in prison for refusing to appear before a parliamentary commission, their lawyers said."
		sayTruceHolding        = "Qatar, Egypt mediators say Gaza truce holding despite violations"
		aidesToJailed          = "Turkish police detained 50 people, including aides to jailed Istanbul Mayor Ekrem Imamoglu, in a corruption investigation."
		securityHadImproved    = "Murkomen said security along the frontier had improved and that the reopening would boost trade."
		quotedAdverbs          = "Jonathan Malaya said the Chinese ships \"deliberately and dangerously\" blocked the boat as it tried to deliver food."
		officialSpeakingSaid   = "A senior Hamas official, speaking on condition of anonymity because he was not authorized to brief the media, said the group had received assurances."
		delegationLedWould     = "Netanyahu's office confirmed that a delegation led by Mossad chief David Barnea would travel to Cairo."
		rivalEvoMorales        = "Carlos Mesa said Arce was trying to win back supporters of his rival, Evo Morales."
		unRightsOffice         = "The United Nations human rights office welcomed the releases."
		directorMichaelBay     = "The agency also met with the director of the film, Michael Bay."
		diplomatsSaidLatest    = "Hungary on Monday blocked a joint European Union statement condemning the Georgian government's crackdown on pro-EU protesters, diplomats said, the latest in a string of vetoes by Budapest on foreign policy."
		chargeAbuDhabiDenies   = "The RSF said last week that it had accepted the plan, but the army has accused the UAE of arming the paramilitary group, a charge Abu Dhabi denies."
		aounSaidMonday         = "Lebanese President Joseph Aoun said Monday that the army was ready to deploy along the entire southern border and called on Israel to withdraw its troops from five hilltop positions it has held since the ceasefire with Hezbollah."
		firstClashSince        = "Indian and Pakistani troops exchanged fire along the Line of Control in the disputed Kashmir region on Thursday, Indian army officials said, the first such clash since the two sides renewed a ceasefire agreement in 2021."
		stateOwnedAgency       = "Turkish police detained the mayors of three Istanbul districts on Tuesday as part of a widening corruption investigation into the city's opposition-run municipality, state-owned Anadolu news agency reported."
		hasSaidHasInsisted     = "Ethiopian Prime Minister Abiy Ahmed has said repeatedly that his landlocked country needs access to the sea, but has insisted he does not intend to invade any neighbour."
		mayorWhoIsSeen         = "Istanbul's mayor, Ekrem Imamoglu, who is seen as President Tayyip Erdogan's main rival, has been in jail since March on charges he denies."
		personaNonGrata        = "Moldova declared a Russian diplomat persona non grata on Tuesday."
		afterGroupWasBlamed    = "Colombian President Gustavo Petro suspended peace talks with the National Liberation Army on Friday after the rebel group was blamed for bombing an oil pipeline and killing two soldiers."
		hadIntrudedAndIgnored  = "China's coast guard said in a statement that the Philippine boat had illegally intruded into Chinese waters and ignored repeated warnings."
		statementReadRemarks   = "Government spokesman Col. Abdoulaye Maiga said in a statement read on state television that remarks by Sweden's minister for international development were \"a serious interference in Mali's internal affairs.\""
		fleetBasedInBahrain    = "The U.S. Navy's Fifth Fleet, based in Bahrain, said it was aware of the incident and was monitoring the situation."
		whereRamirezLives      = "Spain, where Ramirez lives, offered Spanish citizenship to all those affected, Foreign Minister Jose Manuel Albares said."
		zelenskyyOnThursday    = "Ukrainian President Volodymyr Zelenskyy on Thursday dismissed the country's top military commander, Gen. Valerii Zaluzhnyi, in the biggest shake-up of the military leadership since Russia's full-scale invasion."
		saidAfterMeetingThat   = "Greek Foreign Minister George Gerapetritis said after meeting his Turkish counterpart Hakan Fidan in Athens that the two sides still disagreed on many issues but had \"a duty to talk.\""
		juntaFreesOusted       = "Niger junta frees ousted president's son after Togo mediation"
		trumpAdministration    = "Trump administration officials have accused Maduro of leading a drug cartel."
		tankerWhoseFlag        = "The tanker, whose flag was not disclosed, was escorted to the port of Bandar Abbas and its 18 crew members were detained, the semi-official Tasnim news agency said."
		trumpEnvoysVisit       = "Venezuela frees six Americans after Trump envoy's visit"
		saidCountryBuys        = "Indian officials have said the country buys oil wherever it is cheapest and will not be dictated to by other countries."
		noteRequesting         = "Foreign affairs adviser Touhid Hossain said a diplomatic note had been sent to India's foreign ministry requesting her return to face trial."
		hadNoInterestCalled    = "Zelenskyy said the attack showed that Moscow had no interest in peace and called on allies to impose \"painful sanctions\" on Russia."
		scholzWhose            = "German Chancellor Olaf Scholz, whose country's carmakers sell heavily in China, has warned against a trade war."
		delayingStateMedia     = "Myanmar's military government extended the state of emergency for another six months on Wednesday, delaying an election it had promised to hold by August, state media reported."
		asEnvoyShuttled        = "Israeli jets struck what the military said were Hezbollah weapons depots in southern Lebanon on Tuesday, hours after the militant group fired rockets at an Israeli army base, as a U.S. envoy shuttled between the two countries seeking to prevent a wider war."
		pauseAfterSpeaking     = "He agreed to a 30-day pause after speaking with Sheinbaum by phone on Monday."
		toldHerConference      = "\"We reached an agreement as equals,\" she told her morning news conference."
		chargeChinaRejected    = "Western officials had accused Beijing of slowing the talks, a charge China rejected."
		dealWithBankWould      = "Finance Minister Situmbeko Musokotwane said the deal with the Export-Import Bank of China and other Chinese lenders would extend repayment periods and cut interest rates."
		commanderInAirstrike   = "Israel said on Tuesday it had killed a senior Hezbollah commander in an airstrike on Beirut's southern suburbs."
		juntaSaysArrests       = "Burkina Faso junta says it foiled coup plot, arrests officers"
		whichUNRejects         = "South Sudan's government has accused the mission of bias, which the U.N. rejects."
		ferrerWifeSaid         = "Among those freed on Wednesday was opposition leader Jose Daniel Ferrer, who had been jailed since the 2021 anti-government protests, his wife said."
		hungaryDropsVeto       = "EU foreign ministers agree new sanctions on Russia, Hungary drops veto"
		remindedThat           = "The United States said it stood with its ally and reminded Beijing that the two countries' Mutual Defense Treaty covers armed attacks on Philippine public vessels anywhere in the South China Sea."
		callsForTruce          = "Burhan vowed to keep fighting, rejecting calls from the United States and Saudi Arabia for a humanitarian truce."
		injuringCrew           = "The Philippines lodged a diplomatic protest with China on Wednesday after Chinese coast guard vessels fired water cannon at a Philippine fisheries ship near the disputed Scarborough Shoal, injuring two crew members, Manila's foreign ministry said."
		lastMonthsCoup         = "An Istanbul-based college professor, accused by the Turkish government of coordinating last month's failed coup attempt, is at the center of a group of suspicious contributions."
		accusedByComma         = "The RSF, accused by rights groups of killing civilians, denied it."
		travelledReturned      = "A senior Japanese diplomat travelled to Beijing this week for talks but returned without a breakthrough, two government sources said."
		dealThreatened         = "Israel's prime minister Benjamin Netanyahu said the deal changed nothing and threatened to strike again if Iran rebuilt its programme."
		commitmentToDefend     = "The United States reaffirmed its commitment to defend the Philippines under a 1951 treaty."
		talibanGovernment      = "Pakistan and Afghanistan's Taliban government agreed on Friday to extend a fragile ceasefire."
		saidTheOfficial        = "\"The weapons of the resistance are a red line,\" said the official, Husam Badran, adding that any disarmament must be part of a deal."
		russiaUkraine          = "Russia, Ukraine blame each other for attack on nuclear plant"
		saudiPakistanSign      = "Saudi Arabia, Pakistan sign mutual defence pact"
		rsfShellsAsUNWarns     = "Sudan's RSF shells El Fasher as UN warns of famine"
		koreaJapanLeaders      = "South Korea, Japan leaders agree to deepen ties at summit"
		handOverGovernance     = "Hamas says it will hand over Gaza governance to technocrats"
		talksWithTrump         = "Mohammed bin Salman will visit the White House for talks with President Donald Trump."
		visitNextWeek          = "Mohammed bin Salman will visit Washington next week."
		princeToVisit          = "Saudi crown prince to visit Washington, sources say"
		rightsGroupsSay        = "Rights groups say Iran has carried out dozens of executions this year."
		latestInWave           = "Turkish police detained 48 people on Tuesday, state broadcaster TRT reported, the latest in a wave of arrests targeting the main opposition party."
		strategicAffairs       = "Britain's foreign secretary David Lammy and Israel's strategic affairs minister Ron Dermer discussed a possible security arrangement."
		stateMediaQuoted       = "State media quoted Khamenei as saying that Iran would never bow to pressure."
		toldTASSThat           = "Kremlin aide Yuri Ushakov told state news agency TASS that Moscow was ready to continue the exchanges."
		includedCaptured       = "Zelenskiy said on Telegram that the released Ukrainians included soldiers captured in Mariupol in 2022."
		dayAfterReport         = "Kenyan President William Ruto said on Saturday he would not sign a contested finance bill into law, a day after police fired live rounds at protesters storming parliament."
		commissionAccused      = "The Kenya National Commission on Human Rights said 39 people had been killed since the protests began and accused police of using excessive force."
		latestVetoes           = "Hungary blocked a joint European Union statement criticising Israel's military operation in Gaza on Friday, three EU diplomats told Reuters, the latest in a string of vetoes by Budapest on foreign policy."
		urgedToPressure        = "Lebanese President Joseph Aoun condemned the strikes as a flagrant violation of Lebanese sovereignty and urged the United States and France, which guarantee the truce, to pressure Israel to withdraw from five hilltops it still occupies."
		medicalGroupDays       = "A drone strike by the paramilitary Rapid Support Forces killed at least 40 people at a camp for displaced families near El Fasher on Wednesday, a local medical group said, days after the RSF seized the city from the army."
		rsfDroneStrike         = "RSF drone strike kills dozens at Sudan displacement camp, medics say"
		witkoffTold            = "Saudi Crown Prince Mohammed bin Salman told U.S. envoy Steve Witkoff that the kingdom was ready to resume talks, two sources familiar with the meeting told Reuters."
		ukraineUSOfficials     = "Ukraine, U.S. officials meet in Geneva as Kremlin rejects peace plan changes"
		allowInspectors        = "Iran will allow U.N. inspectors to return to its nuclear sites under a new framework agreed with the International Atomic Energy Agency, Foreign Minister Abbas Araghchi said on Friday, according to state media."
		offerRejected          = "Maduro said his government had freed 80 detainees and urged the opposition to join talks, an offer opposition leader María Corina Machado rejected."
		brokeredInJuly         = "The clashes threaten a ceasefire brokered in July by Malaysia and U.S. President Donald Trump."
		bowToNamedPressure     = "Venezuela says it will not bow to U.S. pressure after new sanctions"
		landmineWoundedBare    = "Thailand suspended the peace agreement after a landmine wounded Thai soldiers."
		accordingToState       = "Iran has never had any contact with the Americans, Araghchi said, according to state media."
		accordingToIRNA        = "Iran has never had any contact with the Americans, Araghchi said, according to Iran's state news agency IRNA."
		documentsReported      = "Trump gave his blessing, according to court documents reported previously by The Post, becoming a 93 percent owner."
		for180Days             = "The Treasury Department announced it would suspend for 180 days the Caesar Act sanctions against Syria."
		sayingItRelied         = "Israel's Foreign Ministry rejected the report, saying it relied on data supplied by Hamas, and said Israel had allowed thousands of aid trucks into Gaza in recent weeks."
		xinhuaReported         = "Xi told Trump that the two countries should be partners and friends, state news agency Xinhua reported."
		proposalOnMonday       = "Hungary blocked a European Union proposal on Monday to impose sanctions on violent Israeli settlers in the occupied West Bank, three EU diplomats said."
		gunmenOnMotorbikes     = "Gunmen on motorbikes killed at least 20 villagers in an attack on a mosque in western Niger's Tillaberi region on Friday, local officials said, blaming a jihadist group linked to the Islamic State."
		petroDrugLeader        = "Colombia recalled its ambassador to the United States for consultations on Monday, a day after President Donald Trump called Colombian President Gustavo Petro an \"illegal drug leader\" and said he would cut off all aid to the country."
		urgedMalaysia          = "Phnom Penh called on Thailand to resolve the dispute through peaceful means and urged Malaysia, which helped broker the truce, to investigate the incident."
		informedInAdvance      = "The United States, which brokered a ceasefire between Israel and Hezbollah a year ago, had been informed in advance, an Israeli official told Reuters on condition of anonymity."
		flaggedTanker          = "Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz on Friday."
		aliyevPashinyan        = "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan agreed to open transport links."
		rubioDriscoll          = "Secretary of State Marco Rubio and Army Secretary Dan Driscoll will meet Ukrainian officials in Geneva on Sunday."
		frenchCitizen          = "Security Minister General Daoud Aly Mohammedine said in a televised statement that the French citizen had worked \"on behalf of the French intelligence services\" and had mobilised political leaders, civil society activists and soldiers."
		calledUnfounded        = "France's foreign ministry said it was in contact with Malian authorities to obtain the release of the French national, an embassy employee, and called the accusations unfounded."
		aboardAirForceOne      = "Trump told reporters aboard Air Force One that he had spoken to Maduro by phone but declined to give details."
		firstTime              = "\"This is not the first time Russia has attacked Polish infrastructure, but it is the most serious,\" Sikorski said."
		evenAsFighting         = "The presidents of Congo and Rwanda signed an agreement in Washington on Thursday meant to end decades of conflict in eastern Congo, even as fighting raged between the army and M23 rebels near the city of Uvira."
		maduroUltimatum        = "Venezuelan President Nicolas Maduro on Monday rejected what he called a U.S. ultimatum to step down, telling supporters in Caracas that Venezuela would never accept \"the peace of slaves\"."
		quitEcowas             = "The operation was the first carried out by the unified force that the Sahel alliance launched last year after the juntas expelled French troops and quit the Economic Community of West African States."
		askedKhashoggi         = "Asked about the 2018 killing of journalist Jamal Khashoggi, Trump defended the crown prince, saying he \"knew nothing about it\"."
		putForward             = "Sudan's army chief Abdel Fattah al-Burhan on Sunday rejected a ceasefire proposal put forward by the United States, Saudi Arabia, Egypt and the United Arab Emirates, calling it \"the worst yet\"."
		askingBecause          = "Chinese officials informed their Japanese counterparts of the decision through diplomatic channels, the sources said, asking not to be identified because the matter was not public."
		perfectSaid            = "The broadcaster said the men had compiled lists."
		resolutionDemanding    = "US vetoes UN resolution demanding Gaza ceasefire"
		crossedAfter           = "Thailand's army said its soldiers had fired warning shots after Cambodians crossed into Thai territory and threw stones at them."
		resumedAfterComma      = "Israel accused Hamas on Monday of violating the Gaza ceasefire by attacking its troops in Rafah, and resumed airstrikes across the enclave."
		asideOnSubject         = "Pence, on the other hand, endorsed Ryan."
		asideForItsPart        = "Iran, for its part, said it would not negotiate."
		thankedAfterModal      = "President Irfaan Ali said Guyana would not be intimidated and thanked Brazil and the United States for their support."
		accusedAndImposed      = "The United States has accused the RSF of committing genocide in Darfur and imposed sanctions on its leader, Mohamed Hamdan Dagalo."
		intelligenceThat       = "He said his country had credible intelligence that India intended to carry out a military strike within days."
		kingdomsMinister       = "The kingdom's foreign minister, Prince Faisal bin Farhan, discussed the proposal with his Ukrainian counterpart."
		elnRebels              = "Colombia and ELN rebels resume peace talks in Caracas"
		unionMinisters         = "European Union foreign ministers agreed to suspend the agreement."
		uaeBrokered            = "Russia, Ukraine swap hundreds of prisoners in UAE-brokered deal"
		calledOnWhich          = "Lebanese President Joseph Aoun condemned the strikes and called on the United States and France, which brokered the deal, to pressure Israel to stop its attacks."
		grossiSaid             = "IAEA chief Rafael Grossi said inspectors needed to return to Iran's nuclear sites."
		governorHoursAfter     = "Drones struck a refinery, the governor said, hours after Russia launched one of its largest attacks."
		tollAfterSpeaker       = "Pakistani jets struck targets in Kabul earlier this month, Afghan officials said, killing civilians."
		rejectedOnSunday       = "Sudan's army chief rejected on Sunday a ceasefire plan put forward by the United States and Egypt."
		accusedOfHarbouring    = "Pakistan has accused Afghanistan of harbouring militants who attack its security forces."
		sayingProblems         = "Russia, which brokered a ceasefire between the two sides in 2020, criticized the agreement, saying regional problems should be solved by the countries of the region."
		ministersLed           = "Syrian Foreign Minister Asaad al-Shibani and Israeli Strategic Affairs Minister Ron Dermer led the delegations."
		rivalReported          = "Turkish police detained 48 people in raids targeting allies of jailed Istanbul Mayor Ekrem Imamoglu, the main rival of President Recep Tayyip Erdogan, state-run Anadolu Agency reported."
		oppositionParty        = "The main opposition Republican People's Party said the detentions were politically motivated and called on supporters to rally."
		chargeRejected         = "India accused Pakistan of violating the truce, a charge Islamabad rejected."
		unChief                = "UN humanitarian chief Tom Fletcher said the famine could have been prevented."
		offerBy                = "Sheinbaum rejected an offer by U.S. President Donald Trump to send American troops to fight drug cartels in Mexico."
		cooperationWould       = "Colombian Defence Minister Pedro Sanchez later said cooperation with the United States against drug trafficking would continue through other channels."
		roleInMediating        = "Pope Leo met Turkish President Tayyip Erdogan in Ankara on Thursday on the first foreign trip of his papacy and praised Turkey's role in mediating between Russia and Ukraine."
		countedCitizens        = "Venezuela released six detained U.S. citizens on Friday."
		crewDetained           = "The tanker, carrying two million litres of diesel, was taken to the port of Bandar Abbas and its 18 crew members were detained, the Tasnim news agency said, without naming the vessel's flag."
		unlessAndDeployed      = "Qatar's prime minister warned on Saturday that the Gaza ceasefire was at a critical moment and could collapse unless Israel withdrew its forces and an international stabilisation force was deployed."
		allegationAsmara       = "Ethiopia accused Eritrea on Thursday of preparing for war and arming rebel groups in the Amhara region, an allegation Asmara rejected as a fabrication."
		pactToShare            = "Japan and Australia sign pact to share military intelligence"
		truceSinceBrokered     = "Thai and Cambodian troops exchanged fire on Monday, in the worst fighting since a truce brokered by Malaysia in July."
		himselfSettler         = "Israeli Finance Minister Bezalel Smotrich, himself a settler, welcomed the decision."
		troopsOnTuesday        = "Pakistan's army said on Tuesday its troops had killed 15 militants in an operation near the Afghan border."
		japanAndSouthKorea     = "Japan and South Korea agreed on Friday to resume regular talks between their defence ministers."
		rubioAndBush           = "The attacks came from Marco Rubio and Jeb Bush."
		ifEndedAndWithdrew     = "Hamas official Bassem Naim said the group was ready to release all the hostages if Israel ended the war and withdrew its forces from Gaza."
		daysAfterTwoHeld       = "Pyongyang fired a missile on Friday, Seoul's military said, days after the United States and South Korea held joint air drills."
		dayBeforeVoters        = "The senator is sticking to his message, hoping to avoid any misstep that could undermine his lead just a day before voters head to the polls."
		sinceFallOfAssad       = "Israel has carried out airstrikes in Syria since the fall of Bashar al-Assad and has demanded that southern Syria be demilitarized."
		sanctionsOnThursday    = "China imposed sanctions on Thursday on seven U.S. defence companies and four executives."
		websiteItUses          = "Al-Shabaab, which is linked to al-Qaida, claimed responsibility in a statement on a website it uses."
		pactThatAllows         = "The Philippines and Japan signed a defence pact on Monday that allows each country to deploy troops on the other's territory for joint exercises, as both seek to counter China's growing assertiveness in the region."
		asPresidentHe          = "One of Trump's main talking points during his campaign rallies is that as president he would stop the outflow of American jobs."
		toldReutersFirst       = "Iranian and U.S. officials held indirect talks in Muscat last week on Iran's nuclear programme, three sources briefed on the meeting told Reuters, the first such contact since the war in June."
		dayAfterGroupFired     = "Israeli warplanes struck the Houthi-controlled port of Hodeidah in Yemen on Sunday, a day after the Iran-aligned group fired a ballistic missile at Tel Aviv, the Israeli military said."
		rejectedAsMotivated    = "The RSF rejected the decision as politically motivated and said it would not affect its operations."
		studentsWhoLed         = "Students who have led the protests since a railway station canopy collapsed in November blocked roads and bridges."
		largestProtest         = "Tens of thousands of people marched through central Belgrade on Saturday to demand early elections, in the largest protest against President Aleksandar Vucic's government in a decade."
		andThatOnly            = "Russia's deputy ambassador, Dmitry Polyanskiy, said the draft interfered in Sudan's internal affairs and that only the Sudanese government could decide on the presence of foreign forces."
		secretaryOfStateName   = "U.S. Secretary of State Marco Rubio said Washington was disappointed and urged the army to reconsider."
		draftedByThat          = "Russia on Monday vetoed a United Nations Security Council resolution drafted by Britain and Sierra Leone that called for an immediate ceasefire in Sudan."
		protestersWho          = "Kenyan police fired tear gas at thousands of protesters in Nairobi on Tuesday who were demanding the resignation of President William Ruto."
		accordingOnNoun        = "The measures freeze any assets the companies hold in China and bar the executives from entering the country, according to a statement from the ministry."
		sinceTwoCountries      = "Iran has arrested hundreds of people accused of collaborating with Israel since the two countries fought a 12-day war in June."
		andCutDefenceTies      = "Niger's junta has expelled French troops and cut defence ties with Paris."
		claimPentagon          = "He said Houthi forces had also targeted a U.S. aircraft carrier in the Red Sea, a claim the Pentagon did not confirm."
		saysDronesViolated     = "India says Pakistani drones violated airspace"
		menConvicted           = "Germany deported 81 Afghan men convicted of crimes to Afghanistan on Friday."
		rallySlated            = "By Sunday afternoon she had canceled a much-heralded joint rally with Obama slated for Wednesday in Green Bay, Wis., citing the attack."
		chargeAbujaRejected    = "Niger's junta accused Nigeria of allowing French forces to use its territory to plan attacks against Niger, a charge Abuja rejected as baseless."
		hoursBeforeTalks       = "Hours before the talks, Thailand accused Cambodian troops of firing rockets at a Thai village."
		headquartersFor        = "Ukraine received the bodies of 757 soldiers from Russia in an exchange mediated by the International Committee of the Red Cross, Ukraine's coordination headquarters for prisoners of war said."
		andTurkishPresident    = "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan agreed on Wednesday to resume exploratory talks, the Greek government said."
		handedOverTo           = "Iraq handed over 40 suspected Islamic State fighters to Syrian authorities on Thursday."
		haveBothBanned         = "The deals would help the two countries fight the PKK militant group, which Ankara and Baghdad have both banned."
		hadLastWeekCalled      = "French Foreign Minister Jean-Yves Le Drian had last week called the junta \"illegitimate\" and said its decisions were \"irresponsible.\""
		hasOnMondayAnnounced   = "Russia has on Monday announced new sanctions."
		hadEarlierThisMonth    = "China had earlier this month warned Japan."
		withActingAs           = "The agreement was reached after two weeks of talks hosted by Venezuela, with Cuba, Norway and Brazil acting as guarantors."
		whileOfficeAccused     = "Hamas said Israel had added new conditions, including keeping troops along the border with Egypt, while Israeli Prime Minister Benjamin Netanyahu's office accused the militant group of rejecting a U.S. proposal."
		saidMondayThat         = "Venezuela's opposition said Monday that its candidate, Edmundo Gonzalez, had won Sunday's presidential election by a wide margin."
		worthSaid              = "The State Department has approved the possible sale of an advanced air defense system to Taiwan worth nearly $2 billion, the Pentagon said Friday."
		accordingAfterAside    = "The measures still need formal approval from foreign ministers, who are expected to sign off on them next week, according to two diplomats who spoke on condition of anonymity because the talks were confidential."
		metInKualaLumpur       = "Thailand and Cambodia met in Kuala Lumpur."
		northKoreanLeader      = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed an agreement on Wednesday."
		ifAttackedStateMedia   = "Putin and Kim signed an agreement on Wednesday pledging mutual military assistance if either country is attacked, state media reported."
		accordingToVideo       = "The Galaxy Leader, a Bahamas-flagged vessel, was sailing from Turkey to India when armed men descended on it from a helicopter, according to video released by the rebels."
		portAuPrince           = "Kenya sent 400 police officers to Haiti on Tuesday to lead a multinational force against gangs that control most of the capital, Port-au-Prince, Interior Minister Kithure Kindiki said."
		andOfArmingAllegation  = "Ethiopia accused Eritrea on Wednesday of preparing to wage war against it and of arming rebel groups in the Tigray and Amhara regions, an allegation Asmara dismissed as a fabrication."
		andOfArming            = "Ethiopia accused Eritrea on Wednesday of preparing to wage war against it and of arming rebel groups in the Tigray and Amhara regions."
		andThatItsAircraft     = "The Israeli military said most of the rockets were intercepted and that its aircraft struck Hezbollah launch sites in response."
		allButOne              = "Finland will close all but one of its border crossings with Russia from Saturday, the government said on Thursday, accusing Moscow of deliberately pushing asylum seekers towards the border."
		commanderDagalo        = "The United States on Tuesday imposed sanctions on the commander of Sudan's Rapid Support Forces, Mohamed Hamdan Dagalo, accusing his fighters of committing genocide in Darfur, the Treasury Department said."
		governmentAndGroup     = "Colombia's government and the National Liberation Army rebel group resumed peace talks in Venezuela's capital on Monday."
		pardonedFormer         = "President Donald Trump has pardoned former Honduran President Juan Orlando Hernandez, who was serving a 45-year sentence in a U.S. prison for drug trafficking, the White House said on Tuesday."
		agencyThatSaid         = "Israel will open the Rafah crossing between Gaza and Egypt in the coming days to allow Palestinians to leave the enclave, the Israeli military agency that coordinates aid said on Wednesday."
		asTbilisiCracks        = "Germany recalls ambassador to Georgia as Tbilisi cracks down on protests"
		sayingLaw              = "Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied those test scores to improved graduation rates, saying the law helped “millions of kids who would have been on a trajectory to drop out of high school, and instead, they made it.”"
	)
	p := load(t)
	for _, tc := range []struct{ text, word, rel, head string }{
		{officials, "source", "conj", "officials"},
		{leaders, "Leaders", "nsubj", "demanded"},
		{officials, "Erdogan", "nsubj", "proposed"},
		{diplomats, "diplomats", "obl", "discussed"},
		{sessions, "Sessions", "nsubj", "said"},
		{sessions, "akin", "ccomp", "said"},
		{axios, "reports", "parataxis", "planned"},
		{axios, "Axios", "nsubj", "reports"},
		{comey, "Director", "nmod:desc", "James"},
		{comey, "James", "nsubj", "said"},
		{accused, "Iran", "obj", "accused"},
		{accused, "lying", "advcl", "accused"},
		{former, "Former", "amod", "Florida"},
		{condemned, "called", "conj", "condemned"},
		{warOver, "urged", "conj", "declared"},
		{deniedSaid, "said", "conj", "denied"},
		{hundredsOf, "Hundreds", "nsubj", "rallied"},
		{accordingTo3, "according", "case", "officials"},
		{failedTo, "sides", "nsubj", "failed"},
		{failedTo, "collapsed", "ccomp", "said"},
		{saidAdding, "launched", "ccomp", "said"},
		{saidAdding, "force", "nsubj", "said"},
		{notInvolved, "States", "nsubj", "welcomed"},
		{notInvolved, "involved", "acl:relcl", "States"},
		{vanceSaid, "expected", "ccomp", "said"},
		{vanceSaid, "Washington", "nsubj", "expected"},
		{vanceTold, "expected", "ccomp", "told"},
		{vanceTold, "that", "mark", "expected"},
		{maduroVowed, "Maduro", "nsubj", "accused"},
		{maduroVowed, "vowed", "conj", "accused"},
		{maduroRally, "Maduro", "nsubj", "accused"},
		{maduroRally, "speaking", "advcl", "accused"},
		{oneOfficial, "official", "nsubj", "said"},
		{oneOfficial, "spoke", "acl:relcl", "official"},
		{itOpposed, "opposed", "ccomp", "said"},
		{itOpposed, "confrontation", "obj", "opposed"},
		{blocECOWAS, "ECOWAS", "conj", "Union"},
		{blocECOWAS, "bloc", "nmod:desc", "ECOWAS"},
		{hiroAida, "Hiro", "nsubj", "said"},
		{guineaBissau, "Bissau", "flat", "Guinea"},
		{guineaBissau, "officers", "nsubj", "said"},
		{lopezCantera, "Carlos", "nsubj", "support"},
		{lopezCantera, "Cantera", "flat", "Carlos"},
		{brokeredIn, "brokered", "acl", "ceasefires"},
		{brokeredIn, "ceasefires", "nsubj", "collapsed"},
		{announcedIn, "announced", "acl", "ceasefire"},
		{announcedIn, "ceasefire", "nsubj", "took"},
		{announcedIn, "took", "conj", "collapsed"},
		{announcedIn, "and", "cc", "took"},
		{announcedRoot, "announced", "acl", "ceasefire"},
		{announcedRoot, "ceasefire", "nsubj", "took"},
		{ifAttackedOfficial, "attacked", "advcl", "threatens"},
		{ifAttackedOfficial, "says", "parataxis", "threatens"},
		{mediatorsPressure, "pressure", "xcomp", "called"},
		// A name before a titled closing speaker is the object of the
		// verb before it.
		{supplyUkraineSikorski, "Ukraine", "obj", "supply"},
		{supplyUkraineSikorski, "Radoslaw", "nsubj", "said"},
		{supplyUkraineSikorski, "Minister", "nmod:desc", "Radoslaw"},
		// What a closing report reports is no participle on its
		// subject, nor on a clause of time before it.
		{clashedMinistrySaid, "clashed", "ccomp", "said"},
		{clashedMinistrySaid, "Thousands", "nsubj", "clashed"},
		{clashedMinistrySaid, "hurling", "advcl", "clashed"},
		{clashedMinistrySaid, "officers", "nsubj", "responded"},
		{asParadeRolled, "CNN", "nsubj", "reported"},
		{asParadeRolled, "planes", "nsubj", "filled"},
		// A name after a day that closes a clause is the next verb's
		// subject.
		{memoMook, "Robby", "nsubj", "acknowledged"},
		{sundayThat, "Sunday", "obl:unmarked", "said"},
		{sundayThat, "believed", "ccomp", "said"},
		{sundayThat, "States", "nsubj", "win"},
		{tuesdayThat, "Tuesday", "obl:unmarked", "said"},
		{stopArming, "Washington", "nsubj", "stop"},
		{hasAccused, "has", "aux", "accused"},
		{usMilitary, "military", "nsubj", "struck"},
		{usMilitary, "U.S.", "compound", "military"},
		{saudiUAE, "Emirates", "conj", "Arabia"},
		{saudiUAE, "Turkey", "conj", "Arabia"},
		{butAccused, "accused", "conj", "said"},
		{euWarned, "Union", "nsubj", "warned"},
		{thursdayHe, "Thursday", "obl:unmarked", "said"},
		{saidSunday, "Sunday", "obl", "said"},
		{tensOf, "Tens", "nsubj", "rallied"},
		{urgedBeijing, "urged", "conj", "said"},
		{toldReuters2, "considering", "ccomp", "told"},
		{toldReuters2, "move", "obl", "considering"},
		{speakingOn, "one", "nsubj", "said"},
		{speakingOn, "speaking", "advcl", "said"},
		{outgoing, "Macky", "nsubj", "congratulated"},
		{outgoing, "run", "acl:relcl", "Macky"},
		{notApproved, "talks", "nsubj:pass", "approved"},
		{notApproved, "after", "mark", "approved"},
		{unMission, "mission", "nsubj", "called"},
		{unMission, "called", "conj", "condemned"},
		{retaliation, "retaliation", "obl", "targeted"},
		{retaliation, "killing", "nmod", "retaliation"},
		{fayeReleased, "who", "nsubj:pass", "released"},
		{fayeReleased, "Faye", "nsubj", "promised"},
		{carriedBy, "carried", "acl", "statement"},
		{carriedBy, "respond", "ccomp", "warned"},
		{afterWeeks, "agreed", "ccomp", "said"},
		{afterWeeks, "weeks", "obl", "agreed"},
		{quad, "States", "nsubj", "proposed"},
		{quad, "Britain", "conj", "States"},
		{resortOf, "Sharm", "nmod", "resort"},
		{shook, "hands", "obj", "shook"},
		{undergone, "undergone", "acl", "training"},
		{afterAttack, "Pakistan", "obj", "strikes"},
		{itTargeted, "camps", "obj", "targeted"},
		{living, "hostages", "obj", "released"},
		{living, "Egypt", "conj", "States"},
		{belonged, "belonged", "conj", "arrested"},
		{condemned, "withdraw", "xcomp", "called"},
		{officialsAnd, "officials", "nsubj", "said"},
		{toldReuters, "held", "ccomp", "told"},
		{toldReuters, "sign", "parataxis", "told"},
		{warWaged, "occupation", "nsubj", "waging"},
		{warWaged, "waging", "acl:relcl", "war"},
		{atMeeting, "diplomats", "nsubj", "said"},
		{atMeeting, "meeting", "nmod", "diplomats"},
		{warBetween, "Forces", "conj", "military"},
		{warBetween, "war", "nsubj", "began"},
		{sudanEnvoy, "Al", "appos", "envoy"},
		{officialsAnd, "said", "conj", "warned"},
		{officialsAnd, "and", "cc", "said"},
		{chinese, "Chinese", "amod", "Wang"},
		{chinese, "Wang", "nsubj", "met"},
		{israels, "Israel", "nmod:poss", "Benjamin"},
		{meetIsraeli, "Benjamin", "obj", "meet"},
		{meetIsraeli, "Israeli", "amod", "Benjamin"},
		{threatened, "threatened", "conj", "suspended"},
		{riotPolice, "police", "nsubj", "used"},
		{untilCalled, "called", "advcl", "continue"},
		{untilCalled, "until", "mark", "called"},
		{seizePower, "Bissau", "flat", "Guinea"},
		{seizePower, "detain", "conj", "seize"},
		{opecSources, "told", "parataxis", "considering"},
		{opecSources, "sources", "nsubj", "told"},
		{swapSaid, "officials", "nsubj", "said"},
		{alongside, "Russia", "nsubj", "interested"},
		{alongside, "Alexander", "obl", "speaking"},
		{alongside, "Finnish", "amod", "Alexander"},
		{insisting, "it", "nsubj", "strikes"},
		{insisting, "strikes", "ccomp", "insisting"},
		{toldAfter, "Sun", "nsubj", "told"},
		{toldAfter, "fang", "flat", "Sun"},
		{theater, "Army", "nmod", "Command"},
		{theater, "People", "nmod:poss", "Army"},
		{accusedQuote, "Washington", "obj", "accused"},
		{accusedQuote, "sending", "advcl", "accused"},
		{accusedQuote, "warned", "conj", "accused"},
		{televised, "acted", "ccomp", "said"},
		{threatened, "sanctions", "obj", "threatened"},
		{suspended, "Guinea", "obj", "suspended"},
		{suspended, "bloc", "obl", "suspended"},
		{relative, "odds", "acl:relcl", "Salome"},
		{anonymous, "official", "nsubj", "said"},
		{due, "meet", "xcomp", "due"},
		{due, "Secretary", "nsubj", "due"},
		{due, "as", "mark", "due"},
		{setTo, "meet", "xcomp", "set"},
		{setTo, "Trump", "nsubj:pass", "set"},
		{urgedFund, "help", "xcomp", "urged"},
		{wantWay, "get", "acl", "way"},
		{deniesPlans, "attack", "acl", "plans"},
		{gapped, "hundreds", "nsubj:pass", "arrested"},
		{stopSupplies, "urged", "conj", "called"},
		{inManila, "Carlson", "appos", "ambassador"},
		{offeredToHost, "offered", "ccomp", "said"},
		{offeredToHost, "speaking", "advcl", "said"},
		{theMove, "move", "nsubj", "came"},
		{theMove, "announced", "acl", "move"},
		{theMove, "described", "advcl", "came"},
		{theMove, "Jean", "nsubj", "described"},
		{citingAdviser, "warned", "ccomp", "reported"},
		{citingAdviser, "citing", "advcl", "reported"},
		{callingIt, "historic", "xcomp", "calling"},
		{agreeToCeasefire, "ceasefire", "obl", "agree"},
		{officialTold, "official", "nsubj", "told"},
		{houthiRun, "Al", "nsubj", "said"},
		{houthiRun, "run", "amod", "Al"},
		{houthiRun, "Houthi", "obl:unmarked", "run"},
		{kimLastWeek, "Kim", "nsubj", "denounced"},
		{kimLastWeek, "week", "obl:unmarked", "denounced"},
		{kimLastWeek, "sister", "appos", "Kim"},
		{blinkenSaid, "launch", "nsubj", "violated"},
		{blinkenSaid, "violated", "ccomp", "said"},
		{grossiSaid, "inspectors", "nsubj", "needed"},
		{grossiSaid, "needed", "ccomp", "said"},
		{governorHoursAfter, "hours", "obl:unmarked", "launched"},
		{tollAfterSpeaker, "killing", "advcl", "struck"},
		{rejectedOnSunday, "plan", "obj", "rejected"},
		{sayingProblems, "problems", "nsubj:pass", "solved"},
		{ministersLed, "Ron", "conj", "Asaad"},
		{rivalReported, "rival", "appos", "Imamoglu"},
		{oppositionParty, "opposition", "compound", "Party"},
		{chargeRejected, "Pakistan", "obj", "accused"},
		{unChief, "Tom", "nsubj", "said"},
		{unChief, "UN", "compound", "chief"},
		{offerBy, "send", "acl", "offer"},
		{japanAndSouthKorea, "Korea", "conj", "Japan"},
		{japanAndSouthKorea, "and", "cc", "Korea"},
		{japanAndSouthKorea, "South", "compound", "Korea"},
		{rubioAndBush, "Bush", "flat", "Jeb"},
		{ifEndedAndWithdrew, "withdrew", "conj", "ended"},
		{daysAfterTwoHeld, "States", "nsubj", "held"},
		{daysAfterTwoHeld, "Korea", "conj", "States"},
		{daysAfterTwoHeld, "after", "mark", "held"},
		{dayBeforeVoters, "voters", "nsubj", "head"},
		{sinceFallOfAssad, "of", "case", "Bashar"},
		{sinceFallOfAssad, "Bashar", "nmod", "fall"},
		{sanctionsOnThursday, "companies", "obl", "imposed"},
		{websiteItUses, "uses", "acl:relcl", "website"},
		{pactThatAllows, "allows", "acl:relcl", "pact"},
		{asPresidentHe, "president", "obl", "stop"},
		{asPresidentHe, "he", "nsubj", "stop"},
		// The report that closes the sentence is its main verb's; the
		// clause after "after" modifies that verb.
		{dayAfterGroupFired, "group", "nsubj", "fired"},
		{dayAfterGroupFired, "fired", "advcl", "struck"},
		{dayAfterGroupFired, "said", "parataxis", "struck"},
		// Two parties are one subject, not a compound of the object
		// across the verb.
		{governmentAndGroup, "group", "conj", "government"},
		{governmentAndGroup, "and", "cc", "group"},
		// A name between commas after a noun phrase is its apposition,
		// not the subject of the participle after it.
		{commanderDagalo, "Mohamed", "appos", "commander"},
		{commanderDagalo, "accusing", "advcl", "imposed"},
		// A past tense after a participle's clause is the main verb's
		// conjunct.
		{rejectedAsMotivated, "said", "conj", "rejected"},
		// A relative clause no commas set off is the noun's, the verb
		// after it the sentence's.
		{studentsWhoLed, "led", "acl:relcl", "Students"},
		{studentsWhoLed, "Students", "nsubj", "blocked"},
		// A prepositional aside after the verb is its oblique, not a
		// conjunct of the subject.
		{largestProtest, "protest", "obl", "marched"},
		// "all but one": a preposition and a modifier of "all", no
		// second clause.
		{allButOne, "but", "case", "one"},
		{allButOne, "one", "nmod", "all"},
		{allButOne, "all", "obj", "close"},
		// A name after a title with "of" in it is the title's name, not
		// a second subject.
		{secretaryOfStateName, "Marco", "flat", "U.S."},
		// A "who" clause is a relative clause on the people before it.
		{protestersWho, "demanding", "acl:relcl", "protesters"},
		// A restrictive relative clause after a participle's "by" name is
		// the participle's noun's.
		{draftedByThat, "called", "acl:relcl", "resolution"},
		// A second "of" gerund is the first's conjunct, not a clause
		// of a noun after it.
		{andOfArming, "arming", "conj", "preparing"},
		{andOfArming, "regions", "nmod", "groups"},
		{andOfArmingAllegation, "arming", "conj", "preparing"},
		// "according to" closing the sentence is its root's, not a noun's.
		{accordingOnNoun, "statement", "obl", "freeze"},
		// A clause after "since" is no complement of the main verb.
		{sinceTwoCountries, "fought", "advcl", "arrested"},
		{sinceTwoCountries, "countries", "nsubj", "fought"},
		{sinceTwoCountries, "since", "mark", "fought"},
		{sinceTwoCountries, "hundreds", "obj", "arrested"},
		// A participle after "and" is the verb's conjunct, not its object's
		// adjective.
		{andCutDefenceTies, "cut", "conj", "expelled"},
		{andCutDefenceTies, "ties", "obj", "cut"},
		// A claim that sums up what was reported is the report's.
		{claimPentagon, "claim", "parataxis", "said"},
		// A past tense after the object of a verb of saying is what was said.
		{saysDronesViolated, "violated", "ccomp", "says"},
		{saysDronesViolated, "drones", "nsubj", "violated"},
		{saysDronesViolated, "airspace", "obj", "violated"},
		// A participle right after an object, joined by nothing, is on it.
		{menConvicted, "convicted", "acl", "men"},
		{rallySlated, "slated", "acl", "rally"},
		{rallySlated, "citing", "advcl", "canceled"},
		// A comma heads no summing phrase.
		{chargeAbujaRejected, "charge", "parataxis", "accused"},
		{chargeAbujaRejected, "a", "det", "charge"},
		{chargeAbujaRejected, "Abuja", "nsubj", "rejected"},
		{chargeAbujaRejected, "rejected", "acl:relcl", "charge"},
		// An opening span of time measures when the verb after it happened.
		{hoursBeforeTalks, "Hours", "obl:npmod", "accused"},
		{hoursBeforeTalks, "talks", "nmod", "Hours"},
		{hoursBeforeTalks, "before", "case", "talks"},
		// A noun with a preposition is no subject; the noun before it is.
		{headquartersFor, "headquarters", "nsubj", "said"},
		{headquartersFor, "prisoners", "nmod", "headquarters"},
		// A titled name after "and" is a conjunct, not an apposition.
		{andTurkishPresident, "Recep", "conj", "Kyriakos"},
		{andTurkishPresident, "and", "cc", "Recep"},
		// To whom something is handed is the verb's.
		{handedOverTo, "authorities", "obl", "handed"},
		// "have" with a quantifier after it is the participle's
		// auxiliary; a relative pronoun before a subject is the object.
		{haveBothBanned, "have", "aux", "banned"},
		{haveBothBanned, "banned", "acl:relcl", "group"},
		{haveBothBanned, "which", "obj", "banned"},
		// So is "have" with a time phrase after it; the phrase is the
		// participle's oblique.
		{hadLastWeekCalled, "had", "aux", "called"},
		{hadLastWeekCalled, "Jean", "nsubj", "called"},
		{hadLastWeekCalled, "week", "obl:unmarked", "called"},
		{hadLastWeekCalled, "said", "conj", "called"},
		{hasOnMondayAnnounced, "has", "aux", "announced"},
		{hasOnMondayAnnounced, "Monday", "obl", "announced"},
		{hasOnMondayAnnounced, "on", "case", "Monday"},
		{hadEarlierThisMonth, "had", "aux", "warned"},
		{hadEarlierThisMonth, "Japan", "obj", "warned"},
		{hadEarlierThisMonth, "month", "obl:unmarked", "warned"},
		// A hyphenated place name with a particle is one name; set off
		// by commas after a noun, it names the noun, and the titled
		// name after it speaks.
		// "with", a noun phrase and a gerund are a clause: the phrase
		// is the gerund's subject, not a conjunct of the list before.
		{withActingAs, "acting", "advcl", "hosted"},
		{withActingAs, "Cuba", "nsubj", "acting"},
		{withActingAs, "with", "mark", "acting"},
		// A second party's report set against the first's by "while"
		// is the first report's clause, not part of what it said.
		{whileOfficeAccused, "accused", "advcl", "said"},
		// A day between a report verb and "that" is the report's.
		{saidMondayThat, "Monday", "obl:unmarked", "said"},
		// "worth" after a noun describes its phrase; a closing report
		// does not say it alone.
		{worthSaid, "worth", "amod", "sale"},
		// "according to" after a relative clause set off by commas
		// sources the sentence.
		{accordingAfterAside, "diplomats", "obl", "need"},
		{accordingAfterAside, "confidential", "advcl", "spoke"},
		// An object has no preposition: the phrase is an oblique.
		{metInKualaLumpur, "Lumpur", "obl", "met"},
		// A second titled name after "and", its nationality first, is
		// the conjunct.
		{northKoreanLeader, "Kim", "conj", "Vladimir"},
		{northKoreanLeader, "and", "cc", "Kim"},
		{northKoreanLeader, "leader", "nmod:desc", "Kim"},
		{northKoreanLeader, "Korean", "compound", "leader"},
		// A clause ending what was said is not the speaker's.
		{ifAttackedStateMedia, "attacked", "advcl", "pledging"},
		// A participle after a common noun subject of a "when" clause
		// is its past tense; the clause is adverbial; the noun after
		// "according to" heads its phrase, the participle after it
		// describes it, and the phrase is the sentence's.
		{accordingToVideo, "descended", "advcl", "sailing"},
		{accordingToVideo, "when", "advmod", "descended"},
		{accordingToVideo, "video", "obl", "sailing"},
		{accordingToVideo, "released", "acl", "video"},
		{portAuPrince, "au", "flat", "Port"},
		{portAuPrince, "Prince", "flat", "Port"},
		{portAuPrince, "Port", "appos", "capital"},
		{portAuPrince, "Kithure", "nsubj", "said"},
		{portAuPrince, "Minister", "nmod:desc", "Kithure"},
		// A conjunction heads no clause.
		{andThatItsAircraft, "struck", "conj", "intercepted"},
		{andThatItsAircraft, "and", "cc", "struck"},
		// A second "that" clause is the first's conjunct.
		{andThatOnly, "decide", "conj", "interfered"},
		{toldReutersFirst, "told", "parataxis", "held"},
		{toldReutersFirst, "contact", "parataxis", "held"},
		{troopsOnTuesday, "troops", "nsubj", "killed"},
		{truceSinceBrokered, "truce", "nmod", "fighting"},
		{truceSinceBrokered, "since", "case", "truce"},
		{truceSinceBrokered, "brokered", "acl", "truce"},
		{himselfSettler, "Bezalel", "nsubj", "welcomed"},
		{himselfSettler, "settler", "appos", "Bezalel"},
		{pactToShare, "share", "acl", "pact"},
		{unlessAndDeployed, "deployed", "conj", "withdrew"},
		{allegationAsmara, "Asmara", "nsubj", "rejected"},
		{allegationAsmara, "rejected", "acl:relcl", "allegation"},
		{countedCitizens, "citizens", "obj", "released"},
		{countedCitizens, "detained", "amod", "citizens"},
		{crewDetained, "members", "nsubj:pass", "detained"},
		{crewDetained, "detained", "conj", "taken"},
		{roleInMediating, "mediating", "acl", "role"},
		{cooperationWould, "continue", "ccomp", "said"},
		{cooperationWould, "cooperation", "nsubj", "continue"},
		{cooperationWould, "Pedro", "nsubj", "said"},
		{chargeRejected, "violating", "advcl", "accused"},
		{oppositionParty, "The", "det", "Party"},
		{rivalReported, "run", "amod", "Anadolu"},
		{sayingProblems, "solved", "ccomp", "saying"},
		{accusedOfHarbouring, "Afghanistan", "obj", "accused"},
		{accusedOfHarbouring, "harbouring", "advcl", "accused"},
		{accusedOfHarbouring, "militants", "obj", "harbouring"},
		{rejectedOnSunday, "put", "acl", "plan"},
		{governorHoursAfter, "launched", "advcl", "struck"},
		{governorHoursAfter, "said", "parataxis", "struck"},
		{spokesmanComma, "Kanyuka", "appos", "spokesman"},
		{saysItShot, "shot", "ccomp", "says"},
		{saysItShot, "jets", "obj", "shot"},
		{mediaWing, "wing", "nsubj", "said"},
		{mediaWing, "troops", "nsubj", "fired"},
		{mediaWing, "fired", "ccomp", "said"},
		{mediaWing, "artillery", "obj", "fired"},
		{dayBeforeDue, "delegations", "nsubj", "due"},
		{dayBeforeDue, "due", "advcl", "came"},
		{dayBeforeDue, "before", "mark", "due"},
		{killingBefore, "killing", "advcl", "struck"},
		{peopleKilled, "killed", "acl", "people"},
		{peopleKilled, "one", "nsubj", "fisherman"},
		{peopleKilled, "fisherman", "ccomp", "said"},
		{whoIsAllied, "Salome", "nsubj", "urged"},
		{whoIsAllied, "allied", "acl:relcl", "Salome"},
		{mostOfWhich, "parties", "nsubj", "said"},
		{mostOfWhich, "boycotted", "acl:relcl", "parties"},
		{trumpSaidDeal, "Donald", "nsubj", "said"},
		{mustAndProposed, "proposed", "conj", "said"},
		{calledPutin, "Putin", "obj", "called"},
		{whoLedOnX, "Khawaja", "nsubj", "said"},
		{whoLedOnX, "led", "acl:relcl", "Khawaja"},
		{whoLedOnX, "X", "obl", "said"},
		{juntaOrders, "junta", "nsubj", "orders"},
		{juntaOrders, "ambassador", "obj", "orders"},
		{leDrianLastWeek, "week", "obl:unmarked", "called"},
		{usAndChina, "China", "conj", "States"},
		{usAndChina, "and", "cc", "China"},
		{stocksRallied, "Stocks", "nsubj", "rallied"},
		{killingAdverbial, "killing", "advcl", "carried"},
		{landThat, "that", "obj", "capture"},
		{landThat, "forces", "nsubj", "unable"},
		{landThat, "unable", "acl:relcl", "land"},
		{russiaAlly, "Russia", "nsubj", "blamed"},
		{russiaAlly, "ally", "appos", "Russia"},
		{urgedCriticised, "criticised", "conj", "urged"},
		{offeredToMediate, "mediate", "xcomp", "offered"},
		{dayMarkedVerb, "Gustavo", "nsubj", "suspended"},
		{dayMarkedVerb, "Friday", "obl", "suspended"},
		{dayMarkedVerb, "attacked", "advcl", "suspended"},
		{dayMarkedVerb, "group", "nsubj", "attacked"},
		{dayMarkedVerb, "after", "mark", "attacked"},
		{adjectiveRootVerb, "Colombian", "amod", "Gustavo"},
		{guarantorNorway, "Norway", "nsubj", "expressed"},
		{guarantorNorway, "called", "conj", "expressed"},
		{accusedVessels, "ramming", "acl", "vessels"},
		{accusedVessels, "of", "mark", "ramming"},
		{accusedVessels, "injuring", "advcl", "ramming"},
		{tianiRelative, "Abdourahamane", "nsubj", "rejected"},
		{tianiRelative, "seized", "acl:relcl", "Abdourahamane"},
		{tianiRelative, "expelled", "conj", "rejected"},
		{tianiRelative, "outside", "obl", "imposed"},
		{threatPosed, "by", "case", "exercises"},
		{threatPosed, "exercises", "obl:agent", "posed"},
		{relativeSaid, "official", "nsubj", "said"},
		{relativeSaid, "reached", "ccomp", "said"},
		{relativeSaid, "agreement", "nsubj:pass", "reached"},
		{intentOnDay, "strengthen", "xcomp", "agreed"},
		{hopedFor, "put", "advcl", "hoped"},
		{threatUnless, "parliament", "nsubj", "threatened"},
		{threatUnless, "break", "xcomp", "threatened"},
		{knownAsE3, "countries", "nsubj", "accused"},
		{knownAsE3, "said", "conj", "accused"},
		{israeliAndUS, "U.S.", "conj", "Israeli"},
		{secondThat, "come", "conj", "over"},
		{calledAfterHurt, "called", "conj", "said"},
		{calledAfterHurt, "join", "xcomp", "called"},
		{rateOnGoods, "goods", "nmod", "tariffs"},
		{colonialPower, "Portugal", "nsubj", "called"},
		{colonialPower, "power", "appos", "Portugal"},
		{openIfDropped, "talks", "obl", "open"},
		{openIfDropped, "dropped", "advcl", "open"},
		{openIfDropped, "ruled", "conj", "open"},
		{kimRejects, "rejects", "conj", "vows"},
		{envoyBarrack, "Tom", "nsubj", "said"},
		{envoyBarrack, "envoy", "nmod:desc", "Tom"},
		{talksThat, "talks", "nsubj", "ongoing"},
		{talksThat, "ongoing", "ccomp", "told"},
		{wouldSee, "halt", "xcomp", "see"},
		{urgedWarning, "warning", "advcl", "urged"},
		{bureauMember, "member", "nmod:desc", "Mohammed"},
		{bureauMember, "respond", "ccomp", "said"},
		{womenAmongDead, "women", "nsubj", "dead"},
		{tollBeforeSpeaker, "killing", "advcl", "carried"},
		{daysBeforeSaid, "days", "obl", "agreed"},
		{postedVideo, "surrender", "ccomp", "said"},
		{helpingFight, "fight", "xcomp", "helping"},
		{helpingFight, "mission", "nsubj", "condemned"},
		{severalPolling, "stations", "obj", "attacked"},
		{severalPolling, "polling", "amod", "stations"},
		{possessedConjunct, "Hun", "nsubj", "met"},
		{possessedConjunct, "Phumtham", "conj", "Hun"},
		{possessedConjunct, "Thailand", "nmod:poss", "Phumtham"},
		{icjOrder, "statement", "obl", "ordered"},
		{prompting, "fired", "ccomp", "said"},
		{rightsGroups, "groups", "nmod", "coalition"},
		{rightsGroups, "rights", "compound", "groups"},
		{launchedFrom, "launched", "acl", "attacks"},
		{launchedFrom, "accusing", "advcl", "said"},
		{launchedFrom, "killed", "ccomp", "said"},
		{furtherDelaying, "extended", "ccomp", "said"},
		{furtherDelaying, "delaying", "advcl", "said"},
		{shadowNUG, "shadow", "nsubj", "called"},
		{shadowNUG, "formed", "advcl", "called"},
		{describingMeeting, "agreed", "ccomp", "said"},
		{describingMeeting, "describing", "advcl", "said"},
		{envoyTold, "reached", "ccomp", "told"},
		{envoyTold, "envoy", "nmod:desc", "Hanna"},
		{calledBrilliant, "brilliant", "xcomp", "called"},
		{calledBrilliant, "said", "conj", "called"},
		{putinKim, "Korean", "amod", "leader"},
		{putinKim, "Kim", "conj", "Vladimir"},
		{putinKim, "and", "cc", "Kim"},
		{jointOfficials, "officials", "nsubj", "said"},
		{jointOfficials, "countries", "nmod", "officials"},
		{xinhua, "agency", "obl", "said"},
		{thatTalks, "talks", "nsubj", "way"},
		{thatTalks, "that", "mark", "way"},
		{toldBild, "left", "ccomp", "told"},
		{backedBy, "Belgrade", "nsubj", "refused"},
		{backedBy, "backed", "acl", "Belgrade"},
		{daysBefore, "fired", "ccomp", "said"},
		{daysBefore, "before", "mark", "begin"},
		{daysBefore, "begin", "advcl", "said"},
		{quotedThenAnd, "resolutions", "nmod", "violation"},
		{quotedThenAnd, "called", "conj", "condemned"},
		{siteGroup, "according", "case", "Group"},
		{siteGroup, "Group", "obl", "claimed"},
		{prompting, "prompting", "advcl", "said"},
		{weaverSays, "Press", "obl", "stood"},
		{addingQuoted, "received", "ccomp", "told"},
		{addingQuoted, "official", "nsubj", "told"},
		{calledArrests, "arrests", "obj", "called"},
		{calledArrests, "persecution", "xcomp", "called"},
		{blamingOpp, "blaming", "conj", "saying"},
		{briefedOn, "officials", "obl", "carry"},
		{briefedOn, "briefed", "acl", "officials"},
		{fightUntil, "Forces", "nsubj", "withdrew"},
		{fightUntil, "withdrew", "advcl", "fight"},
		{dealingBlow, "rejected", "ccomp", "said"},
		{dealingBlow, "dealing", "advcl", "said"},
		{chargedWith, "planning", "advcl", "charged"},
		{nearBorder, "Belarus", "nmod", "border"},
		{metInAbuDhabi, "Aliyev", "obj", "met"},
		{listedHeadline, "Armenia", "nsubj", "agree"},
		{relativeReported, "contained", "ccomp", "said"},
		{accusedBoth, "mercenaries", "conj", "troops"},
		{hasSince, "has", "aux", "turned"},
		{alsoRunBy, "Niger", "nsubj", "voiced"},
		{readOnTV, "read", "acl", "statement"},
		{ministryAndSources, "ministry", "nsubj", "said"},
		{whileSay, "target", "ccomp", "says"},
		{theTwoHad, "discussed", "ccomp", "said"},
		{hoursAfter, "met", "advcl", "released"},
		{usAndGovernments, "States", "nsubj", "refused"},
		{accusedByGroups, "groups", "obl:agent", "accused"},
		{aMoveDiplomats, "move", "parataxis", "said"},
		{bothFace, "face", "advcl", "comes"},
		{policeWounded, "police", "compound", "officers"},
		{policeWounded, "officers", "nsubj:pass", "wounded"},
		{policeWounded, "Ten", "nummod", "officers"},
		{soldiersWounded, "soldiers", "nsubj:pass", "wounded"},
		{killsUkraineSays, "says", "parataxis", "kills"},
		{killsUkraineSays, "9", "obj", "kills"},
		{bothFace, "countries", "nsubj", "face"},
		{accusedByGroups, "killing", "advcl", "accused"},
		{usAndGovernments, "governments", "conj", "States"},
		{hoursAfter, "hours", "obl:unmarked", "met"},
		{theTwoHad, "migration", "obj", "discussed"},
		{whileSay, "strikes", "nsubj", "target"},
		{whileSay, "killed", "ccomp", "say"},
		{whileSay, "dozens", "nsubj:pass", "killed"},
		{ministryAndSources, "sources", "conj", "ministry"},
		{ministryAndSources, "said", "parataxis", "killed"},
		{ministryAndSources, "attack", "parataxis", "killed"},
		{readOnTV, "statement", "nsubj", "said"},
		{alsoRunBy, "run", "acl", "Niger"},
		{hasSince, "since", "advmod", "turned"},
		{accusedBoth, "allegations", "parataxis", "accused"},
		{accusedBoth, "denies", "acl:relcl", "allegations"},
		{relativeReported, "which", "nsubj", "contained"},
		{listedHeadline, "Azerbaijan", "conj", "Armenia"},
		{metInAbuDhabi, "Dhabi", "obl", "met"},
		{metInAbuDhabi, "in", "case", "Dhabi"},
		{nearBorder, "citizen", "appos", "suspects"},
		{sharaa, "Ahmed", "nsubj", "said"},
		{sharaa, "Syria", "nmod:poss", "Ahmed"},
		{sharaa, "ousted", "acl:relcl", "Ahmed"},
		{stateMedia, "media", "nsubj", "reported"},
		{stateMedia, "struck", "ccomp", "reported"},
		{stateMedia, "minister", "nsubj", "warned"},
		{stateMedia, "warned", "advcl", "struck"},
		{bothSaid, "officials", "nsubj", "said"},
		{bothSaid, "countries", "nmod", "officials"},
		{bothSaid, "strike", "nsubj", "killed"},
		{petroFriday, "Colombian", "amod", "Gustavo"},
		{petroFriday, "Gustavo", "nsubj", "suspended"},
		{petroFriday, "Friday", "obl", "suspended"},
		{latestSign, "sign", "obl", "told"},
		{hostedBy, "two", "nsubj", "said"},
		{hostedBy, "Mohammed", "obl:agent", "hosted"},
		{briefedAfter, "official", "nsubj", "said"},
		{briefedAfter, "briefed", "acl", "official"},
		{prisonersClub, "several", "nsubj", "needed"},
		{prisonersClub, "needed", "ccomp", "said"},
		{prisonersClub, "accusation", "parataxis", "said"},
		{brokeredBy, "States", "conj", "Egypt"},
		{freedAnd, "Israel", "nsubj", "released"},
		{canopy, "canopy", "nsubj", "collapsed"},
		{canopy, "collapsed", "advcl", "began"},
		{vetoed, "demanding", "acl", "resolution"},
		{vetoed, "saying", "advcl", "vetoed"},
		{fidanHosted, "Hakan", "nsubj", "said"},
		{whoseCountry, "Emmanuel", "nsubj", "called"},
		{stopSupplies, "return", "xcomp", "called"},
		{stopSupplies, "supplying", "xcomp", "stop"},
		{bothSides, "said", "parataxis", "agreed"},
		{bothSides, "officials", "nsubj", "said"},
		{mali, "Mali", "nsubj", "announced"},
		{mali, "ruled", "acl:relcl", "Mali"},
		{twoSources, "sources", "nsubj", "said"},
		{twoSources, "official", "conj", "sources"},
		{resident, "killed", "ccomp", "told"},
		{resident, "resident", "nsubj", "told"},
		{dias, "candidate", "nsubj", "accused"},
		{dias, "says", "acl:relcl", "candidate"},
		{broaddrick, "Juanita", "nsubj", "recounted"},
		{wednesday, "officials", "nsubj", "said"},
		{wednesday, "Wednesday", "obl:unmarked", "said"},
		{wednesday, "12", "obj", "wounding"},
		{wednesday, "killing", "advcl", "shelled"},
		{familiar, "Officials", "nsubj", "said"},
		{familiar, "discussions", "obl", "familiar"},
		{familiar, "with", "case", "discussions"},
		{briefed, "people", "nsubj", "said"},
		{briefed, "briefed", "acl", "people"},
		{close, "official", "nsubj", "said"},
		{close, "An", "det", "official"},
		{close, "close", "amod", "official"},
		{union, "according", "case", "union"},
		{reagan, "secretary", "obl", "represents"},
		{unnamed, "declined", "acl:relcl", "official"},
		{unnamed, "prepared", "ccomp", "said"},
		{address, "returned", "ccomp", "said"},
		{address, "that", "mark", "returned"},
		{urged, "Vladimir", "obj", "urged"},
		{irna, "Leader", "nsubj", "met"},
		{sunday, "rejecting", "advcl", "said"},
		{pentagon, "Lloyd", "nsubj", "said"},
		{pentagon, "Pentagon", "compound", "Lloyd"},
		{until, "defeated", "advcl", "end"},
		{until, "Hamas", "nsubj:pass", "defeated"},
		{until, "until", "mark", "defeated"},
		{inverted, "days", "obl", "agreed"},
		{euSanctions, "EU", "nsubj", "imposed"},
		{solidarity, "both", "advmod", "expressed"},
		{euSanctions, "sanctions", "obj", "imposed"},
		{truce, "Forces", "conj", "army"},
		{truce, "agreed", "ccomp", "said"},
		{truce, "reported", "advcl", "said"},
		{truce, "Saudi", "amod", "mediators"},
		{accusedOf, "accused", "acl", "ministry"},
		{fdic, "FDIC", "nsubj:pass", "Accused"},
		{fico, "warned", "conj", "said"},
		{hunManet, "called", "conj", "said"},
		{onX, "called", "conj", "said"},
		{onX, "that", "mark", "stands"},
		{onX, "X", "obl", "said"},
		{calledPast, "called", "conj", "attacked"},
		{calledDonor, "called", "conj", "held"},
		{formally, "selected", "advcl", "wait"},
		{crash, "killed", "acl:relcl", "crash"},
		{grewInto, "resign", "acl", "calls"},
		{russianSaid, "Russian", "amod", "Vladimir"},
		{upTo, "get", "xcomp", "Zelenskiy"},
		{including, "Emmanuel", "nmod", "leaders"},
		{declaredWinner, "Biya", "nsubj:pass", "declared"},
		{modiXi, "Xi", "conj", "Narendra"},
		{modiXi, "President", "nmod:desc", "Xi"},
		{modiXi, "that", "mark", "partners"},
		{navarro, "Peter", "nsubj", "accused"},
		{thirdDay, "day", "obl:unmarked", "struck"},
		{sinceApril, "April", "obl", "war"},
		{urgingIran, "urging", "advcl", "said"},
		{warIsOver, "over", "ccomp", "told"},
		{laterSaid, "said", "conj", "given"},
		{agedSon, "son", "appos", "Paz"},
		{remarkCalled, "remark", "parataxis", "called"},
		{thankedVoters, "thanked", "conj", "said"},
		{warIsOver, "calling", "advcl", "told"},
		{accessionTalks, "talks", "obj", "suspended"},
		{sinceApril, "RSF", "nsubj", "comment"},
		{declaredWinner, "winner", "xcomp", "declared"},
		{including, "leaders", "nsubj", "said"},
		{russianSaid, "Vladimir", "nsubj", "said"},
		{notInvited, "Ukrainian", "amod", "Volodymyr"},
		{notInvited, "Volodymyr", "nsubj", "said"},
		{notInvited, "invited", "acl:relcl", "Volodymyr"},
		{notInvited, "was", "aux:pass", "invited"},
		{grewInto, "Rajoelina", "nsubj", "resign"},
		{formally, "nominee", "nsubj:pass", "selected"},
		{huangyan, "calls", "acl:relcl", "shoal"},
		{huangyan, "which", "obj", "calls"},
		{huangyan, "Island", "xcomp", "calls"},
		{represented, "represented", "acl:relcl", "York"},
		{represented, "which", "obj", "represented"},
		{believes, "which", "nsubj", "believes"},
		{gabon, "seized", "ccomp", "said"},
		{officer, "officer", "nsubj", "said"},
		{johnson, "spokesperson", "nsubj", "said"},
		{johnson, "Speaker", "nmod", "spokesperson"},
		{saudi, "Arabia", "nsubj", "called"},
		{houthi, "Mohammed", "appos", "spokesman"},
		{allies, "allies", "nsubj", "end"},
		{allies, "end", "ccomp", "saying"},
		{seoul, "Seoul", "nsubj", "says"},
		{refugees, "war", "nsubj", "began"},
		{refugees, "began", "advcl", "fled"},
		{refugees, "agency", "obl", "fled"},
		{saudi, "talks", "acl:relcl", "Arabia"},
		{gabon, "commission", "nsubj", "declared"},
		{gabon, "after", "mark", "declared"},
		{accusedOf, "organising", "advcl", "accused"},
		{statement, "strike", "nsubj", "hit"},
		{statement, "hit", "ccomp", "saying"},
		{sighted, ".", "punct", "accused"},
		{sighted, "drones", "nsubj:pass", "sighted"},
		{sighted, "sighted", "ccomp", "saying"},
		{sighted, "saying", "advcl", "accused"},
		{dar, "Pakistan", "nmod:poss", "Ishaq"},
		{guterres, "Nations", "compound", "Antonio"},
		{guterres, "Antonio", "nsubj", "welcomed"},
		{inverted, "agreed", "ccomp", "said"},
		{qatari, "Qatari", "amod", "Sheikh"},
		{nations, "The", "det", "Antonio"},
		{nations, "Nations", "compound", "Antonio"},
		{stalled, "stalled", "ccomp", "said"},
		{oneOf, "one", "nsubj", "said"},
		{officialsAnd, "officials", "nsubj", "said"},
		{kyiv, "struck", "ccomp", "said"},
		{kyiv, "killing", "advcl", "struck"},
		{kyiv, "48", "obj", "wounding"},
		{poland, "its", "nmod:poss", "military"},
		{poland, "scrambled", "ccomp", "said"},
		{treasury, "imposed", "ccomp", "said"},
		{crackdown, "crackdown", "obl", "imposed"},
		{brussels, "Brussels", "compound", "attacks"},
		{brokered, "Egypt", "conj", "Qatar"},
		{reporters, "told", "parataxis", "injured"},
		{linJian, "Lin", "appos", "spokesperson"},
		{warring, "warring", "amod", "army"},
		{warring, "Rapid", "conj", "army"}, // the head the parse gives the name
		{warring, "paramilitary", "amod", "Rapid"},
		{reporters, "Tarriela", "nsubj", "told"},
		{brokered, "States", "conj", "Qatar"},
		{crackdown, "said", "parataxis", "imposed"},
		{treasury, "sworn", "advcl", "said"},
		{treasury, "accused", "acl:relcl", "officials"},
		{targeted, "forces", "nsubj", "targeted"},
		{targeted, "targeted", "ccomp", "saying"},
		{targeted, "positions", "obj", "targeted"},
		{stalled, "that", "mark", "stalled"},
		{counted, "25", "nummod", "officials"},
		{asksGuterres, "U.N.", "compound", "Antonio"},
		{asksGuterres, "Antonio", "obj", "asks"},
		{drafted, "urges", "conj", "calls"},
		{drafted, "sides", "obl", "calls"},
		{metBurns, "Burns", "obj", "met"},
		{metBurns, "diplomat", "nsubj", "said"},
		{asTehran, "as", "mark", "summons"},
		{asTehran, "Tehran", "nsubj", "summons"},
		{asTehran, "summons", "advcl", "imposes"},
		{asTalks, "as", "mark", "stall"},
		{callsFor, "for", "mark", "halt"},
		{callsFor, "Israel", "nsubj", "halt"},
		{callsFor, "halt", "advcl", "called"},
		{callsFriday, "Bader", "nsubj", "resign"},
		{urgedEU, "EU", "obj", "urged"},
		{urgedEU, "go", "xcomp", "urged"},
		{itAccused, "accused", "acl:relcl", "officials"},
		{itsChiefs, "chiefs", "nsubj", "agreed"},
		{itsChiefs, "disclose", "conj", "agreed"},
		{toldToLeave, "diplomats", "obj", "told"},
		{toldToLeave, "leave", "xcomp", "told"},
		{coastGuard, "coast", "compound", "ships"},
		{coastGuard, "ships", "nsubj", "fired"},
		{coastGuard, "fired", "ccomp", "said"},
		{treaty1951, "1951", "nummod", "treaty"},
		{treaty1951, "its", "nmod:poss", "treaty"},
		{moraes, "oversaw", "acl:relcl", "Justice"},
		{moraes, "led", "ccomp", "said"},
		{itsOffensive, "offensive", "obj", "halt"},
		{m23, "say", "acl:relcl", "group"},
		{m23, "backed", "ccomp", "say"},
		{m23, "experts", "conj", "Congo"},
		{threeSaid, "countries", "nsubj", "said"},
		{oneOfThose, "Nika", "nsubj", "told"},
		{oneOfThose, "one", "appos", "Nika"},
		{oneOfThose, "those", "nmod", "one"},
		{nominee, "Mitt", "nsubj", "tweeted"},
		{nominee, "nominee", "appos", "Mitt"},
		{sittingGovernor, "Christie", "nsubj", "repeated"},
		{sittingGovernor, "accusations", "obj", "repeated"},
		{analystsSaid, "analysts", "nsubj", "said"},
		{spokesmanQuote, "spokesman", "nmod:desc", "Nabil"},
		{spokesmanQuote, "Nabil", "nsubj", "said"},
		{armyAccuses, "Sudan", "compound", "army"},
		{armyAccuses, "army", "nsubj", "accuses"},
		{eachOtherOf, "violating", "advcl", "accused"},
		{croatianMinister, "Gordan", "nsubj", "told"},
		{croatianMinister, "Croatian", "amod", "Minister"},
		{ralliedAfter, "Tens", "nsubj", "rallied"},
		{ralliedAfter, "said", "advcl", "rallied"},
		{ralliedAfter, "party", "nsubj", "said"},
		{ralliedAfter, "after", "mark", "said"},
		{leeJaeMyung, "Lee", "nsubj", "called"},
		{leeJaeMyung, "myung", "flat", "Lee"},
		{sixDetained, "Americans", "obj", "released"},
		{sixDetained, "detained", "amod", "Americans"},
		{governmentAct, "government", "nsubj", "act"},
		{governmentAct, "act", "ccomp", "demanded"},
		{toldReuters3, "considering", "ccomp", "told"},
		{toldReuters3, "move", "parataxis", "told"},
		{daysAfterRaised, "Union", "nsubj", "raised"},
		{daysAfterRaised, "after", "mark", "raised"},
		{daysAfterRaised, "tariffs", "obj", "raised"},
		{deeplyConcerning, "concerning", "xcomp", "called"},
		{dueToMeet, "He", "nsubj", "due"},
		{dueToMeet, "is", "cop", "due"},
		{rwandanBacked, "backed", "amod", "rebels"},
		{creditingTalks, "crediting", "advcl", "said"},
		{creditingTalks, "talks", "obj", "crediting"},
		{withWhom, "discussed", "acl:relcl", "Doval"},
		{tradeAccusations, "Ethiopia", "nsubj", "trade"},
		{tradeAccusations, "Eritrea", "conj", "Ethiopia"},
		{whereHeld, "Belgium", "nsubj", "resisted"},
		{whereHeld, "held", "acl:relcl", "Belgium"},
		{calledDecision, "ministry", "nsubj", "called"},
		{calledDecision, "said", "conj", "called"},
		{calledDecision, "decision", "obj", "called"},
		{calledDecision, "unfriendly", "xcomp", "called"},
		{firstSuchMeeting, "meeting", "obl", "met"},
		{talksFocused, "talks", "nsubj", "focused"},
		{clashedLeaving, "clashed", "advcl", "ordered"},
		{clashedLeaving, "thousands", "nsubj", "clashed"},
		{clashedLeaving, "after", "mark", "clashed"},
		{clashedLeaving, "leaving", "advcl", "clashed"},
		{whoHostedSaid, "said", "conj", "called"},
		{hopedButWarned, "warned", "conj", "hoped"},
		{truceCollapsed, "truce", "nsubj", "collapsed"},
		{truceCollapsed, "collapsed", "advcl", "struck"},
		{fallOfAssad, "Bashar", "nmod", "fall"},
		{fallOfAssad, "of", "case", "Bashar"},
		{whichBombed, "Israel", "nsubj", "warned"},
		{mediatedCalled, "States", "nsubj", "called"},
		{mediatedCalled, "mediated", "acl:relcl", "States"},
		{spokespersonFor, "Jian", "appos", "spokesperson"},
		// "over" after "handed" is its particle, and the verb the past
		// tense with its object.
		{handedOver, "over", "compound:prt", "handed"},
		{handedOver, "remains", "obj", "handed"},
		// "press freedom" is a noun's compound, not an infinitive.
		{pressFreedom, "press", "compound", "freedom"},
		{pressFreedom, "freedom", "nmod", "blow"},
		// A noun is no compound of a noun across a preposition.
		{sharingWith, "information", "obj", "sharing"},
		{sharingWith, "authorities", "obl", "sharing"},
		{sharingWith, "with", "case", "authorities"},
		// A particle between two objects is the case of the second.
		{firedOff, "off", "case", "coast"},
		{firedOff, "coast", "obl", "fired"},
		// An unknown "-ate" word after "helped" is the verb it takes.
		{helpedMediate, "mediate", "xcomp", "helped"},
		{helpedMediate, "ceasefire", "obj", "mediate"},
		// A closing report with "citing" its object's modifier: the
		// speaker is its subject, "citing" its clause.
		{citingReports, "Organization", "nsubj", "said"},
		{citingReports, "citing", "advcl", "said"},
		{citingReports, "killed", "ccomp", "said"},
		// A denial with its auxiliary and adverb that the parse made
		// the root: the accusation before the comma is.
		{allegationRejected, "government", "nsubj", "accused"},
		{allegationRejected, "Emirates", "obj", "accused"},
		{allegationAsmara, "rejected", "acl:relcl", "allegation"},
		{allegationRejected, "UAE", "nsubj", "rejected"},
		// A gerund after "denied" is its complement, not a modifier of
		// the noun after it.
		{deniedTargeting, "targeting", "xcomp", "denied"},
		{deniedTargeting, "civilians", "obj", "targeting"},
		// "pressure" after "to" with no object is the noun.
		{bowToPressure, "pressure", "obl", "bow"},
		// "official" before a comma and a participle is the speaker.
		{officialSpeaking, "official", "nsubj", "said"},
		// A past tense the parse hung on the root noun is the root; a
		// crowd's "rallied" after "as" and its subject is a clause.
		{policeInSerbia, "Police", "nsubj", "fired"},
		{policeInSerbia, "rallied", "advcl", "detained"},
		{policeInSerbia, "tens", "nsubj", "rallied"},
		{judgeNight, "Carlton", "nsubj", "issued"},
		{judgeNight, "night", "obl:unmarked", "issued"},
		// What one is accused of by an agent is the accusing verb's.
		{accusedByNations, "killing", "advcl", "accused"},
		{accusedDenies, "killing", "advcl", "accused"},
		{accusedDenies, "civilians", "obj", "killing"},
		// A gerund after "those" is a clause on it.
		{thoseBlocking, "those", "nmod", "sanctions"},
		{thoseBlocking, "blocking", "acl", "those"},
		{thoseBlocking, "deliveries", "obj", "blocking"},
		// What a refused appeal asks is the appeal's; a second sender
		// is the first's conjunct.
		{callsToFree, "free", "acl", "calls"},
		{callsToFree, "Nations", "conj", "Union"},
		// A "that" clause after a report's time is what was reported,
		// though the parse made "that" its relative pronoun.
		{warnedLastWeekThat, "stall", "ccomp", "warned"},
		{warnedLastWeekThat, "that", "mark", "stall"},
		// "States" is no verb of saying; the pronoun before a subject
		// phrase is the object; a subordinate clause's subject keeps
		// its verb across the relative clause.
		{afterGroupWhich, "lists", "acl:relcl", "group"},
		{afterGroupWhich, "which", "obj", "lists"},
		{afterGroupWhich, "killed", "advcl", "came"},
		{afterGroupWhich, "group", "nsubj", "killed"},
		// A closing phrase of place is the verb's, no apposition; the
		// noun it hung on renames the name before it.
		{envoyInCaracas, "Caracas", "obl", "met"},
		{envoyInCaracas, "envoy", "appos", "Richard"},
		// The object of the reported verb is no first subject of the
		// closing report, and a participle after it is the verb's.
		{orderedToLeave, "official", "obj", "ordered"},
		{orderedToLeave, "accusing", "advcl", "ordered"},
		{orderedToLeave, "said", "parataxis", "ordered"},
		// A reported clause's subject named with an apposition is no
		// object of the report.
		{saidFormerVicePres, "president", "nsubj:pass", "convicted"},
		{saidFormerVicePres, "convicted", "ccomp", "said"},
		// What a verb of regarding takes its object for is the verb's.
		{viewsStarAs, "part", "obl", "views"},
		// Who orders one to leave accuses him.
		{orderedAmbassador, "accusing", "advcl", "ordered"},
		// What the root noun held after the verb taken for a participle
		// is the verb's.
		{rallyDemanding, "Saturday", "obl", "rallied"},
		{rallyDemanding, "demanding", "advcl", "rallied"},
		// A clause before a closing report is the root; the writer's
		// aside after the report is set beside it.
		{furtherStep, "said", "parataxis", "agreed"},
		{furtherStep, "step", "parataxis", "agreed"},
		// The last name of a subject's list is no second subject.
		{negotiatorsFrom, "States", "conj", "Qatar"},
		{negotiatorsFrom, "and", "cc", "States"},
		// A name after a comma whose "'s" the phrase before took is the
		// possessor of the report's subject.
		{overTheSeaJapans, "Japan", "nmod:poss", "ministry"},
		{overTheSeaJapans, "Sea", "obl", "flew"},
		// A report's second subject with a relative clause and no
		// relative pronoun is the reported clause's subject.
		{saidAgreementHad, "had", "ccomp", "said"},
		{saidAgreementHad, "agreement", "nsubj", "had"},
		// A clause "after" opens is an adverbial clause, not one of its own.
		{brokeOffAfter, "forced", "advcl", "broke"},
		// A day right after a report is the report's, not a second
		// subject of what is reported.
		{saidSaturdayIt, "Saturday", "obl:unmarked", "said"},
		{saidSaturdayIt, "it", "nsubj", "shot"},
		// A noun that sums up the clause before it is judged in the
		// report after it, whose subject the name is.
		{aMoveMoscowWarned, "Moscow", "nsubj", "warned"},
		{aMoveMoscowWarned, "warned", "acl:relcl", "move"},
		// A relative clause between commas does not part a reported
		// clause's subject from its predicate.
		{islandsWhichBeijing, "islands", "nsubj", "territory"},
		{islandsWhichBeijing, "territory", "ccomp", "saying"},
		// A closing "according to" sources the whole clause it closes,
		// and the reason its source gives is its relative clause's.
		{talksFocusedAccording, "officials", "obl", "focused"},
		{talksFocusedAccording, "authorized", "advcl", "spoke"},
		// A clause of time before a closing report is the sentence's.
		{hoursAfterDiplomats, "agreed", "advcl", "vetoed"},
		{hoursAfterDiplomats, "hours", "obl:unmarked", "agreed"},
		// A headline's passive after "after" is no complement of the
		// verb before it: a participle of the noun, as EWT reads a
		// clause of time with no auxiliary.
		{afterOfficerKilled, "killed", "acl", "officer"},
		{afterOfficerKilled, "officer", "obl", "trade"},
		// A clause of time is no root with the report before it.
		{struckMilitaryDay, "said", "parataxis", "struck"},
		{struckMilitaryDay, "launched", "advcl", "struck"},
		// A report with no pronoun on the noun before its subject.
		{militantsIslamabadSays, "says", "acl:relcl", "militants"},
		{militantsIslamabadSays, "Islamabad", "nsubj", "says"},
		{asRelationsDeteriorate, "says", "acl:relcl", "militants"},
		{asRelationsDeteriorate, "deteriorate", "advcl", "said"},
		// A conjunct of what a closing report reports, not of the report.
		{embracedAndAgreed, "agreed", "conj", "embraced"},
		// A "that" clause is the report's before it, not a clause of
		// the clause of time after it.
		{saidMondayThatTalks, "progressing", "ccomp", "said"},
		{saidMondayThatTalks, "talks", "nsubj", "progressing"},
		// A report after a closing quotation closes the sentence, on
		// its root, not as a clause of the quotation's verb.
		{cabinetDecidedOffice, "said", "parataxis", "decided"},
		// A clause with a pronoun subject right after a noun, its object
		// missing, is a relative clause on the noun.
		{areasItControls, "controls", "acl:relcl", "areas"},
		// The names after "with" are no subject of the verb after "and".
		{spokenWithAndUrged, "Nicolas", "obl", "spoken"},
		{spokenWithAndUrged, "urged", "conj", "spoken"},
		// A noun with a preposition is no subject of the gerund after
		// it, unless "with" opens the clause.
		{fireOnTroopsBuilding, "troops", "obl", "opened"},
		{fireOnTroopsBuilding, "building", "acl", "troops"},
		{withForecasters, "Forecasters", "nsubj", "Predicting"},
		// A closing report's speaker's title is no conjunct of the
		// phrase before the comma.
		{tuesdayMinister, "Minister", "nmod:desc", "Ali"},
		// The second of two objects of "told" before a subjectless
		// clause is its subject.
		{toldReutersAgreement, "agreement", "nsubj", "response"},
		// A clause of concession after a closing report leaves the
		// clause before the report its complement.
		{bothSaidThough, "agreed", "ccomp", "said"},
		{bothSaidThough, "set", "advcl", "said"},
		// A "whose" clause whose subject the parse found is still on
		// the noun before the comma; an infinitive after it is the
		// purpose of the sentence's verb, not what the closing report
		// reports.
		{whoseToProtest, "represents", "acl:relcl", "ambassador"},
		{whoseToProtest, "protest", "advcl", "summoned"},
		{whoseToProtest, "reported", "parataxis", "summoned"},
		// A participle that only describes the noun after it is no verb
		// taking the noun as its object.
		{accusedNeighbouring, "Eritrea", "obj", "accused"},
		{accusedNeighbouring, "neighbouring", "amod", "Eritrea"},
		{fromNeighboring, "Lebanon", "obl", "withdraw"},
		{fromNeighboring, "from", "case", "Lebanon"},
		// A clause after ", and" past a medial report is the sentence
		// verb's conjunct, not what is reported.
		{heSaidAnd, "paralyzing", "conj", "take"},
		{heSaidAnd, "said", "parataxis", "take"},
		// The name after an opening participle's clause is the subject
		// of the verb after it, not an apposition of the clause's last
		// name.
		{speakingBurhanVowed, "Burhan", "nsubj", "vowed"},
		// A past participle with an agent describes the noun before it,
		// the object of the verb before that.
		{officesRunBy, "offices", "obj", "took"},
		{officesRunBy, "run", "acl", "offices"},
		// A closing report's named speaker, after the comma, is its
		// subject, not an oblique of the clause before.
		{bordersMinisterSaid, "Minister", "nsubj", "said"},
		{bordersMinisterSaid, "said", "parataxis", "agreed"},
		// A subject after its report verb, with a copula of its own, is
		// the clause reported.
		{saidStatesWasItself, "States", "ccomp", "said"},
		// A participle with an agent right after a verb's object
		// describes the object.
		{plotBackedBy, "backed", "acl", "plot"},
		// A past participle with an auxiliary is a verb: after a verb of
		// saying, the verb of what was said, with the noun before the
		// auxiliary its subject, whatever modifies that noun.
		{troopsHadFired, "fired", "ccomp", "said"},
		{troopsHadFired, "troops", "nsubj", "fired"},
		{troopsHadFired, "rockets", "obj", "fired"},
		{advisersAtCommission, "advisers", "nsubj:pass", "declared"},
		// A verb coordinated after a statement's words is the act of
		// whoever released the statement.
		{statementAndWelcomed, "welcomed", "conj", "released"},
		// The words before a subordinate clause whose subject the parse
		// took for the clause are the clause before's (TestSubordinateSubjects);
		// a noun with a copula is a clause.
		{whileCounterpartSaid, "respect", "obl", "followed"},
		{whileSheWasSecretary, "secretary", "advcl", "used"},
		// A report after ", and" that reports a clause of its own is the
		// second of two clauses, not a closing report of the first.
		{rebelsNotParty, "said", "conj", "party"},
		// A title of several words before a closing speaker is the
		// speaker's, not a conjunct of the phrase before the comma.
		{chiefCabinetSecretary, "Cabinet", "nmod:desc", "Yoshimasa"},
		// A second subject after an "and" hung on the verb, with its
		// nationality hung there too, is the first's conjunct.
		{hassanAndAbiySigned, "Abiy", "conj", "Hassan"},
		{hassanAndAbiySigned, "Ethiopian", "amod", "Abiy"},
		// A complement with two subjects, the second a pronoun right
		// after a noun, is a relative clause on the noun, and the first
		// the object of the verb before; not after a verb of saying.
		{shipTheySeized, "seized", "acl:relcl", "ship"},
		{shipTheySeized, "attack", "obj", "condemned"},
		{shipTheySeized, "called", "conj", "condemned"},
		{toldHostSheBelieved, "believed", "ccomp", "told"},
		// "after" before a name or noun and a tense opens a clause.
		{afterAnkaraClosed, "after", "mark", "closed"},
		{afterAnkaraClosed, "Ankara", "nsubj", "closed"},
		{afterAnkaraClosed, "closed", "advcl", "suspended"},
		{afterAnkaraClosed, "flights", "obj", "suspended"},
		{afterRebelGroup, "group", "nsubj", "attacked"},
		{afterRebelGroup, "talks", "obj", "suspended"},
		// A noun after ", but" taken for a conjunct of the verb before is
		// the subject of the verb after its phrase; a phrase with a
		// preposition is not.
		{butOfficialSaid, "official", "nsubj", "said#2"},
		{butOfficialSaid, "speaking", "advcl", "said#2"},
		{cityStillInLimbo, "Guard", "nsubj", "occupies"},
		// A preposition after a noun, taken for its case, with a gerund
		// after it, is the gerund's mark.
		{accusedOnSaturdayOf, "firing", "advcl", "accused"},
		{accusedOnSaturdayOf, "of", "mark", "firing"},
		// A noun repeated around a preposition ("face to face") is an
		// adverbial, the noun before it the verb's object.
		{signDealFaceToFace, "deal", "obj", "sign"},
		{signDealFaceToFace, "face", "obl:unmarked", "sign"},
		// A closing speaker after a phrase of time is no conjunct of the
		// phrase's noun.
		{sinceStartOfficials, "officials", "nsubj", "said"},
		{sinceStartOfficials, "start", "obl", "exchanged"},
		{sinceStartOfficials, "since", "case", "start"},
		// A clause right after a verb of saying is what it says, not the
		// clause the report modifies.
		{asBeijingWarned, "crush", "ccomp", "warned"},
		{asBeijingWarned, "warned", "advcl", "said"},
		// A participle laying a charge on the object describes it.
		{manAccusedOfSpying, "accused", "acl", "man"},
		// One summons an envoy to protest or inform: the summoner's
		// purpose; but the envoy explains.
		{summonedToInform, "inform", "advcl", "summoned"},
		{summonedToExplain, "explain", "xcomp", "summoned"},
		// A conjunction hung on a noun heads nothing: the clause it
		// opens is the conjunct of the verb marked alike above it.
		{ofArmingAfterBorder, "arming", "conj", "mobilizing"},
		{ofArmingAfterBorder, "and", "cc", "arming"},
		// A participle right after a tensed verb modifies the noun after
		// it, the verb's object.
		{struckSuspected, "targets", "obj", "struck"},
		{struckSuspected, "suspected", "amod", "targets"},
		{struckSuspected, "Iraq", "obl", "struck"},
		{heldHeatedRhetoric, "rhetoric", "obj", "held"},
		{heldHeatedRhetoric, "responsible", "xcomp", "held"},
		// A verb opened by "and" before a closing report is the first
		// verb's conjunct, not what was reported.
		{seizedAndDetained, "detained", "conj", "seized"},
		{seizedAndDetained, "reported", "parataxis", "seized"},
		// A noun with a copula heads a clause, never a subject.
		{inTalksButNot, "talks", "ccomp", "said"},
		{inTalksButNot, "Ottawa", "nsubj", "talks"},
		{inTalksButNot, "reached", "conj", "talks"},
		// A phrase with a preposition after an object is no conjunct of
		// it.
		{commanderInAirstrike, "airstrike", "obl", "killed"},
		// "that" before a clause missing its object is its relative
		// pronoun.
		{attackItBlamed, "blamed", "acl:relcl", "cyberattack"},
		{attackItBlamed, "that", "obj", "blamed"},
		// A name after a conjunct of the first subject goes on that
		// conjunct's name.
		{trumpAndPutinAgreed, "Putin", "flat", "President#2"},
		// A participle after a reported subject modifies it; the modal
		// verb is what is reported.
		{dealReachedWouldNot, "last", "ccomp", "warned"},
		{dealReachedWouldNot, "reached", "acl", "deal"},
		{dealReachedWouldNot, "deal", "nsubj", "last"},
		// A noun hung on a verb as a title is its subject; a clause
		// "after" opens modifies the verb before it.
		{drillsAfterSpeech, "president", "nsubj", "said"},
		{drillsAfterSpeech, "said", "advcl", "launched"},
		// A relative clause opened right after a place in an "in"
		// phrase is what is there.
		{fightingThatKilled, "killed", "acl:relcl", "fighting"},
		// What one fails to do, past a time, is its complement.
		{failedOnThursdayTo, "agree", "xcomp", "failed"},
		// A speech participle after a reported "that" clause is the
		// reporter's.
		{deniedSaying, "saying", "advcl", "denied"},
		// What a verb of naming names, with its own determiner, is its
		// object, not a compound of the name.
		{calledAttacksTerrorism, "attacks", "obj", "called"},
		{calledAttacksTerrorism, "terrorism", "xcomp", "called"},
		// A name in apposition right before a closing verb of saying is
		// its subject.
		{campUNSays, "U.N.", "nsubj", "says"},
		{campUNSays, "camp", "nmod", "attack"},
		// A speech participle after a clause of time goes on the verb
		// the clause dates.
		{strikesSinceSaying, "saying", "advcl", "carried"},
		// A participle after the root's "for" phrase, in a sentence
		// with no finite verb that a quotation closes, is its verb.
		{spokesmanForCalled, "spokesman", "nsubj", "called"},
		// An "according to" phrase taken for a relative clause is the
		// clause's oblique.
		{metResistanceAccording, "diplomats", "obl", "met"},
		// A gerund with an object coordinated with the last noun of a
		// gerund is that gerund's conjunct.
		{freeingAndKilling, "killing", "conj", "freeing"},
		// A report joined to a clause of time is the conjunct of the
		// verb that clause is on.
		{suspendedAfterAndSaid, "said", "conj", "suspended"},
		// A charge after a copular predicate of a report is the
		// speaker's.
		{notOnListAndAccused, "accused", "conj", "said"},
		// A possessor hung on a noun's modifier is the noun's.
		{growingThreat, "Korea", "nmod:poss", "threat"},
		// A participle joined to the verb by nothing is on its object,
		// even with the infinitive one is made to do.
		{koreansForcedToWork, "forced", "acl", "Koreans"},
		// "for X to do" after a plan or a deal makes X the doer.
		{planForGroupTo, "group", "nsubj", "hand"},
		// A past tense with an object on a root noun that has a subject
		// is the root; the noun is the subject's place.
		{authoritiesInRegion, "Authorities", "nsubj", "accused"},
		{authoritiesInRegion, "region", "nmod", "Authorities"},
		// A reason inside the subject's participle clause is no root; the
		// verb after it is.
		{confirmedAfterReason, "official", "nsubj", "confirmed"},
		{confirmedAfterReason, "authorized", "advcl", "speaking"},
		// "both" opening a participle between commas describes the noun
		// before it, the subject of the report after it, which says the
		// clause after it.
		{bothRuled, "Mali", "nsubj", "said"},
		{bothRuled, "ruled", "acl", "Mali"},
		{bothRuled, "considered", "ccomp", "said"},
		// A name split at a hyphen into two subjects is one name.
		{indoPacific, "U.S.", "compound", "Command"},
		// Pressure urges no one: the directive is the speaker's.
		{pressureWorked, "urged", "conj", "said"},
		// A tanker "bound for" a place is what was seized.
		{tankerBound, "tanker", "obj", "seized"},
		{tankerBound, "bound", "acl", "tanker"},
		// After an office and its holder's possessive, of two words in -s
		// the first is the verb.
		{chiefRejects, "chief", "nsubj", "rejects"},
		{chiefRejects, "talks", "obj", "rejects"},
		// Coordinated subjects after "after" are the clause's, which
		// "after" opens.
		{dayAfterTwoInvited, "States", "nsubj", "invited"},
		{dayAfterTwoInvited, "Arabia", "conj", "States"},
		{dayAfterTwoInvited, "after", "mark", "invited"},
		// A name after a title's "for" phrase is the title's.
		{envoyForSudan, "Tom", "appos", "envoy"},
		// The object a passive of giving keeps is its object.
		{grantedAsylum, "asylum", "obj", "granted"},
		// A name after an office after a noun is the head, the noun its
		// modifier.
		{caretakerMikati, "Najib", "nsubj", "condemned"},
		{caretakerMikati, "caretaker", "compound", "Najib"},
		// A noun after a verb with no object, before a participle of
		// what one is made to do, is that verb's object.
		{compensateKoreans, "Koreans", "obj", "compensate"},
		{compensateKoreans, "forced", "acl", "Koreans"},
		{compensateKoreans, "announced", "advcl", "came"},
		// What a plural possessive possesses is the head; the past tense
		// the phrase held is the root.
		{countriesMinisters, "countries", "nmod:poss", "ministers"},
		{countriesMinisters, "ministers", "nsubj", "agreed"},
		{countriesMinisters, "pull", "xcomp", "agreed"},
		// A past tense right after a pronoun after a noun is a relative
		// clause on the noun, not the sentence's conjunct.
		{peopleItAccused, "accused", "acl:relcl", "people"},
		{peopleItAccused, "it", "nsubj", "accused"},
		// A part that a participle with an agent is said of is what was
		// done to.
		{mostOfThemMediated, "most", "nsubj:pass", "mediated"},
		{ministerCallsFor, "minister", "nsubj", "calls"},
		// A capitalized first word before a plural that a relative clause
		// describes modifies the plural.
		{transportWorkers, "workers", "nsubj", "said"},
		// A participle with an agent after the noun of the verb's oblique
		// describes the noun.
		{ceasefireBrokered, "brokered", "acl", "ceasefire"},
		// A headline's second verb after a comma.
		{dissolvesCalls, "calls", "conj", "dissolves"},
		{dissolvesCalls, "election", "obj", "calls"},
		// "alongside" before a noun phrase is its preposition.
		{foughtAlongside, "alongside", "case", "troops"},
		// "saying" after a comma says the clause it was taken to mark.
		{sayingDemocracy, "saying", "advcl", "suspended"},
		{sayingDemocracy, "abused", "ccomp", "saying"},
		// Two names a hyphen joins before a noun are its compounds.
		{koreaUSDrills, "Korea", "compound", "U.S."},
		{koreaUSDrills, "U.S.", "compound", "drills"},
		{koreaUSDrills, "drills", "nmod", "ahead"},
		// "since" before a date is its preposition, in the clause the
		// date follows.
		{fightingSinceApril, "April", "obl", "fighting"},
		{fightingSinceApril, "RSF", "nsubj", "said"},
		{fightingSinceApril, "welcomed", "ccomp", "said"},
		{ruledSinceJune, "since", "case", "June"},
		{ruledSinceJune, "June", "obl", "ruled"},
		// An opening date is the oblique of the verb after its comma.
		{inAprilOpening, "April", "obl", "lost"},
		{inAprilOpening, "army", "nsubj", "lost"},
		{sinceAprilOpening, "April", "obl", "lost"},
		{sinceAprilOpening, "army", "nsubj", "lost"},
		// "and" after a parenthesis goes on coordinating names.
		{sensList, "Robert", "conj", "Sens."},
		// A surname after a middle initial goes on the name; a noun
		// with "a" after the name's comma describes it.
		{grahamInitial, "Graham", "flat", "Sen."},
		{grahamInitial, "candidate", "appos", "Sen."},
		// What follows the statement it was said in, lacking nothing, is
		// what was said.
		{statementItCaptured, "captured", "ccomp", "said"},
		// A state's name of "Republic of …" is one name, whole in a
		// coordination.
		{congoRwandaMinisters, "Rwanda", "conj", "Republic"},
		// A plural after "and" before a present tense it could be the
		// object of is the coordinated verb.
		{resumesTalks, "resumes", "conj", "restores"},
		{resumesTalks, "talks", "obj", "resumes"},
		// A party's wing modifies the name it opens; "press on with"
		// after "and" is a verb.
		{farRightPressOn, "right", "amod", "Bezalel"},
		{farRightPressOn, "press", "conj", "reject"},
		// Two names after a plural title are coordinated, the title
		// describing the first.
		{presidentsPair, "Volodymyr", "nmod", "meeting"},
		{presidentsPair, "Vladimir", "conj", "Volodymyr"},
		{presidentsPair, "Presidents", "nmod:desc", "Volodymyr"},
		// A charge beside a relative clause's verb, or a noun of what was
		// said, is the speaker's.
		{shipsThatIntruded, "blamed", "conj", "said"},
		{expressedSupport, "expressed", "conj", "said"},
		// "shot down" before a noun phrase is the verb and its particle,
		// and the noun phrase its object, not a later verb's subject.
		{jetsShotDown, "shot", "ccomp", "said"},
		{jetsShotDown, "drones", "obj", "shot"},
		{jetsShotDown, "Tusk", "nsubj", "said"},
		// A possessor after "and" goes on its noun, which joins the
		// phrase the "and" continues.
		{chinasBan, "ban", "conj", "dispute"},
		// A past tense joined to a predicate in the infinitive is the
		// ordering verb's conjunct.
		{orderedOnAlert, "called", "conj", "ordered"},
		// A closing "according to" sources the sentence, not the clause
		// of time before it.
		{executedSinceWar, "media", "obl", "executed"},
		{proposedUsing, "proposed", "conj", "said"},
		// A name after a comma with a possessor of its own is another
		// person's.
		{leeTakaichiAgree, "Takaichi", "conj", "Lee"},
		// A relative clause holds nothing before its noun.
		{accusingBeforeCharge, "accusing", "advcl", "expelled"},
		// What a plan is for, right after it, is its phrase.
		{plansForStrikes, "strikes", "nmod", "plans"},
		// A past tense after the noun a verb of saying is followed by is
		// the clause said, the noun its subject.
		{strikeTargeted, "targeted", "ccomp", "said"},
		{strikeTargeted, "strike", "nsubj", "targeted"},
		{attackTargeted, "targeted", "ccomp", "said"},
		{attackTargeted, "attack", "nsubj", "targeted"},
		// A word of speech closing a headline after a name is what the
		// name said, no verb of its.
		{afterTrumpRemarks, "remarks", "obl", "recalls"},
		{afterTrumpRemarks, "Trump", "compound", "remarks"},
		// A name before a predicate's copula is its subject.
		{berlinInTalks, "Berlin", "nsubj", "talks"},
		// "cut" after "and" goes on the infinitive before it.
		{imposeAndCut, "cut", "conj", "impose"},
		{imposeAndCut, "aid", "obj", "cut"},
		// A second headline verb is no clause of its own "of" gerund.
		{expelsAccusesOf, "accuses", "conj", "expels"},
		{expelsAccusesOf, "meddling", "advcl", "accuses"},
		// A gerund right after people a phrase names describes them.
		{protestersMarching, "marching", "acl", "protesters"},
		// A gerund after a noun's prepositional phrase is the noun's
		// clause, the noun after it its object.
		{billSuspending, "suspending", "acl", "bill"},
		{billSuspending, "cooperation", "obj", "suspending"},
		// A report closing on a span "after" something closes the
		// sentence; the span measures the phrase.
		{billSuspending, "reported", "parataxis", "approved"},
		{billSuspending, "days", "nmod:unmarked", "strikes"},
		{billSuspending, "after", "case", "strikes"},
		// A copula is no report's: its clause is what was reported.
		{amongThoseFreed, "said", "parataxis", "those"},
		{amongThoseFreed, "leader", "nsubj", "those"},
		{amongThoseFreed, "among", "case", "those"},
		// A headline's second clause after a comma has its own subject.
		{hungaryDropsVeto, "Hungary", "nsubj", "drops"},
		{hungaryDropsVeto, "veto", "obj", "drops"},
		{islamabadDenies, "Islamabad", "nsubj", "denies"}, // not an apposition of "Kashmir"
		// A headline's two words in -s swapped back, a second clause
		// after a comma notwithstanding.
		{kimRejectsTalks, "talks", "obj", "rejects"},
		// An opening participle before a title and a name describes them.
		{exiledLeaderSaid, "Exiled", "amod", "leader"},
		// A clause before a closing report's subject is the reported
		// verb's.
		{refusingLawyersSaid, "refusing", "advcl", "sentenced"},
		// A headline's "-ing" predicate after "say" and its subject is
		// what was said.
		{sayTruceHolding, "holding", "ccomp", "say"},
		{sayTruceHolding, "truce", "nsubj", "holding"},
		// "to" before a participle and a name is a preposition.
		{aidesToJailed, "jailed", "amod", "Imamoglu"},
		{aidesToJailed, "to", "case", "Imamoglu"},
		// A noun between a verb of saying and a complement with no
		// subject is the complement's subject.
		{securityHadImproved, "security", "nsubj", "improved"},
		{securityHadImproved, "frontier", "nmod", "security"},
		// Quoted adverbs before a reported verb are its.
		{quotedAdverbs, "deliberately", "advmod", "blocked"},
		{quotedAdverbs, "ships", "nsubj", "blocked"},
		{quotedAdverbs, "blocked", "ccomp", "said"},
		// A subject before a subordinate clause's marker is the main verb's.
		{officialSpeakingSaid, "official", "nsubj", "said"},
		// A participle before a subjectless complement modifies its noun.
		{delegationLedWould, "delegation", "nsubj", "travel"},
		{delegationLedWould, "led", "acl", "delegation"},
		{delegationLedWould, "that", "mark", "travel"},
		// A name after a comma and a noun is the noun's appositive, not
		// an oblique without a preposition.
		{rivalEvoMorales, "Morales", "appos", "rival"},
		{directorMichaelBay, "Bay", "appos", "director"},
		// A name before a subject's compounds is one more compound.
		{unRightsOffice, "Nations", "compound", "office"},
		// A report closing a clause and the aside after it are set
		// beside the clause, not its conjunct and what was said.
		{diplomatsSaidLatest, "said", "parataxis", "blocked"},
		{diplomatsSaidLatest, "latest", "parataxis", "blocked"},
		// A summing noun after the second of two clauses sums that one.
		{chargeAbuDhabiDenies, "charge", "parataxis", "accused"},
		// A name's first word is no subject of its second.
		{chargeAbuDhabiDenies, "Abu", "compound", "Dhabi"},
		// A "that" clause after a verb of saying and a day is the verb's,
		// and so is the directive coordinated with it.
		{aounSaidMonday, "ready", "ccomp", "said"},
		{aounSaidMonday, "called", "conj", "said"},
		// "since" before a noun and a finite verb opens a clause.
		{firstClashSince, "since", "mark", "renewed"},
		{firstClashSince, "sides", "nsubj", "renewed"},
		{firstClashSince, "renewed", "acl", "clash"},
		{firstClashSince, "clash", "parataxis", "exchanged"},
		// A hyphenated participle before a report's subject modifies it.
		{stateOwnedAgency, "owned", "amod", "agency"},
		// A verb in the report's perfect is the report's conjunct.
		{hasSaidHasInsisted, "insisted", "conj", "said"},
		// A relative clause taken for the root: the predicate after it is.
		{mayorWhoIsSeen, "mayor", "nsubj", "jail"},
		{mayorWhoIsSeen, "seen", "acl:relcl", "Imamoglu"},
		{mayorWhoIsSeen, "denies", "acl:relcl", "charges"},
		// "persona non grata" is a predicate of the object before it.
		{personaNonGrata, "diplomat", "obj", "declared"},
		{personaNonGrata, "persona", "xcomp", "declared"},
		{personaNonGrata, "grata", "flat", "persona"},
		// "after" before a passive's subject is its clause's conjunction.
		{afterGroupWasBlamed, "after", "mark", "blamed"},
		{afterGroupWasBlamed, "group", "nsubj:pass", "blamed"},
		{afterGroupWasBlamed, "blamed", "advcl", "suspended"},
		// A participle after "and" that shares the verb's auxiliary is
		// its conjunct, not an adjective of its object.
		{hadIntrudedAndIgnored, "ignored", "conj", "intruded"},
		{hadIntrudedAndIgnored, "warnings", "obj", "ignored"},
		// "remarks by X were": a plural noun after "that", not a verb; the
		// "that" clause the report's, past the statement it was read in.
		{statementReadRemarks, "remarks", "nsubj", "interference"},
		{statementReadRemarks, "interference", "ccomp", "said"},
		// A participle between commas describes the subject before it.
		{fleetBasedInBahrain, "Fleet", "nsubj", "said"},
		{fleetBasedInBahrain, "based", "acl", "Fleet"},
		// "lives" after a name and before a comma is what the name does.
		{whereRamirezLives, "Ramirez", "nsubj", "lives"},
		// A "to" phrase before a closing report is no infinitive of it.
		{whereRamirezLives, "those", "obl", "offered"},
		{whereRamirezLives, "said", "parataxis", "offered"},
		// An opening adjective of nationality is no root: the verb is.
		{zelenskyyOnThursday, "Volodymyr", "nsubj", "dismissed"},
		{zelenskyyOnThursday, "Ukrainian", "amod", "President"},
		{zelenskyyOnThursday, "up", "obl", "dismissed"},
		// A name after a comma and a noun, with no "and", is its appositive.
		{zelenskyyOnThursday, "Valerii", "appos", "commander"},
		// A "that" clause hung on a time clause's gerund is the report's.
		{saidAfterMeetingThat, "disagreed", "ccomp", "said"},
		// A headline's plural that is a verb before a participle and a
		// noun: the verb, and the participle the noun's.
		{juntaFreesOusted, "junta", "nsubj", "frees"},
		{juntaFreesOusted, "son", "obj", "frees"},
		{juntaFreesOusted, "ousted", "amod", "president"},
		// A leader's name before "administration" and a verb is no command.
		{trumpAdministration, "officials", "nsubj", "accused"},
		// A "whose" clause between a subject and its verb is the subject's.
		{tankerWhoseFlag, "tanker", "nsubj:pass", "escorted"},
		{tankerWhoseFlag, "disclosed", "acl:relcl", "tanker"},
		// A clause after "and" is no closing report's complement.
		{tankerWhoseFlag, "detained", "conj", "escorted"},
		{tankerWhoseFlag, "members", "nsubj:pass", "detained"},
		// A name before a possessor is the possessor's compound.
		{trumpEnvoysVisit, "Trump", "compound", "envoy"},
		// "said the country buys oil": a present after the subject.
		{saidCountryBuys, "buys", "ccomp", "said"},
		{saidCountryBuys, "country", "nsubj", "buys"},
		// A message's gerund is the message's, not its recipient's.
		{noteRequesting, "requesting", "acl", "note"},
		// A directive after "had no interest" is the speaker's.
		{hadNoInterestCalled, "called", "conj", "said"},
		// A "whose" clause after the subject is no complement of the verb.
		{scholzWhose, "Chancellor", "nsubj", "warned"},
		{scholzWhose, "sell", "acl:relcl", "Chancellor"},
		// A participle clause is no closing report's subject.
		{delayingStateMedia, "delaying", "advcl", "extended"},
		// "as" and a noun before a past tense open a clause.
		{asEnvoyShuttled, "envoy", "nsubj", "shuttled"},
		{asEnvoyShuttled, "as", "mark", "shuttled"},
		// A clause of time is the verb's, not the noun's before it.
		{pauseAfterSpeaking, "speaking", "advcl", "agreed"},
		// "her" before an occasion one speaks at is its possessor.
		{toldHerConference, "her", "nmod:poss", "conference"},
		{toldHerConference, "conference", "obj", "told"},
		// A verb's object is no second subject of a later relative clause.
		{chargeChinaRejected, "Beijing", "obj", "accused"},
		// A long subject's phrase is no reported predicate of its own.
		{dealWithBankWould, "deal", "nsubj", "extend"},
		// The attack a verb was done in is the verb's, not its object's.
		{killedInAirstrike, "airstrike", "obl", "killed"},
		// A headline's second present goes with its first, not the past
		// that reports.
		{juntaSaysArrests, "arrests", "conj", "says"},
		// A relative clause's closing word in -s is its verb.
		{whichUNRejects, "which", "obj", "rejects"},
		// A phrase opening what a closing report says is part of it.
		{ferrerWifeSaid, "those", "obl", "leader"},
		// A headline's opening name before the subject is its compound.
		{kenyaPoliceFire, "Kenya", "compound", "police"},
		// A reported clause after whom the verb tells has its verb.
		{remindedThat, "covers", "ccomp", "reminded"},
		{remindedThat, "Treaty", "nsubj", "covers"},
		// What deployed men are sent to do is the deployment's.
		{deployedToFight, "fight", "acl", "deployment"},
		// A participle after a clause that only tells a state is the
		// main verb's.
		{afterShownFalse, "stating", "advcl", "changed"},
		// Who made a refused appeal and what it asks are the appeal's.
		{callsForTruce, "States", "nmod", "calls"},
		{callsForTruce, "truce", "nmod", "calls"},
		// "a … fisheries ship" is a noun; the toll after an attack clause
		// is the attack's, though a speaker follows.
		{injuringCrew, "ship", "obl", "fired"},
		{injuringCrew, "injuring", "advcl", "fired"},
		// A possessive opens the object's phrase; it is no object.
		{lastMonthsCoup, "month", "nmod:poss", "attempt"},
		{lastMonthsCoup, "coordinating", "advcl", "accused"},
		// A noun after "by" is no object.
		{accusedByComma, "groups", "obl:agent", "accused"},
		{accusedByComma, "killing", "advcl", "accused"},
		// The first of two coordinated past tenses is no participle; a
		// name before a determiner is no compound.
		{travelledReturned, "diplomat", "nsubj", "travelled"},
		{travelledReturned, "returned", "conj", "travelled"},
		{travelledReturned, "travelled", "ccomp", "said"},
		{travelledReturned, "Beijing", "obl", "travelled"},
		// A deal threatens nothing: the speaker does.
		{dealThreatened, "threatened", "conj", "said"},
		{commitmentToDefend, "defend", "acl", "commitment"},
		// Two countries have no one government.
		{talibanGovernment, "Pakistan", "nsubj", "agreed"},
		{talibanGovernment, "government", "conj", "Pakistan"},
		{talibanGovernment, "Afghanistan", "nmod:poss", "government"},
		// "the official" alone is a noun, the speaker; the participle
		// after him is his verb's.
		{saidTheOfficial, "official", "nsubj", "said"},
		{saidTheOfficial, "adding", "advcl", "said"},
		// A headline's comma lists its subjects.
		{russiaUkraine, "Ukraine", "conj", "Russia"},
		{russiaUkraine, "Russia", "nsubj", "blame"},
		{saudiPakistanSign, "Pakistan", "conj", "Arabia"},
		// A headline's verb before a clause with a verb of its own.
		{rsfShellsAsUNWarns, "RSF", "nsubj", "shells"},
		{rsfShellsAsUNWarns, "warns", "advcl", "shells"},
		{koreaJapanLeaders, "Korea", "compound", "leaders"},
		{koreaJapanLeaders, "Japan", "conj", "Korea"},
		{handOverGovernance, "over", "compound:prt", "hand"},
		{handOverGovernance, "governance", "obj", "hand"},
		// A preposition is its name's case, never its head; a name
		// before a time noun's dating adjective is no compound.
		{talksWithTrump, "with", "case", "Donald"},
		{talksWithTrump, "Donald", "nmod", "talks"},
		{visitNextWeek, "Washington", "obj", "visit"},
		{visitNextWeek, "week", "obl:unmarked", "visit"},
		// A headline's infinitive is its verb.
		{princeToVisit, "prince", "nsubj", "visit"},
		{princeToVisit, "visit", "ccomp", "say"},
		// A noun takes no object.
		{rightsGroupsSay, "Rights", "compound", "groups"},
		{rightsGroupsSay, "groups", "nsubj", "say"},
		// "the latest in a wave" sets the sentence's event in a series.
		{latestInWave, "latest", "parataxis", "detained"},
		// The words of a second name's title are its title's.
		{strategicAffairs, "Israel", "nmod:poss", "minister"},
		{strategicAffairs, "Ron", "conj", "David"},
		// "State media" opening a sentence is no imperative.
		{stateMediaQuoted, "State", "compound", "media"},
		// What one tells is no relative clause on whom one tells.
		{toldTASSThat, "ready", "ccomp", "told"},
		{toldTASSThat, "that", "mark", "ready"},
		// "include" takes no clause: its object, and a participle on it.
		{includedCaptured, "soldiers", "obj", "included"},
		{includedCaptured, "captured", "acl", "soldiers"},
		// "a day after …" closing what a report says dates the report.
		{dayAfterReport, "day", "obl", "said"},
		// A second subject with a preposition is the first's modifier;
		// a past tense joined to a clause of time inside a report is
		// the report's conjunct.
		{commissionAccused, "Rights", "nmod", "Commission"},
		{commissionAccused, "accused", "conj", "said"},
		// "the latest in a string of" after a closing report the parse
		// made a conjunct: the report, then the series, on the root.
		{latestVetoes, "told", "parataxis", "blocked"},
		{latestVetoes, "latest", "parataxis", "blocked"},
		// An infinitive after an object and a relative clause is the
		// verb's, not its conjunct.
		{urgedToPressure, "pressure", "xcomp", "urged"},
		// A closing report before "days after" is no conjunct.
		{medicalGroupDays, "said", "parataxis", "killed"},
		// A name before a subject's compounds is one of them.
		{rsfDroneStrike, "RSF", "compound", "strike"},
		// A name the tagger took for a preposition; a closing report
		// the parse made an object.
		{witkoffTold, "Witkoff", "flat", "Steve"},
		{witkoffTold, "ready", "ccomp", "told"},
		// A headline's first name before a comma, parsed as a vocative.
		{ukraineUSOfficials, "Ukraine", "compound", "officials"},
		{ukraineUSOfficials, "U.S.", "conj", "Ukraine"},
		// A closing report the parse made a parataxis without its
		// subject takes the name before it, and the clause before the
		// comma goes back to the root.
		{allowInspectors, "Abbas", "nsubj", "said"},
		{allowInspectors, "return", "xcomp", "allow"},
		// A noun summing up the clause before, judged by a relative
		// clause, is no compound of the clause's subject.
		{offerRejected, "offer", "parataxis", "freed"},
		{offerRejected, "rejected", "acl:relcl", "offer"},
		// The agent after a time is the participle's, with its conjunct.
		{brokeredInJuly, "Malaysia", "obl:agent", "brokered"},
		{brokeredInJuly, "Donald", "conj", "Malaysia"},
		// "to U.S. pressure" is no infinitive.
		{bowToNamedPressure, "pressure", "obl", "bow"},
		// A past tense after a subordinator, an article and a noun.
		{landmineWoundedBare, "landmine", "nsubj", "wounded"},
		{landmineWoundedBare, "soldiers", "obj", "wounded"},
		// "according to" takes a noun phrase, not an infinitive.
		{accordingToState, "media", "obl", "said"},
		{accordingToState, "state", "compound", "media"},
		// The name after its description is the source, and the
		// report it closes on heads what it reports.
		{accordingToIRNA, "IRNA", "obl", "said"},
		{accordingToIRNA, "had", "ccomp", "said"},
		// A participle after an "according to" source describes it.
		{documentsReported, "reported", "acl", "documents"},
		{documentsReported, "documents", "obl", "gave"},
		{for180Days, "sanctions", "obj", "suspend"},
		{sayingItRelied, "it", "nsubj", "relied"},
		{sayingItRelied, "relied", "ccomp", "saying"},
		{xinhuaReported, "told", "ccomp", "reported"},
		{xinhuaReported, "partners", "ccomp", "told"},
		{proposalOnMonday, "impose", "acl", "proposal"},
		{gunmenOnMotorbikes, "killed", "ccomp", "said"},
		{gunmenOnMotorbikes, "Gunmen", "nsubj", "killed"},
		{gunmenOnMotorbikes, "blaming", "advcl", "said"},
		{petroDrugLeader, "said", "conj", "called"},
		{petroDrugLeader, "day", "obl:unmarked", "recalled"},
		{urgedMalaysia, "investigate", "xcomp", "urged"},
		{urgedMalaysia, "Malaysia", "obj", "urged"},
		{informedInAdvance, "brokered", "acl:relcl", "States"},
		{informedInAdvance, "States", "nsubj:pass", "informed"},
		{informedInAdvance, "informed", "ccomp", "told"},
		{flaggedTanker, "tanker", "obj", "seized"},
		{flaggedTanker, "Islands", "compound", "flagged"},
		{aliyevPashinyan, "Ilham", "nsubj", "agreed"},
		{aliyevPashinyan, "Nikol", "conj", "Ilham"},
		{rubioDriscoll, "Army", "conj", "Secretary"},
		{frenchCitizen, "mobilised", "conj", "worked"},
		{calledUnfounded, "called", "conj", "said"},
		{aboardAirForceOne, "spoken", "ccomp", "told"},
		{aboardAirForceOne, "he", "nsubj", "spoken"},
		{firstTime, "Russia", "nsubj", "attacked"},
		{firstTime, "attacked", "acl:relcl", "time"},
		{firstTime, "infrastructure", "obj", "attacked"},
		{evenAsFighting, "fighting", "nsubj", "raged"},
		{evenAsFighting, "as", "mark", "raged"},
		{evenAsFighting, "army", "obl", "raged"},
		{maduroUltimatum, "Nicolas", "nsubj", "rejected"},
		{maduroUltimatum, "Monday", "obl", "rejected"},
		{maduroUltimatum, "Venezuelan", "amod", "President"},
		{maduroUltimatum, "step", "acl", "ultimatum"},
		{quitEcowas, "States", "obj", "quit"},
		{askedKhashoggi, "Trump", "nsubj", "defended"},
		{askedKhashoggi, "Asked", "advcl", "defended"},
		{putForward, "proposal", "obj", "rejected"},
		{putForward, "put", "acl", "proposal"},
		{pardonedFormer, "Juan", "obj", "pardoned"},
		{asideOnSubject, "hand", "obl", "endorsed"},
		{thankedAfterModal, "thanked", "conj", "said"},
		{accusedAndImposed, "imposed", "conj", "accused"},
		{intelligenceThat, "that", "mark", "intended"},
		{kingdomsMinister, "minister", "nsubj", "discussed"},
		{elnRebels, "rebels", "conj", "Colombia"},
		{unionMinisters, "Union", "compound", "ministers"},
		{uaeBrokered, "brokered", "amod", "deal"},
		{calledOnWhich, "pressure", "xcomp", "called"},
		{uaeBrokered, "deal", "nmod", "prisoners"},
		{uaeBrokered, "UAE", "obl:unmarked", "brokered"},
		{elnRebels, "ELN", "compound", "rebels"},
		{kingdomsMinister, "Faisal", "appos", "minister"},
		{askingBecause, "informed", "ccomp", "said"},
		{perfectSaid, "compiled", "ccomp", "said"},
		{resumedAfterComma, "resumed", "conj", "accused"},
		{resumedAfterComma, "airstrikes", "obj", "resumed"},
		{crossedAfter, "Cambodians", "nsubj", "crossed"},
		{resolutionDemanding, "resolution", "obj", "vetoes"},
		{resolutionDemanding, "demanding", "acl", "resolution"},
		{perfectSaid, "men", "nsubj", "compiled"},
		{askingBecause, "sources", "nsubj", "said"},
		{asideForItsPart, "part", "obl", "said"},
		{agencyThatSaid, "agency", "nsubj", "said"},
		{agencyThatSaid, "aid", "obj", "coordinates"},
		{asTbilisiCracks, "ambassador", "obj", "recalls"},
		{asTbilisiCracks, "Tbilisi", "nsubj", "cracks"},
		{asTbilisiCracks, "cracks", "advcl", "recalls"},
		{sayingLaw, "Michael", "nsubj", "tied"},
		{sayingLaw, "helped", "ccomp", "saying"},
		{residentsSaid, "airport", "obj", "controls"},
		{ambassadorRecalled, "ambassador", "nsubj:pass", "called"},
		{deniedSheltering, "retaliated", "conj", "denied"},
		{facingNeeded, "needed", "conj", "facing"},
		{saidButAdded, "added", "conj", "said"},
		{bordersBoth, "Brazil", "nsubj", "called"},
		{bordersBoth, "offered", "conj", "called"},
		{trainingArming, "training", "acl", "Serbia"},
		{trainingArming, "arming", "conj", "training"},
		{heAndMinister, "Abbas", "conj", "he"},
		{heAndMinister, "Iranian", "amod", "Abbas"},
		{chargeDenied, "denies", "acl:relcl", "charge"},
		{chargeDenied, "Moscow", "nsubj", "denies"},
		{chargeDenied, "charge", "parataxis", "accused"},
		{claimDisputed, "dispute", "acl:relcl", "claim"},
		{claimDisputed, "analysts", "nsubj", "dispute"},
		{iomSaid, "Organization", "nsubj", "said"},
		{fightingKilled, "fighting", "nsubj", "killed"},
		{fightingKilled, "killed", "advcl", "called"},
		{fightingKilled, "forced", "conj", "killed"},
		{eruptedAfter, "demanded", "advcl", "erupted"},
		{eruptedAfter, "Islamabad", "nsubj", "demanded"},
		{eruptedAfter, "after", "mark", "demanded"},
		{eruptedAfter, "rein", "ccomp", "demanded"},
		{eruptedAfter, "Taliban", "nsubj", "rein"},
		{eruptedAfter, "who", "nsubj", "operate"},
		{eruptedAfter, "says", "acl:relcl", "militants"},
		{officialWho, "official", "nsubj", "said"},
		{officialBecause, "official", "nsubj", "said"},
		{stepDown, "step", "ccomp", "demanded"},
		{stepDown, "Ruto", "nsubj", "step"},
		{truceBrokered, "expired", "advcl", "came"},
		{truceBrokered, "truce", "nsubj", "expired"},
		{truceSinceBrokered, "brokered", "acl", "truce"},
		{consulWrote, "wrote", "advcl", "lodged"},
		{consulWrote, "general", "nsubj", "wrote"},
		{consulWrote, "Xue", "appos", "general"},
		{citingRisks, "citing", "advcl", "advised"},
		{sayingPeople, "saying", "advcl", "rejects"},
		{sayingPeople, "decide", "ccomp", "saying"},
		{sayingPeople, "people", "nsubj", "decide"},
		{ministerName, "Mohammad", "appos", "minister"},
		{viceMinister, "Sun", "nsubj", "told"},
		{viceMinister, "Minister", "nmod:desc", "Sun"},
		{viceMinister, "Vice", "compound", "Minister"},
		{trumpLifted, "Trump", "nsubj", "lifted"},
		{trumpLifted, "restrictions", "obj", "lifted"},
		{hegsethSaid, "that", "nsubj", "carrying"},
		{blockedDiplomats, "said", "parataxis", "blocked"},
		{merzSaid, "reward", "ccomp", "said"},
		{inOctober, "October", "obl", "captured"},
		{unresolved, "unresolved", "xcomp", "remain"},
		{chargeDenies, "Hamas", "nsubj", "denies"},
		{chargeDenies, "denies", "acl:relcl", "charge"},
		{colombian, "Colombian", "amod", "President"},
		{warThat, "killed", "acl:relcl", "war"},
		{spokeswoman, "spokeswoman", "nmod:desc", "Maly"},
		{proposedBy, "Arabia", "conj", "States"},
		{proposedBy, "Emirates", "conj", "States"},
		{proposedBy, "Egypt", "conj", "States"},
		{merzSaid, "agreement", "nsubj", "reward"},
		{merzSaid, "Friedrich", "nsubj", "said"},
		{hegsethSaid, "killing", "advcl", "struck"},
		{jaishankar, "Subrahmanyam", "conj", "Shehbaz"},
		{jaishankar, "Jaishankar", "flat", "Subrahmanyam"},
		{wasConsidering, "considering", "conj", "authorized"},
		{accusedOpposition, "accused", "conj", "said"},
		{gerundSubject, "disarming", "csubj", "lead"},
		{gerundSubject, "lead", "ccomp", "warned"},
		{studentsWho, "Students", "nsubj", "accuse"},
		{studentsWho, "led", "acl:relcl", "Students"},
		{accusedSpying, "States", "obl", "spying"},
		{worthMore, "ministry", "nsubj", "said"},
		{worthMore, "imposed", "ccomp", "said"},
		{zelenskiyWho, "Volodymyr", "nsubj", "urged"},
		{zelenskiyWho, "attended", "acl:relcl", "Volodymyr"},
		{zelenskiyWho, "Ukrainian", "amod", "President"},
		{lastMonthThat, "threaten", "ccomp", "said"},
		{promptingChina, "summon", "xcomp", "prompting"},
		{andVowed, "vowed", "conj", "accused"},
		{cairoUnderstanding, "understanding", "nsubj:pass", "rendered"},
		{cancelPlans, "cancel", "ccomp", "demanded"},
		{cancelPlans, "US", "nsubj", "cancel"},
		{sinceOusted, "carried", "conj", "seized"},
		{twoSidesAgreed, "sides", "nsubj", "agreed"},
		{workersAffiliated, "affiliated", "acl", "workers"},
		{envoyForYemen, "Grundberg", "appos", "envoy"},
		{asUSStrikes, "U.S.", "nsubj", "strikes"},
		{asUSStrikes, "boats", "obj", "strikes"},
		{visaLastMonth, "visa", "obj", "revoked"},
		{orderedAccusing, "accusing", "advcl", "ordered"},
		{forcedFighting, "withdraw", "xcomp", "forced"},
		{forcedFighting, "fighting", "acl", "troops"},
		{predictionLastWeek, "prediction", "obj", "renewed"},
		{predictionLastWeek, "that", "det", "prediction"},
		{whoseCorps, "Corps", "nsubj", "supports"},
		{whoseCorps, "supports", "acl:relcl", "Russia"},
		{onThursdayOf, "preparing", "advcl", "accused"},
		{nextDayBy, "day", "obl:unmarked", "responded"},
		{policeArrest, "police", "nsubj", "arrest"},
		{fourProposed, "Egypt", "conj", "States"},
		{fourProposed, "UAE", "conj", "States"},
		{recoveredAccusing, "accusing", "advcl", "delay"},
		{healthOfficials, "people", "obj", "killed"},
		{healthOfficials, "officials", "nsubj", "said"},
		{whichMediated, "Egypt", "nsubj", "called"},
		{calledAndSaid, "ministry", "nsubj", "called"},
		{calledAndSaid, "said", "conj", "called"},
		{toldItIs, "States", "obj", "told"},
		{toldItIs, "it", "nsubj", "willing"},
		{whomHeMet, "whom", "obj", "met"},
		{whomHeMet, "met", "acl:relcl", "Donald"},
		{killingAfterAside, "killing", "advcl", "carried"},
		{expulsionsAccused, "accused", "conj", "said"},
		{calledAndSaidAdj, "said", "conj", "called"},
		{speechToOfficers, "fight", "ccomp", "said"},
		{callingAndAccusing, "accusing", "conj", "calling"},
		{rejectsHeadline, "chief", "nsubj", "rejects"},
		{landmineWounded, "landmine", "nsubj", "wounded"},
		{landmineWounded, "soldiers", "obj", "wounded"},
		{treasuryThreatened, "threatened", "conj", "imposed"},
		{statementKCNA, "plotting", "ccomp", "saying"},
		{whichLeadersSigned, "signed", "acl:relcl", "agreement"},
		{whichLeadersSigned, "leaders", "nsubj", "signed"},
		{cambodianHunSen, "Cambodian", "amod", "Hun"},
		{israelWhichStruck, "Israel", "nsubj", "said"},
		{israelWhichStruck, "struck", "acl:relcl", "Israel"},
		{whenTwoSigned, "countries", "nsubj", "signed"},
		{whenTwoSigned, "deal", "obj", "signed"},
		{saidGiuliani, "Giuliani", "nsubj", "said"},
		{m23Rebels, "M23", "compound", "rebels"},
		{pakistanComma, "Afghanistan", "conj", "Pakistan"},
		{chairmanYoussouf, "chairman", "nsubj", "called"},
		{chairmanYoussouf, "Mahmoud", "appos", "chairman"},
		{realizedComing, "reinforcements", "nsubj", "coming"},
		{realizedComing, "coming", "ccomp", "realized"},
		// A headline's past of a verb that takes an object, with none,
		// is a passive; a title's capitals before a name are its title.
		{pmKhanSentenced, "Khan", "nsubj:pass", "sentenced"},
		{pmKhanSentenced, "PM", "nmod:desc", "Khan"},
		// A noun before the day after a verb is the verb's object.
		{accusedOnSaturday, "Philippines", "obj", "accused"},
		{accusedOnSaturday, "Saturday", "obl", "accused"},
		// ", which was on a mission" describes the noun before the comma.
		{shipWhichWasOn, "mission", "acl:relcl", "ship"},
		// Not where the copula does not agree: the clause is what is.
		{viewsWhichIs, "itself", "obl", "advertise"},
		// A participle right after a noun root, calling on someone,
		// is the verb of a sentence without one.
		{unOfficeCalledOn, "office", "nsubj", "called"},
		{unOfficeCalledOn, "Nations", "compound", "office"},
		// A participle with an object after a relative clause on the
		// root noun is the sentence's verb, and what hung on the clause
		// after it the verb's.
		{studentLeadersWho, "leaders", "nsubj", "rejected"},
		{studentLeadersWho, "saying", "advcl", "rejected"},
		// A conjunction marks the verb whose subject its modifier is
		// on; a clause before a closing report's subject is what is
		// reported's.
		{bothSidesSaidAs, "as", "mark", "appeared"},
		{bothSidesSaidAs, "appeared", "advcl", "said"},
		{bothSidesSaidAs, "fired", "advcl", "struck"},
		{becauseWorried, "Because", "mark", "worried"},
		// A participle between a possessive and a noun modifies the noun.
		{negotiatingTeam, "team", "nsubj", "said"},
		{negotiatingTeam, "negotiating", "amod", "team"},
		{negotiatingTeam, "government", "nmod:poss", "team"},
		// A quotation's verb is no relative clause on its opening phrase.
		{withThisAttack, "closed", "ccomp", "wrote"},
		{withThisAttack, "attack", "obl", "closed"},
		// A phrase with a preposition is no closing report's subject;
		// the name after the comma is.
		{clashesDacicSaid, "clashes", "obl", "detained"},
		{clashesDacicSaid, "said", "parataxis", "detained"},
		{clashesDacicSaid, "Dacic", "nsubj", "said"},
		// No imperative opens a sentence before a plural and a past
		// with an object.
		{protestOrganizers, "organizers", "nsubj", "accused"},
		// A finite report taken for a complement, with a day its
		// subject, is set beside the clause with its own subject.
		{mediatorsSaidWednesday, "mediators", "nsubj", "said"},
		{mediatorsSaidWednesday, "said", "parataxis", "agreed"},
		// A second subject right after the first and "and" is its
		// conjunct.
		{militaryAndForces, "Forces", "conj", "military"},
		{sandersAndWife, "wife", "conj", "Sanders"},
		{sandersAndWife, "and", "cc", "wife"},
		// Not a clause's subject after "and then".
		{trainingAndThen, "state", "nsubj", "call"},
		// Nor a verb taken for a noun with an object.
		{pontiffShare, "Sanders#2", "nsubj", "suggested"},
		// The end of the clause's phrase is no closing report's second
		// subject; whom one tells is an object.
		{baghaeiTold, "ministers", "nmod", "level"},
		{baghaeiTold, "told", "parataxis", "level"},
		{baghaeiTold, "conference", "obj", "told"},
		// A conjunct with the report's perfect is the report's.
		{hasSaidAndHas, "threatened", "conj", "said"},
		// A participle right after an object's phrase describes it.
		{proposalPutForward, "proposal", "obj", "accepted"},
		{proposalPutForward, "put", "acl", "proposal"},
		// The verb after a subject's apposition is the sentence's.
		{anwarCalledOn, "Anwar", "nsubj", "called"},
		{anwarCalledOn, "offered", "conj", "called"},
		// "whose" opens a clause on the noun before its comma.
		{whosePresident, "agreed", "acl:relcl", "government"},
		{whosePresident, "president", "nsubj", "agreed"},
		{whosePresident, "Nayib", "appos", "president"},
		{whosePresident, "help", "obl", "brokered"},
		// A noun of intent's infinitive is the noun's.
		{ambitionsToSeize, "seize", "acl", "ambitions"},
		// A nationality opening the sentence before a perfect is the
		// name's, and the perfect the sentence's verb.
		{abiyHasSaid, "Abiy", "nsubj", "said"},
		{abiyHasSaid, "Ethiopian", "amod", "Abiy"},
		// A possessor is the noun's after its "'s", not a verb's.
		{koreasLeeAndJapans, "Korea", "nmod:poss", "Lee"},
		// A closing report with its own subject and no conjunction is
		// set beside the clause it reports.
		{ministrySaidAs, "said", "parataxis", "ordered"},
		// Two titled names before a verb joined to the first name are
		// its coordinated subjects.
		{aliyevShookHands, "Ilham", "nsubj", "shook"},
		{aliyevShookHands, "Nikol", "conj", "Ilham"},
		// A gerund with an object right after a body's noun describes it.
		{commissionProbing, "investigating", "acl", "commission"},
		// A clause a conjunction of time opens is adverbial, not set
		// beside the sentence.
		{dayAfterTrumpSpoke, "spoke", "advcl", "met"},
		// "that" with a report inside it opens a relative clause.
		{thatOppositionSays, "says", "acl:relcl", "investigation"},
		{thatOppositionSays, "motivated", "ccomp", "says"},
		{thatOppositionSays, "reported", "parataxis", "detained"},
		// A participle joined to a passive shares its auxiliary, and its
		// subject is passive.
		{gappedInjured, "officers", "nsubj:pass", "injured"},
		{gappedInjured, "police", "compound", "officers"},
		// A participle after its noun before the verb describes the noun.
		{soldiersFreed, "freed", "acl", "soldiers"},
		{soldiersFreed, "soldiers", "nsubj:pass", "treated"},
		// Not a report's.
		{investigationSaid, "investigation", "nsubj", "said"},
		// Those called on are to do what the infinitive after them says.
		{aounCalledOn, "pressure", "xcomp", "called"},
		// The toll after an attack clause is the attack's, with a speaker
		// after it too.
		{killingGovernorSaid, "killing", "advcl", "struck"},
		// A titled name after "and" is the subject's conjunct.
		{araghchiGrossi, "Rafael", "conj", "Abbas"},
		{araghchiGrossi, "chief", "nmod:desc", "Rafael"},
		{araghchiGrossi, "IAEA", "compound", "chief"},
		// Two speakers closing the sentence, the report taken for a
		// conjunct of the content and the first speaker for an apposition.
		{saudiAndUSSaid, "Arabia", "nsubj", "said"},
		{saudiAndUSSaid, "States", "conj", "Arabia"},
		{saudiAndUSSaid, "agreed", "ccomp", "said"},
		// A reported clause's subject taken for the report's object, and
		// its verb for an adjective of its own object.
		{sidesHadDiscussed, "discussed", "ccomp", "said"},
		{sidesHadDiscussed, "sides", "nsubj", "discussed"},
		{sidesHadDiscussed, "flights", "obj", "discussed"},
		// The subject after an opening phrase's comma, taken for a
		// conjunct inside the phrase.
		{accordingWitkoff, "Steve", "nsubj", "drafting"},
		// A "that" clause hung on "on Thursday" is the report's, and the
		// condition after it the clause's.
		{saidOnThursdayIf, "ready", "ccomp", "said"},
		{saidOnThursdayIf, "Thursday", "obl", "said"},
		{saidOnThursdayIf, "stopped", "advcl", "ready"},
		// When a report was made is the report's, not what it reports.
		{aDayAfter, "day", "obl:unmarked", "said"},
		// A description closing an inverted report's speaker is no
		// complement.
		{saidDeMoro, "union", "appos", "Nurses"},
		{saidMagel, "lives", "acl:relcl", "David"},
		// The name after an inverted report is its subject.
		{saidHarbath, "Katie", "nsubj", "said"},
		{saidHarbath, "director", "appos", "Katie"},
		{saidHarbath, "made", "ccomp", "said"},
		// An "according to" phrase is headed by its noun.
		{accordingExecutive, "according", "case", "executive"},
		{accordingExecutive, "familiar", "amod", "executive"},
		{accordingAnalysts, "according", "case", "analysts"},
		{accordingAnalysts, "analysts", "obl", "needs"},
		// An apposition before a participle is no passive subject.
		{shkreliArrested, "executive", "appos", "Martin"},
		{shkreliArrested, "arrested", "acl", "executive"},
		// The question a passive verb of asking reports is its complement.
		{askedByDickerson, "similar", "ccomp", "asked"},
		// The day a report was made is no object of it.
		{announcedSaturday, "Saturday", "obl:unmarked", "announced"},
		// A closing report is no complement of the clause it reports,
		// and a time clause after it is no part of what it reports.
		{reportedOnMonday, "told", "ccomp", "said"},
		{reportedAfter, "ordered", "ccomp", "reported"},
		// A date between a subject and its verb, which the tagger
		// read as an auxiliary and a participle.
		{burhanOnTuesday, "Tuesday", "obl", "ruled"},
		{burhanOnTuesday, "negotiations", "obj", "ruled"},
		{burhanOnTuesday, "vowed", "conj", "ruled"},
		// A clause the parse of the whole broke around its closing
		// report, parsed apart.
		{sanctionsOnCompanies, "imposed", "ccomp", "said"},
		{sanctionsOnCompanies, "companies", "nmod", "sanctions"},
		{sanctionsOnCompanies, "sales", "nmod", "retaliation"},
		{sanctionsOnCompanies, "ministry", "nsubj", "said"},
		// What an attack was on, after its attacker, is the attack's.
		{attackByOn, "boat", "nmod", "attack"},
		{attackByDronesOn, "plant", "nmod", "attack"},
		// The subject of a clause a verb of meaning governs is no object
		// of that verb.
		{meanRecognized, "States", "nsubj", "recognized"},
		{pollsShowBackers, "percent", "nsubj", "say"},
		// No past tense is a noun's modifier.
		{strikesTargeted, "targeted", "ccomp", "said"},
		{strikesTargeted, "strikes", "nsubj", "targeted"},
		{strikesTargeted, "infrastructure", "obj", "targeted"},
		{strikesTargeted, "using", "acl:relcl", "infrastructure"},
		// "hours before" opens a clause, not a noun phrase.
		{hoursBeforeDue, "Blinken", "nsubj", "due"},
		{hoursBeforeDue, "hours", "obl:npmod", "due"},
		{hoursBeforeDue, "before", "mark", "due"},
		// A time a passive is due by is no agent.
		{"Israel would resume fighting if the hostages were not freed by Saturday noon.", "noon", "obl", "freed"},
		{"The hostages must be released by Friday.", "Friday", "obl", "released"},
		// An "according to" phrase closing the sentence, hung on a
		// participle that modifies a noun, is the root's.
		{"K-II has more than 5,000 workers, mostly working in its warehouses, according to company filings.", "filings", "obl", "workers"},
		// The titled speaker who closes a quotation is the report's
		// subject, not a relative clause's on the title.
		{quotedLeaderTold, "allow", "ccomp", "told"},
		{quotedLeaderTold, "leader", "nmod:desc", "Ozgur"},
		{quotedLeaderTold, "calling", "advcl", "told"},
		// Whom a call is on is no subject of a clause "on" opens.
		{"Ozel told supporters, calling on them to remain calm.", "them", "obl", "calling"},
		{"Ozel told supporters, calling on them to remain calm.", "remain", "advcl", "calling"},
		// A relative clause with no pronoun on the object, its
		// infinitive lacking the object, is no complement of the verb.
		{delayingElections, "promised", "acl:relcl", "elections"},
		{delayingElections, "delaying", "advcl", "said"},
		// A claim with no article after a comma, denied in a relative
		// clause, sums up the clause before.
		{chargesRejected, "charges", "parataxis", "accused"},
		{chargesRejected, "rejects", "acl:relcl", "charges"},
		// What a report inside a closing one says is its complement.
		{campaignSaidCNN, "attending", "ccomp", "said"},
		{witnessSaidReport, "instructed", "ccomp", "said"},
		{witnessSaidReport, "disclose", "xcomp", "instructed"},
	} {
		d := article.FromText(tc.text)
		p.Analyze(d)
		s, i := findWord(d, tc.text[:10], tc.word)
		_, h := findWord(d, tc.text[:10], tc.head)
		if i < 0 || h < 0 {
			t.Fatalf("%q: no word %q or %q", tc.text, tc.word, tc.head)
		}
		if w := s.Words[i]; w.Rel != tc.rel || w.Head != h+1 {
			t.Errorf("%q: %s is %s of word %d, want %s of %d (%s)", tc.text[:30], tc.word, w.Rel, w.Head, tc.rel, h+1, tc.head)
		}
	}
}

// TestSubordinateSubjects: the subject of a clause "while" opens, which
// the parse hung as an oblique with the clause its relative, or with the
// conjunction on it, is the subject of the clause's verb, and a report so
// opened goes beside the report before it, not inside what that one
// reports.
func TestSubordinateSubjects(t *testing.T) {
	p := load(t)
	for _, tc := range []struct{ text, subject string }{
		{"The United States said it considered the submission \"meritless,\" while several other countries, including Malaysia and Turkey, said they supported South Africa's move.", "countries"},
		{"The United States said it considered the submission meritless, while several other countries, including Malaysia and Turkey, said they supported South Africa's move.", "countries"},
		// The subject taken for the clause itself, hung on the word before.
		{"Wagner said the agreement must be followed by \"respect for our sovereignty,\" while her Rwandan counterpart, Olivier Nduhungirehe, said there remained \"a lot of uncertainty.\"", "counterpart"},
	} {
		text := tc.text
		d := article.FromText(text)
		p.Analyze(d)
		s, n := findWord(d, text[:10], tc.subject)
		_, m := findWord(d, text[:10], "while")
		if n < 0 || m < 0 {
			t.Fatalf("no word %s or while", tc.subject)
		}
		ws := s.Words
		v := ws[n].Head - 1
		if ws[n].Rel != "nsubj" || v < 0 || ws[v].Form != "said" || ws[v].Rel != "advcl" || ws[v].Head < 1 || ws[ws[v].Head-1].Rel != "root" || ws[m].Head != v+1 {
			t.Errorf("%q: %s is %s of word %d, while of %d; want both on the second said, an adverbial clause of the root", text, tc.subject, ws[n].Rel, ws[n].Head, ws[m].Head)
		}
	}
}

// TestPhrasesBeforeClosingReports: a phrase of purpose ("in a bid to
// …") or a clause of time after the reported clause is that clause's,
// not the closing report's ("the Treasury Department" did not pressure
// Moscow, nor "the U.N. chief" seize El Fasher). The sentences need
// their datelines to be parsed so.
func TestPhrasesBeforeClosingReports(t *testing.T) {
	p := load(t)
	for _, tc := range []struct{ text, marker, word, head string }{
		{"U.S. sanctions Russian oil giants Rosneft and Lukoil\n\nWASHINGTON, Oct 22 (Reuters) - The United States on Wednesday imposed sanctions on Russia's two largest oil companies, " +
			"Rosneft and Lukoil, in a bid to pressure Moscow into agreeing to a ceasefire in Ukraine, the Treasury Department said.", "in a bid", "bid", "imposed"},
		{"RSF fighters killed hundreds in El Fasher\n\nGENEVA, Oct 31 (Reuters) - Fighters of Sudan's paramilitary Rapid Support Forces killed hundreds of civilians and unarmed fighters " +
			"after seizing the city of El Fasher last weekend, the U.N. human rights chief said on Friday, citing accounts from survivors.", "seizing", "seizing", "killed"},
	} {
		d := article.FromText(tc.text)
		p.Analyze(d)
		s, i := findWord(d, tc.marker, tc.word)
		_, h := findWord(d, tc.marker, tc.head)
		if i < 0 || h < 0 || s.Words[i].Head != h+1 {
			t.Errorf("%s: %+v, want a dependent of %q (word %d)", tc.word, s.Words[max(i, 0)], tc.head, h+1)
		}
	}
}

// TestClosingReportAfterRelativeReport: a report after a comma, with its
// subject, reports the sentence, though a report inside a relative
// clause comes before it.
func TestClosingReportAfterRelativeReport(t *testing.T) {
	p := load(t)
	d := article.FromText("The U.S. military struck a vessel in the Caribbean on Tuesday that it said was carrying narcotics, killing six people, Defense Secretary Pete Hegseth said.")
	p.Analyze(d)
	ws := d.Sentences[0].Words
	relative, closing := -1, -1
	for i, w := range ws {
		if w.Form == "said" && relative < 0 {
			relative = i
		} else if w.Form == "said" {
			closing = i
		}
	}
	struck := slices.IndexFunc(ws, func(w document.Word) bool { return w.Form == "struck" })
	carrying := slices.IndexFunc(ws, func(w document.Word) bool { return w.Form == "carrying" })
	if ws[closing].Head != 0 || ws[struck].Head != closing+1 || ws[struck].Rel != "ccomp" || ws[carrying].Head != relative+1 || ws[carrying].Rel != "ccomp" {
		t.Errorf("closing said %d:%s, struck %d:%s, carrying %d:%s; want the closing report the root, struck its complement, carrying the relative report's",
			ws[closing].Head, ws[closing].Rel, ws[struck].Head, ws[struck].Rel, ws[carrying].Head, ws[carrying].Rel)
	}
}

// TestSaveLoadDir saves the models and loads them back, as written now
// and gzip-compressed under the names parley gave them before; the
// loaded pipeline parses as the embedded one does.
func TestSaveLoadDir(t *testing.T) {
	p := load(t)
	dir := t.TempDir()
	if err := p.Save(dir); err != nil {
		t.Fatal(err)
	}
	want := toCoNLLU(analyzed(p, "Turkish Foreign Minister Hakan Fidan said on Monday that talks would resume."))
	check := func(name string) {
		t.Helper()
		q, err := LoadDir(dir)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := toCoNLLU(analyzed(q, "Turkish Foreign Minister Hakan Fidan said on Monday that talks would resume.")); !bytes.Equal(got, want) {
			t.Errorf("%s: parse differs:\n%s\nwant\n%s", name, got, want)
		}
	}
	check("saved")
	for _, name := range []string{SplitterFile, TaggerFile, ParserFile} {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var zipped bytes.Buffer
		zw := gzip.NewWriter(&zipped)
		zw.Write(data)
		zw.Close()
		if err := os.WriteFile(path+".gz", zipped.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(path)
	}
	check("gzip-compressed, old names")
	os.Remove(filepath.Join(dir, ParserFile+".gz"))
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), ParserFile) {
		t.Errorf("LoadDir without a parser: err = %v, want one naming %s", err, ParserFile)
	}
}

func analyzed(p *Pipeline, text string) *document.Document {
	d := &document.Document{Text: text}
	p.Analyze(d)
	return d
}

// TestQuotedReportsOpeningMark: a verb of saying after a mark that opens
// a quotation is not the report of the quotation before it: in
// "declared, \"We announce …\"" the parse stays as it was.
func TestQuotedReportsOpeningMark(t *testing.T) {
	forms := []string{"The", "group", "declared", ",", `"`, "We", "announce", "it", "."}
	heads := []int{2, 3, 0, 7, 7, 7, 3, 7, 3}
	rels := []string{"det", "nsubj", "root", "punct", "punct", "nsubj", "conj", "obj", "punct"}
	lemmas := []string{"the", "group", "declare", ",", `"`, "we", "announce", "it", "."}
	words := make([]document.Word, len(forms))
	for i := range words {
		words[i] = document.Word{Form: forms[i], Lemma: lemmas[i], Head: heads[i], Rel: rels[i]}
	}
	repairQuotedReports(words)
	if words[2].Rel != "root" || words[6].Rel != "conj" {
		t.Errorf("declared %s, announce %s: want root and conj unchanged", words[2].Rel, words[6].Rel)
	}
	if closesQuote(words, 4) {
		t.Error("the mark after \"declared,\" opens a quotation")
	}
}

// TestOpeningCommonNouns: a capitalized word that opens a sentence and
// names a kind of person or group before a plural noun is a common noun
// when the document writes it in lowercase elsewhere and capitalizes it
// nowhere else.
func TestOpeningCommonNouns(t *testing.T) {
	p := load(t)
	for _, tc := range []struct {
		text, word, upos string
	}{
		{"Student leaders rejected the offer. Police detained the students.", "Student", "NOUN"},
		{"Gang leaders said they would continue. The gang controls the port.", "Gang", "NOUN"},
		{"Student leaders rejected the offer.", "Student", "PROPN"},
		{"Hamas leaders said they would continue.", "Hamas", "PROPN"},
		{"NATO officials said they would continue.", "NATO", "PROPN"},
	} {
		d := analyzed(p, tc.text)
		if s, i := findWord(d, tc.text[:5], tc.word); i < 0 || s.Words[i].UPOS != tc.upos {
			t.Errorf("%q: %s tagged %+v, want %s", tc.text, tc.word, s.Words[i], tc.upos)
		}
	}
}

// TestReportsTakeNoParticipleObjects: the subject of what a verb of
// saying reports, with a past the tagger read as a participle, does not
// become that verb's object.
func TestReportsTakeNoParticipleObjects(t *testing.T) {
	p := load(t)
	text := "Cameron's spokesman said the prime minister stood by his original comments."
	d := analyzed(p, text)
	s, i := findWord(d, text[:10], "minister")
	if _, said := findWord(d, text[:10], "said"); i < 0 || s.Words[i].Rel == "obj" && s.Words[i].Head == said+1 {
		t.Errorf("minister: %+v, want no object of \"said\"", s.Words[i])
	}
}

// TestNoReducedRelative checks that a past tense coordinated with the
// next verb is not taken for a participle on its subject.
func TestNoReducedRelative(t *testing.T) {
	p := load(t)
	text := "Sanders said yes and took the opportunity to stand up for the federal workforce."
	d := article.FromText(text)
	p.Analyze(d)
	s, i := findWord(d, text[:10], "said")
	if i < 0 || s.Words[i].Rel == "acl" || s.Words[i].XPOS != "VBD" {
		t.Errorf("said: %+v, want the past tense of a clause", s.Words[i])
	}
}

// TestRepairsOnOddTrees: a repair reading a tree the parser made of
// garbage (a determiner for root after a verb of saying) neither panics
// nor breaks the tree.
func TestRepairsOnOddTrees(t *testing.T) {
	words := []document.Word{
		{Form: "said", Lemma: "say", UPOS: "VERB", XPOS: "VBD", Head: 2, Rel: "acl"},
		{Form: "the", Lemma: "the", UPOS: "DET", XPOS: "DT", Head: 0, Rel: "root"},
		{Form: "x", Lemma: "x", UPOS: "NOUN", XPOS: "NN", Head: 2, Rel: "dep"},
	}
	repairStrandedReportComplements(words)
	if !isTree(words) {
		t.Errorf("not a tree: %+v", words)
	}
}
