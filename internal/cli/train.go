package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/nlp"
)

func runTrain(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "attrib" {
		return runTrainAttrib(ctx, e, args[1:])
	}
	fs := newFlags(e, "train", "[flags] TRAIN.conllu ...",
		`Train the sentence splitter, tagger and parser from Universal Dependencies
treebanks and write them to -out. The tagger is an averaged perceptron; the
parser is an arc-hybrid transition parser trained with a dynamic oracle on
tags predicted by jackknifed taggers, as it will see them at run time.
The models parley embeds were made with:

	parley train -out internal/nlp/models ../shared/ud/en_ewt-ud-train.conllu

then copied beside the packages that embed them (see README).

"parley train attrib DIR" trains the attribution cue model from PolNeAR.`)
	cfg := nlp.TrainConfig{Log: e.log}
	out := fs.String("out", "models", "directory to write the models to")
	fs.IntVar(&cfg.TagIterations, "tag-iterations", 10, "tagger training passes")
	fs.IntVar(&cfg.DepIterations, "parse-iterations", 15, "parser training passes")
	fs.IntVar(&cfg.SegIterations, "split-iterations", 8, "sentence splitter training passes")
	fs.IntVar(&cfg.JackknifeFolds, "folds", 4, "jackknife folds for the parser's training tags (1 trains on gold tags)")
	fs.IntVar(&cfg.MinUpdates, "min-updates", 3, "updates a parser feature needs before it gets weights (1 keeps all)")
	fs.IntVar(&cfg.Beam, "beam", 1, "parser beam width: 1 trains a greedy parser with a dynamic oracle, more a beam-search parser")
	seed := fs.Uint64("seed", 1, "random seed (training is deterministic for a seed)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	cfg.Train, cfg.Seed = fs.Args(), *seed
	start := time.Now()
	p, err := nlp.Train(ctx, cfg)
	if err != nil {
		return err
	}
	if err := p.Save(*out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %s in %s; models written to %s\n", strings.Join(cfg.Train, ", "),
		time.Since(start).Round(time.Second), *out)
	return nil
}
