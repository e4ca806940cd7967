package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// words renders tokens as their words, multiword tokens as a+b.
func words(text string, toks []Token) string {
	var out []string
	for _, t := range toks {
		var ws []string
		for _, w := range t.Words {
			ws = append(ws, w.Form)
		}
		out = append(out, strings.Join(ws, "+"))
	}
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"abbreviation with periods", "U.S. officials said.", "U.S. officials said ."},
		{"hyphenated country pair", "US-Iran talks", "US - Iran talks"},
		{"country pair ending in a dotted acronym", "South Korea-U.S. drills", "South Korea - U.S. drills"},
		{"party and dotted state", "Robert Menendez (D-N.J.) said", "Robert Menendez ( D - N.J. ) said"},
		{"dotted state ending a sentence", `said Sen. Lindsey Graham, R-S.C. "To those`, `said Sen. Lindsey Graham , R - S.C . " To those`},
		{"plural titles", "Sens. Ted Cruz and Reps. Ann Lee", "Sens. Ted Cruz and Reps. Ann Lee"},
		{"curly possessive", "Iran’s foreign minister", "Iran+’s foreign minister"},
		{"possessive typed with a left quote", "Trump‘s ‘deal’", "Trump+‘s ‘ deal ’"},
		{"straight possessive", "Turkey's role", "Turkey+'s role"},
		{"curly quotes", "“We never had contact,” he said.", "“ We never had contact , ” he said ."},
		{"em dash between words", "talks—if any—stalled", "talks — if any — stalled"},
		{"spaced en dash", "Geneva – Friday", "Geneva – Friday"},
		{"contraction", "They don't know.", "They do+n't know ."},
		{"cannot", "He cannot travel", "He can+not travel"},
		{"time", "at 3:30 p.m. Monday", "at 3:30 p.m. Monday"},
		// An abbreviation that is also a word keeps its period before a
		// comma, where no sentence ends.
		{"state abbreviation before a comma", "a retiree in Carthage, Ill., said", "a retiree in Carthage , Ill. , said"},
		{"word before a period", "He was ill. Then he recovered.", "He was ill . Then he recovered ."},
		{"party and state", "Rep. Jane Doe, D-Calif., agreed.", "Rep. Jane Doe , D - Calif. , agreed ."},
		{"money and percent", "$4.5 billion, up 12%", "$ 4.5 billion , up 12 %"},
		{"url", "See https://example.org/a?b=1.", "See https://example.org/a?b=1 ."},
		{"parentheses", "(AP) Photo", "( AP ) Photo"},
		{"ellipsis", "Wait... no", "Wait ... no"},
		{"title abbreviation", "Mr. Fidan and Dr. Smith", "Mr. Fidan and Dr. Smith"},
		{"number with comma", "1,200 people", "1,200 people"},
		{"trailing quote after period", `he said "no."`, `he said " no . "`},
		{"slash pair", "and/or", "and / or"},
		{"non-breaking space", "Hakan\u00a0Fidan", "Hakan Fidan"},
		{"markup left in the text", "Mr. Trump</tweet> said <tweet/>I won", "Mr. Trump said I won"},
		{"tag with attributes", `<tweet tweet-id="7731">Thanks!</tweet>`, "Thanks !"},
		{"comparison is no tag", "x<y and a->b", "x<y and a->b"},
		{"address in angle brackets", "<jo@example.com>", "<jo@example.com >"},
		{"hyphen before a capitalised word", "-Michelle Marks, and powers -Russia", "- Michelle Marks , and powers - Russia"},
		{"minus sign", "-3 degrees", "-3 degrees"},
		{"name particle before a capital", "Lashkar-e-Taiba and Saint-Jean-de-Luz", "Lashkar - e - Taiba and Saint - Jean - de - Luz"},
		{"prefix kept", "e-mail, de-escalate and de-Giuliani-ized", "e-mail , de-escalate and de-Giuliani - ized"},
		{"empty", "", ""},
		{"only spaces", "  \n\t ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := words(tc.in, Tokenize(tc.in, 0, len(tc.in)))
			if got != tc.want {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "Araghchi said: “We have never had any contact with the Americans.” Iran’s FM—again."
	for _, tok := range Tokenize(text, 0, len(text)) {
		surface := text[tok.Start:tok.End]
		var joined strings.Builder
		for _, w := range tok.Words {
			if w.Start < tok.Start || w.End > tok.End || w.Start >= w.End {
				t.Fatalf("word %q [%d,%d) outside token %q [%d,%d)", w.Form, w.Start, w.End, surface, tok.Start, tok.End)
			}
			joined.WriteString(text[w.Start:w.End])
		}
		if joined.String() != surface {
			t.Errorf("words of %q cover %q", surface, joined.String())
		}
	}
}

func TestTokenizeRange(t *testing.T) {
	text := "Headline here\n\nBody text starts."
	start := strings.Index(text, "Body")
	toks := Tokenize(text, start, len(text))
	if got := words(text, toks); got != "Body text starts ." {
		t.Fatalf("got %q", got)
	}
	if toks[0].Start != start {
		t.Errorf("first token starts at %d, want %d", toks[0].Start, start)
	}
	// A part ends the text: the period of a letter that ends a paragraph
	// is the sentence's, not an initial's; an abbreviation keeps its own.
	text = "Sybiha said so in a post on X.\n\n\"The talks ended,\" he said.\n\nHe spoke in Fresno, Calif.\n\nHe left."
	for _, tc := range []struct{ from, to, want string }{
		{"Sybiha", "X.", "Sybiha said so in a post on X ."},
		{"He spoke", "Calif.", "He spoke in Fresno , Calif."},
	} {
		start := strings.Index(text, tc.from)
		end := strings.Index(text, tc.to) + len(tc.to)
		if got := words(text, Tokenize(text, start, end)); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	// So inside a paragraph, after "on": the network, not an initial.
	text = "Macron wrote on X. German Chancellor Friedrich Merz agreed."
	if got := words(text, Tokenize(text, 0, len(text))); got != "Macron wrote on X . German Chancellor Friedrich Merz agreed ." {
		t.Errorf("got %q, want X and its period apart", got)
	}
	for _, tc := range []struct{ from, to, want string }{} {
		start := strings.Index(text, tc.from)
		end := strings.Index(text, tc.to) + len(tc.to)
		if got := words(text, Tokenize(text, start, end)); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S.-Iran talks", "Iran’s “deal”—off.", "don't", "http://x.y/z.", "'90s", "a--b", "\xff\xfe", "$5.3m (AP)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, tok := range Tokenize(text, 0, len(text)) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("bad token span [%d,%d) after %d in %q", tok.Start, tok.End, prev, text)
			}
			if len(tok.Words) == 0 {
				t.Fatalf("token %q has no words", text[tok.Start:tok.End])
			}
			for _, w := range tok.Words {
				if w.Start < tok.Start || w.End > tok.End || w.Form == "" {
					t.Fatalf("bad word %+v in token [%d,%d) of %q", w, tok.Start, tok.End, text)
				}
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[tok.Start:tok.End]) {
				t.Fatalf("token splits a character: %q", text[tok.Start:tok.End])
			}
			prev = tok.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("Turkish President Recep Tayyip Erdogan proposed the idea during a phone call with U.S. President Donald Trump on Monday, according to officials. “We’re ready,” he said—again. ", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokenize(text, 0, len(text))
	}
}

func TestAbbreviationPeriods(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He said no. Then he left.", "He said no . Then he left ."},
		{"Resolution No. 2231 passed.", "Resolution No. 2231 passed ."},
		{"Gen. Bagheri spoke.", "Gen. Bagheri spoke ."},
		{`"We talk to the U.S." he said`, `" We talk to the U.S. " he said`},
		{`"Ask Mr." she said`, `" Ask Mr . " she said`},
		{"Sen. Mark Kirk (R-Ill.) said so.", "Sen. Mark Kirk ( R - Ill. ) said so ."},
	}
	for _, tc := range tests {
		if got := words(tc.in, Tokenize(tc.in, 0, len(tc.in))); got != tc.want {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestDateline: a wire story's dateline is a sentence of its own; a
// dash elsewhere splits nothing; nor does a date end a sentence early or
// late.
func TestDateline(t *testing.T) {
	sp, err := DefaultSplitter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday.",
			[]string{"ORLANDO, Fla. (Reuters) -", "President Barack Obama met survivors on Thursday."}},
		{"JERUSALEM — Netanyahu will meet Trump.", []string{"JERUSALEM —", "Netanyahu will meet Trump."}},
		{"PORT-AU-PRINCE (AP) — The first Kenyan officers arrived.", []string{"PORT-AU-PRINCE (AP) —", "The first Kenyan officers arrived."}},
		{"NEW YORK (AP) — Trump spoke.", []string{"NEW YORK (AP) —", "Trump spoke."}},
		{"BEIJING, March 3 (Xinhua) -- China said it would help.", []string{"BEIJING, March 3 (Xinhua) --", "China said it would help."}},
		{"KYIV/MOSCOW, Nov 20 (Reuters) - Russia and Ukraine exchanged prisoners.",
			[]string{"KYIV/MOSCOW, Nov 20 (Reuters) -", "Russia and Ukraine exchanged prisoners."}},
		{"US-Iran talks - a new start - begin today.", []string{"US-Iran talks - a new start - begin today."}},
		{"2016 - a year of change.", []string{"2016 - a year of change."}},
		{"The ministry says more than 40,000 Palestinians have been killed. Thanks, Jeff",
			[]string{"The ministry says more than 40,000 Palestinians have been killed.", "Thanks,", "Jeff"}},
		// A parenthesis closed after an abbreviation's stop, before a
		// lower-case word, ends nothing.
		{"Trump could embrace a clean energy policy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.",
			[]string{"Trump could embrace a clean energy policy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday."}},
		// A full stop after a month and a day ends the sentence.
		{"Russia attacked Kyiv on March 3. Last month Washington imposed tariffs.",
			[]string{"Russia attacked Kyiv on March 3.", "Last month Washington imposed tariffs."}},
		// A plural's possessive apostrophe before a name ends nothing; a
		// single quotation closing there may.
		{"It reminded Beijing that the two countries' Mutual Defense Treaty covers attacks.",
			[]string{"It reminded Beijing that the two countries' Mutual Defense Treaty covers attacks."}},
		// A title's abbreviation before a name ends nothing; a time may.
		{"Former Pakistani PM Khan sentenced to 14 years", []string{"Former Pakistani PM Khan sentenced to 14 years"}},
		{"PM Modi visits Moscow", []string{"PM Modi visits Moscow"}},
	} {
		var got []string
		for _, s := range sp.Split(tc.text, Tokenize(tc.text, 0, len(tc.text))) {
			got = append(got, tc.text[s[0].Start:s[len(s)-1].End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: sentences %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestIsQuote(t *testing.T) {
	for form, want := range map[string]bool{
		`"`: true, "“": true, "”": true, "‘": true, "’": true, "'": true, "''": true, "``": true,
		"": false, "'s": false, "n't": false, ",": false, "“Hello": false,
	} {
		if got := IsQuote(form); got != want {
			t.Errorf("IsQuote(%q) = %v, want %v", form, got, want)
		}
	}
}
