package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// DocumentKind is what kind of document it is; OTHER when the corpus does not
// say.
func (g *Graph) DocumentKind(ctx context.Context, d *Document) (schema.DocKind, error) {
	fs, err := d.props(ctx)
	if err != nil {
		return "", err
	}
	s, _ := pickString(fs.of(schema.HasDocKind))
	for _, k := range schema.DocKinds() {
		if string(k.Kind) == s {
			return k.Kind, nil
		}
	}
	return schema.OtherDoc, nil
}

// DocumentNumber is the number as printed, e.g. 05.
func (g *Graph) DocumentNumber(ctx context.Context, d *Document) (*string, error) {
	fs, err := d.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Number)), nil
}

// DocumentCode is number and sign, e.g. 21-KL/TW, where printed or certain.
func (g *Graph) DocumentCode(ctx context.Context, d *Document) (*string, error) {
	fs, err := d.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Code)), nil
}

// DocumentSubject is what a document is about (the "về ..." of its name).
func (g *Graph) DocumentSubject(ctx context.Context, d *Document) (*string, error) {
	fs, err := d.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Subject)), nil
}

// DocumentIssued is the date a document was issued.
func (g *Graph) DocumentIssued(ctx context.Context, d *Document) (*date.Date, error) {
	fs, err := d.props(ctx)
	if err != nil {
		return nil, err
	}
	return optDate(fs.of(schema.Issued)), nil
}

// DocumentIssuer is the unit that issued a document, or nil.
func (g *Graph) DocumentIssuer(ctx context.Context, d *Document) (*Unit, error) {
	n, err := linkedOne(ctx, &d.node, schema.IssuedBy, schema.Unit)
	if n == nil || err != nil {
		return nil, err
	}
	return n.(*Unit), nil
}

// References are the links from a document to others.
func (g *Graph) References(ctx context.Context, d *Document) ([]*DocumentLink, error) {
	l, err := d.b.links(ctx)
	if err != nil {
		return nil, err
	}
	return l.from[d.ID], nil
}

// ReferencedBy are the links from other documents to this one.
func (g *Graph) ReferencedBy(ctx context.Context, d *Document) ([]*DocumentLink, error) {
	l, err := d.b.links(ctx)
	if err != nil {
		return nil, err
	}
	return l.to[d.ID], nil
}

// docLinks are the links of a batch of documents, by the id of the document
// they leave (from) and of the one they reach (to).
type docLinks struct {
	from, to map[string][]*DocumentLink
}

// links reads every link that leaves or reaches the batch's documents: one
// walk to the links, one for what they say. A link's id joins its ends and
// relation, so they are one each. The documents at the other ends share a new batch, and so do the
// mentions that evidence them.
func (b *batch) links(ctx context.Context) (docLinks, error) {
	return load(b, "links", func() (docLinks, error) {
		out := docLinks{from: map[string][]*DocumentLink{}, to: map[string][]*DocumentLink{}}
		type linkData struct {
			from, to  []fact
			relations []fact
			evidence  []string
		}
		ends, err := b.g.hop(ctx, iris(b.ids), []quad.IRI{schema.LinkFrom, schema.LinkTo}, true)
		if err != nil {
			return out, err
		}
		var linkIDs []string
		for _, f := range ends {
			linkIDs = append(linkIDs, idOf(f.to))
		}
		facts, err := b.g.hop(ctx, iris(b.g.newBatch(linkIDs).ids), []quad.IRI{schema.LinkFrom, schema.LinkTo, schema.Relation, schema.Evidence}, false)
		if err != nil {
			return out, err
		}
		byID := map[string]*linkData{}
		for _, f := range facts {
			id := idOf(f.from)
			l := byID[id]
			if l == nil {
				l = &linkData{}
				byID[id] = l
			}
			switch f.pred {
			case schema.LinkFrom:
				l.from = append(l.from, f)
			case schema.LinkTo:
				l.to = append(l.to, f)
			case schema.Relation:
				l.relations = append(l.relations, f)
			case schema.Evidence:
				if m := idOf(f.to); m != "" && !slices.Contains(l.evidence, m) {
					l.evidence = append(l.evidence, m)
				}
			}
		}
		ids := make([]string, 0, len(byID))
		for id := range byID {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		own := map[string]bool{}
		for _, id := range b.ids {
			own[id] = true
		}
		var others, evidence []string
		for _, id := range ids {
			l := byID[id]
			for _, d := range slices.Concat(refs(l.from), refs(l.to)) {
				if !own[d] {
					others = append(others, d)
				}
			}
			evidence = append(evidence, l.evidence...)
		}
		ob, mb := b.g.newBatch(others), b.g.newBatch(evidence)
		doc := func(id string) *Document {
			if own[id] {
				return &Document{node{id, b}}
			}
			return &Document{node{id, ob}}
		}
		for _, id := range ids {
			l := byID[id]
			from, ok1 := pickRef(l.from)
			to, ok2 := pickRef(l.to)
			if !ok1 || !ok2 {
				continue
			}
			rel, _ := pickString(l.relations)
			dl := &DocumentLink{ID: id, From: doc(from), To: doc(to), Relation: rel}
			for _, m := range l.evidence {
				dl.Evidence = append(dl.Evidence, &Mention{node{m, mb}})
			}
			if own[from] {
				out.from[from] = append(out.from[from], dl)
			}
			if own[to] {
				out.to[to] = append(out.to[to], dl)
			}
		}
		for _, m := range []map[string][]*DocumentLink{out.from, out.to} {
			for _, ls := range m {
				slices.SortFunc(ls, func(a, b *DocumentLink) int {
					return cmp.Or(strings.Compare(a.Relation, b.Relation), strings.Compare(a.To.ID, b.To.ID), strings.Compare(a.From.ID, b.From.ID))
				})
			}
		}
		return out, nil
	})
}
