package nlp

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/parley-news/parley/internal/conllu"
	"github.com/parley-news/parley/internal/nlp/lemma"
	"github.com/parley-news/parley/internal/nlp/parse"
	"github.com/parley-news/parley/internal/nlp/tag"
	"github.com/parley-news/parley/internal/nlp/token"
)

// TrainConfig says what to train on and how long.
type TrainConfig struct {
	Train          []string // CoNLL-U files to learn from
	Dev            string   // CoNLL-U file to report accuracy on ("" for none)
	TagIterations  int
	DepIterations  int
	SegIterations  int
	JackknifeFolds int // parser training tags come from taggers that did not see the sentence
	MinUpdates     int // updates a parser feature needs before it gets weights
	Beam           int // parser beam width (1: greedy with a dynamic oracle)
	Seed           uint64
	Log            *slog.Logger
}

// Train learns the sentence splitter, tagger and parser.
func Train(ctx context.Context, cfg TrainConfig) (*Pipeline, error) {
	var sents []*conllu.Sentence
	for _, path := range cfg.Train {
		s, err := readTreebank(path)
		if err != nil {
			return nil, err
		}
		sents = append(sents, s...)
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("no training sentences")
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lex, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	p := &Pipeline{Lemmas: lex}

	log.Info("training sentence splitter", "sentences", len(sents), "iterations", cfg.SegIterations)
	p.Splitter = token.TrainSplitter(SplitterExamples(sents), cfg.SegIterations, cfg.Seed)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	tagSents := make([]tag.Sentence, len(sents))
	for i, s := range sents {
		tagSents[i] = toTagSentence(s)
	}
	depSents := make([]parse.Sentence, len(sents))
	for i, s := range sents {
		depSents[i] = toParseSentence(s)
	}
	folds := max(cfg.JackknifeFolds, 1)
	if folds > 1 {
		for f := 0; f < folds; f++ {
			var train []tag.Sentence
			for i := range tagSents {
				if i%folds != f {
					train = append(train, tagSents[i])
				}
			}
			log.Info("jackknife tagger", "fold", f+1, "of", folds)
			tg := tag.Train(train, lex, cfg.TagIterations, cfg.Seed+uint64(f), nil)
			for i := range depSents {
				if i%folds == f {
					depSents[i].UPOS, depSents[i].XPOS = tg.Tag(depSents[i].Words)
				}
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	log.Info("training tagger", "iterations", cfg.TagIterations)
	p.Tagger = tag.Train(tagSents, lex, cfg.TagIterations, cfg.Seed, func(it int, acc float64) {
		log.Info("tagger", "iteration", it, "train_accuracy", fmt.Sprintf("%.4f", acc))
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	log.Info("training parser", "iterations", cfg.DepIterations)
	p.Parser = parse.Train(depSents, parse.TrainOptions{Iterations: cfg.DepIterations, Seed: cfg.Seed, Explore: 0.9, MinUpdates: cfg.MinUpdates, Beam: cfg.Beam,
		Progress: func(it int, acc float64) {
			log.Info("parser", "iteration", it, "train_transition_accuracy", fmt.Sprintf("%.4f", acc))
		}})
	return p, nil
}

func readTreebank(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadAll(f, path)
}

func toTagSentence(s *conllu.Sentence) tag.Sentence {
	var t tag.Sentence
	for _, w := range s.Words {
		t.Words = append(t.Words, w.Form)
		t.UPOS = append(t.UPOS, w.UPOS)
		t.XPOS = append(t.XPOS, w.XPOS)
	}
	return t
}

func toParseSentence(s *conllu.Sentence) parse.Sentence {
	var t parse.Sentence
	for _, w := range s.Words {
		t.Words = append(t.Words, w.Form)
		t.UPOS = append(t.UPOS, w.UPOS)
		t.XPOS = append(t.XPOS, w.XPOS)
		t.Heads = append(t.Heads, w.Head)
		t.Rels = append(t.Rels, w.Deprel)
	}
	return t
}

// SplitterExamples turns a treebank into paragraphs of surface tokens with
// the sentence ends marked, rebuilding each paragraph's text the way UD's
// raw text is made: sentences joined by a space.
func SplitterExamples(sents []*conllu.Sentence) []token.SplitterExample {
	var out []token.SplitterExample
	var cur token.SplitterExample
	var b strings.Builder
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Text = b.String()
			out = append(out, cur)
		}
		cur = token.SplitterExample{}
		b.Reset()
	}
	for _, s := range sents {
		if s.HasComment("newpar") || s.HasComment("newdoc") {
			flush()
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for k := 0; k < len(s.Words); k++ {
			w := s.Words[k]
			form, misc := w.Form, w.Misc
			if m, ok := s.MultiAt(w.ID); ok {
				form, misc = m.Form, m.Misc
				k += m.Last - m.First
			}
			start := b.Len()
			b.WriteString(form)
			cur.Tokens = append(cur.Tokens, token.Token{Start: start, End: b.Len()})
			cur.Ends = append(cur.Ends, false)
			if k < len(s.Words)-1 && !strings.Contains("|"+misc+"|", "|SpaceAfter=No|") {
				b.WriteByte(' ')
			}
		}
		if len(cur.Ends) > 0 {
			cur.Ends[len(cur.Ends)-1] = true
		}
	}
	flush()
	return out
}
