// Package coder runs parley's stages over an article, in order: the
// language analysis, attributions, actors (which need the attributions'
// unnamed sources) and events (which need actors and attributions). It is
// what parley code, the evaluations and the benchmarks share.
package coder

import (
	"io"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/attrib"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/nlp"
)

// Coder holds every stage's model and dictionary. It is safe for
// concurrent use.
type Coder struct {
	NLP          *nlp.Pipeline
	Attributions *attrib.Extractor
	Actors       *actor.Dictionary
	Events       *event.Lexicon
	// Petrarch, when set, codes the events in place of Events, with
	// dictionaries in the PETRARCH formats.
	Petrarch *event.PetrarchCoder
}

// Load returns a coder over the pipeline with the built-in attribution
// model, and the built-in actor and event dictionaries extended with the
// user's files (nil for none).
func Load(p *nlp.Pipeline, actorFiles, eventFiles map[string]io.Reader) (*Coder, error) {
	c := &Coder{NLP: p}
	var err error
	if c.Attributions, err = attrib.Default(); err != nil {
		return nil, err
	}
	if len(actorFiles) == 0 {
		c.Actors, err = actor.Default()
	} else {
		c.Actors, err = actor.New(actorFiles)
	}
	if err != nil {
		return nil, err
	}
	// The event coder reads nationalities from the same dictionary as the
	// actors, the user's additions included.
	if len(actorFiles) == 0 && len(eventFiles) == 0 {
		c.Events, err = event.Default()
	} else {
		c.Events, err = event.New(c.Actors, eventFiles)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Default returns the coder with every built-in model.
func Default() (*Coder, error) {
	p, err := nlp.Load()
	if err != nil {
		return nil, err
	}
	return Load(p, nil, nil)
}

// Code analyses a document and fills its attributions, actors and events.
func (c *Coder) Code(d *document.Document) {
	c.NLP.Analyze(d)
	d.Attributions = c.Attributions.Extract(d)
	c.Actors.Find(d)
	if c.Petrarch != nil {
		c.Petrarch.Code(d)
		return
	}
	c.Events.Code(d)
}
