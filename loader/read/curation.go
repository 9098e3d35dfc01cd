package read

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Curation reads a curation file: a researcher's corrections, as N-Triples
// (or N-Quads labelled with schema.LabelCuration), one fact a line, # for
// comments. An IRI without a scheme is short for a node id or a predicate of
// cadregraph's, so that the file can be written by hand:
//
//	# Two spellings of one person.
//	<person-vo-van-minh-3f9c2a01d4> <mergedInto> <person-vo-van-minh-0b1c2d3e4f> .
//	<person-to-lam-1a2b3c4d5e> <externalId> "wikidata:Q10800812" .
//
// The facts come back labelled with schema.LabelCuration. The first bad line
// fails the whole file, naming the line: a curation is applied whole or not.
func Curation(path string) ([]quad.Quad, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Problem{Source: path, Msg: "cannot read: " + describe(err)}
	}
	defer f.Close()
	var out []quad.Quad
	br := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, 1<<20)
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return nil, &Problem{Source: path, Line: n, Msg: "cannot read: " + describe(err)}
		}
		if tooLong {
			return nil, &Problem{Source: path, Line: n, Msg: "too large: a fact takes one line of at most 1 MB"}
		}
		if i := invalidUTF8(line); i >= 0 {
			return nil, &Problem{Source: path, Line: n, Msg: fmt.Sprintf("invalid UTF-8 at byte offset %d of the line", i)}
		}
		if s := strings.TrimSpace(string(line)); s != "" && !strings.HasPrefix(s, "#") {
			q, msg := curationFact(s)
			if msg != "" {
				return nil, &Problem{Source: path, Line: n, Msg: msg}
			}
			out = append(out, q)
		}
		if eof {
			return out, nil
		}
	}
}

func curationFact(s string) (quad.Quad, string) {
	q, err := nquads.Parse(s)
	if err != nil {
		return quad.Quad{}, "not an N-Triples fact (<subject> <predicate> object .): " + strings.TrimPrefix(err.Error(), "nquads: ")
	}
	if !q.IsValid() {
		return quad.Quad{}, "not an N-Triples fact: it needs a subject, a predicate and an object"
	}
	q.Subject, q.Object = expand(q.Subject, schema.IDBase), expand(q.Object, schema.IDBase)
	q.Predicate = expand(q.Predicate, schema.NS)
	if q.Label != nil && q.Label != schema.LabelCuration {
		return quad.Quad{}, fmt.Sprintf("a curation fact has no label, or %s; this one has %s", schema.LabelCuration, q.Label)
	}
	q.Label = schema.LabelCuration
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return quad.Quad{}, "the predicate must be an IRI, such as <mergedInto>"
	}
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return quad.Quad{}, "the subject must be an IRI, such as <person-...>"
	}
	return q, ""
}

// expand completes an IRI without a scheme with base.
func expand(v quad.Value, base string) quad.Value {
	if iri, ok := v.(quad.IRI); ok && !strings.Contains(string(iri), ":") {
		return quad.IRI(base + string(iri))
	}
	return v
}
