package schema

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Facts stated once (see doc.go, "Provenance"): what an article says of a
// node that is not its own (an entity's type, names, keys and links, a
// tenure's or a document link's parts) is the same whoever says it, so it is
// stored once, under LabelShared, and each article that says it keeps a
// statement record under its own label: one Stated literal a node it says
// something of, naming what it says of it by the facts' hashes.
const (
	// LabelShared marks a fact that articles state, stored once whatever
	// the number of articles stating it; the Stated records say which.
	LabelShared quad.IRI = IDBase + "label/shared"
	// Stated is a node's statement record: a literal (StatementValue)
	// labelled with the article that makes the statement, naming the facts
	// it states of the node.
	Stated quad.IRI = NS + "stated"
)

// IsShared reports whether q, a quad an article's extraction gives, is
// stored once under LabelShared rather than under the article: its subject is
// an entity, a tenure or a document link (no article, mention or observation:
// those are the article's own nodes) and its object is no mention (the
// sentences that name an entity are the article's own).
func IsShared(q quad.Quad) bool {
	id, ok := IDOf(q.Subject)
	if !ok {
		return false
	}
	if k, ok := KindOfID(id); ok {
		if k == Article {
			return false
		}
	} else if !strings.HasPrefix(id, "tenure-") && !strings.HasPrefix(id, "link-") {
		return false
	}
	if q.Predicate == MentionedIn || q.Predicate == Evidence || q.Predicate == Stated {
		return false
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return false
	}
	_, ok = encodeValue(q.Object)
	return ok
}

// StatementValue is the literal of a statement record: for each fact the
// article states of the node, in the order its extraction gives them, the
// fact's hash (FactHash), eight characters. Which article states them is the
// record's label; articles that state the same facts of a node share one
// literal. The facts themselves are the node's shared quads.
func StatementValue(facts [][2]quad.Value) quad.String {
	b := make([]byte, 0, FactHashLen*len(facts))
	for _, f := range facts {
		if h, ok := FactHash(f[0], f[1]); ok {
			b = append(b, h...)
		}
	}
	return quad.String(b)
}

// FactHashLen is the length of a fact's hash in a statement record: 48 bits,
// so that two facts of one node share a hash with a chance of one in
// 10^10 for a node of a thousand facts (only a node's facts are told apart by it).
const FactHashLen = 8

// FactHash is the hash that a statement record names a fact of its node by
// (predicate, object): 48 bits of FNV-1a of the predicate and the object's
// written form (encodeValue), in base64url. ok is false for a value the
// loader never writes.
func FactHash(p, o quad.Value) (string, bool) {
	pi, ok := p.(quad.IRI)
	if !ok {
		return "", false
	}
	ov, ok := encodeValue(o)
	if !ok {
		return "", false
	}
	h := fnv.New64a()
	h.Write([]byte(pi))
	h.Write([]byte{0})
	h.Write([]byte(ov))
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], h.Sum64())
	return base64.RawURLEncoding.EncodeToString(b[:6]), true
}

// StatementHashes are the hashes a statement record names, each a fact of
// its node the record's article states.
func StatementHashes(v quad.Value) (map[string]bool, error) {
	s, ok := v.(quad.String)
	if !ok || len(s)%FactHashLen != 0 {
		return nil, fmt.Errorf("statement record %.40v is not a list of fact hashes", v)
	}
	out := make(map[string]bool, len(s)/FactHashLen)
	for i := 0; i < len(s); i += FactHashLen {
		out[string(s[i:i+FactHashLen])] = true
	}
	return out, nil
}

// encodeValue is the written form of the values the loader writes, which
// FactHash hashes: a tag telling the value's type (N a node of ours, I
// another IRI, S a string, D, M, Y a date of day, month or year precision,
// T another typed string, Z an integer, B a boolean) and its text.
func encodeValue(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		if id, ok := IDOf(v); ok {
			return "N" + id, true
		}
		return "I" + string(v), true
	case quad.String:
		return "S" + string(v), true
	case quad.TypedString:
		switch v.Type {
		case XSDDate:
			return "D" + string(v.Value), true
		case XSDGYearMonth:
			return "M" + string(v.Value), true
		case XSDGYear:
			return "Y" + string(v.Value), true
		}
		return "T" + string(v.Type) + "\x00" + string(v.Value), true
	case quad.Int:
		return "Z" + strconv.FormatInt(int64(v), 10), true
	case quad.Bool:
		return "B" + strconv.FormatBool(bool(v)), true
	}
	return "", false
}

// Share turns the quads an article's extraction gives, each labelled with
// the article, into what the store keeps: the article's own quads under its
// label, each shared fact (IsShared) once under LabelShared, and for each
// node the article says shared facts of, its statement record under the
// article's label, placed where the node's first shared fact was.
func Share(articleID string, quads []quad.Quad) []quad.Quad {
	label := ArticleLabel(articleID)
	out := make([]quad.Quad, 0, len(quads))
	at := map[quad.Value]int{} // a node's record's place in recs
	var recs [][][2]quad.Value
	seen := map[quad.Quad]bool{} // a rewrite (a merge) can make two facts one
	for _, q := range quads {
		if q.Label != label || !IsShared(q) {
			out = append(out, q)
			continue
		}
		q.Label = LabelShared
		if seen[q] {
			continue
		}
		seen[q] = true
		i, ok := at[q.Subject]
		if !ok {
			i = len(recs)
			at[q.Subject] = i
			recs = append(recs, nil)
			out = append(out, quad.Quad{Subject: q.Subject, Predicate: Stated, Label: label}) // its object is set below
		}
		recs[i] = append(recs[i], [2]quad.Value{q.Predicate, q.Object})
		out = append(out, q)
	}
	for k := range out {
		if out[k].Predicate == Stated && out[k].Object == nil {
			out[k].Object = StatementValue(recs[at[out[k].Subject]])
		}
	}
	return out
}

// Stating are the shared quads among facts (labelled LabelShared) that the
// statement records among records state: of each record's node, those whose
// FactHash it names. facts must hold every shared fact of the records'
// nodes that is to be found.
func Stating(records, facts []quad.Quad) ([]quad.Quad, error) {
	bySubject := map[quad.Value]map[string]bool{}
	for _, r := range records {
		if r.Predicate != Stated {
			continue
		}
		hs, err := StatementHashes(r.Object)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.Subject, err)
		}
		if bySubject[r.Subject] == nil {
			bySubject[r.Subject] = hs
			continue
		}
		for h := range hs {
			bySubject[r.Subject][h] = true
		}
	}
	var out []quad.Quad
	seen := map[quad.Quad]bool{}
	for _, f := range facts {
		hs := bySubject[f.Subject]
		if f.Label != LabelShared || hs == nil || seen[f] {
			continue
		}
		if h, ok := FactHash(f.Predicate, f.Object); ok && hs[h] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}
