package schema

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Facts stated once (see doc.go, "Provenance"): what an article says of a
// node that is not its own (an entity's type, names, keys and links, a
// tenure's or a document link's parts) is the same whoever says it, so it is
// stored once, under LabelShared, and each article that says it keeps a
// statement record under its own label: one Stated literal a node it says
// something of, naming what it says of it by the facts' keys (FactKeyOf).
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
	_, ok := sharedKey(q)
	return ok
}

// sharedKey is the key (FactKeyOf) of q if q is shared (IsShared).
func sharedKey(q quad.Quad) (FactKey, bool) {
	id, ok := IDOf(q.Subject)
	if !ok {
		return 0, false
	}
	if k, ok := KindOfID(id); ok {
		if k == Article {
			return 0, false
		}
	} else if !strings.HasPrefix(id, "tenure-") && !strings.HasPrefix(id, "link-") {
		return 0, false
	}
	if q.Predicate == MentionedIn || q.Predicate == Evidence || q.Predicate == Stated {
		return 0, false
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return 0, false
	}
	return FactKeyOf(q.Predicate, q.Object)
}

// StatementValue is the literal of a statement record: for each fact the
// article states of the node, in the order its extraction gives them, the
// fact's key (FactKeyOf) in base64url, eight characters. Which article
// states them is the record's label; articles that state the same facts of
// a node share one literal. The facts themselves are the node's shared
// quads.
func StatementValue(facts [][2]quad.Value) quad.String {
	keys := make([]FactKey, 0, len(facts))
	for _, f := range facts {
		if k, ok := FactKeyOf(f[0], f[1]); ok {
			keys = append(keys, k)
		}
	}
	return statementOf(keys)
}

// statementOf is the statement record naming keys, in their order.
func statementOf(keys []FactKey) quad.String {
	b := make([]byte, 0, FactHashLen*len(keys))
	for _, k := range keys {
		b = k.append(b)
	}
	return quad.String(b)
}

// FactHashLen is the length of a fact's key in a statement record.
const FactHashLen = 8

// A FactKey names a fact of a node in its statement records: 48 bits of
// FNV-1a of the predicate and the object's written form (encodeValue), so
// that two facts of one node share a key with a chance of one in 10^8 for a
// node of a thousand facts (only a node's facts are told apart by it).
type FactKey uint64

// FactKeyOf is the key of the fact (predicate p, object o); ok is false for
// a value the loader never writes. It allocates nothing: the read model
// computes it for every shared fact.
func FactKeyOf(p, o quad.Value) (FactKey, bool) {
	pi, ok := p.(quad.IRI)
	if !ok {
		return 0, false
	}
	h := fnvString(fnvOffset, string(pi))
	h = fnvByte(h, 0)
	switch v := o.(type) {
	case quad.IRI:
		if id, ok := IDOf(v); ok {
			h = fnvString(fnvByte(h, 'N'), id)
		} else {
			h = fnvString(fnvByte(h, 'I'), string(v))
		}
	case quad.String:
		h = fnvString(fnvByte(h, 'S'), string(v))
	case quad.TypedString:
		switch v.Type {
		case XSDDate:
			h = fnvByte(h, 'D')
		case XSDGYearMonth:
			h = fnvByte(h, 'M')
		case XSDGYear:
			h = fnvByte(h, 'Y')
		default:
			h = fnvByte(fnvString(fnvByte(h, 'T'), string(v.Type)), 0)
		}
		h = fnvString(h, string(v.Value))
	case quad.Int:
		var buf [24]byte
		h = fnvString(fnvByte(h, 'Z'), string(strconv.AppendInt(buf[:0], int64(v), 10)))
	case quad.Bool:
		h = fnvString(fnvByte(h, 'B'), strconv.FormatBool(bool(v)))
	default:
		return 0, false
	}
	return FactKey(h >> 16), true
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// append writes k as a record holds it.
func (k FactKey) append(b []byte) []byte {
	var raw [8]byte
	binary.BigEndian.PutUint64(raw[:], uint64(k)<<16)
	return base64.RawURLEncoding.AppendEncode(b, raw[:6])
}

// StatementKeys are the keys a statement record names, in its order, each
// a fact of its node that the record's article states.
func StatementKeys(v quad.Value) ([]FactKey, error) {
	s, ok := v.(quad.String)
	if !ok || len(s)%FactHashLen != 0 {
		return nil, fmt.Errorf("statement record %.40v is not a list of fact keys", v)
	}
	out := make([]FactKey, 0, len(s)/FactHashLen)
	var raw [8]byte
	var src [FactHashLen]byte
	for i := 0; i < len(s); i += FactHashLen {
		copy(src[:], s[i:i+FactHashLen])
		if _, err := base64.RawURLEncoding.Decode(raw[:6], src[:]); err != nil {
			return nil, fmt.Errorf("statement record %.40v: %w", v, err)
		}
		out = append(out, FactKey(binary.BigEndian.Uint64(raw[:])>>16))
	}
	return out, nil
}

// Share turns the quads an article's extraction gives, each labelled with
// the article, into what the store keeps: the article's own quads under its
// label, each shared fact (IsShared) once under LabelShared, and for each
// node the article says shared facts of, its statement record under the
// article's label, placed where the node's first shared fact was.
func Share(articleID string, quads []quad.Quad) []quad.Quad {
	label := ArticleLabel(articleID)
	// Sized for what an article gives (the synthetic corpus, loader/synth):
	// a record for about one quad in ten, and shared facts nearly half the
	// quads. Growing them as they filled was a seventh of extraction's bytes.
	// A shared fact's subject and predicate are IRIs (sharedKey), so the
	// maps hash them as strings, not as interfaces.
	out := make([]quad.Quad, 0, len(quads)+len(quads)/8+8)
	at := make(map[quad.IRI]int, len(quads)/8) // a node's record's place in recs
	recs := make([][]FactKey, 0, len(quads)/8)
	seen := make(map[sharedFact]struct{}, len(quads)/2) // a rewrite (a merge) can make two facts one
	for _, q := range quads {
		if q.Label != label {
			out = append(out, q)
			continue
		}
		key, ok := sharedKey(q)
		if !ok {
			out = append(out, q)
			continue
		}
		q.Label = LabelShared
		subject := q.Subject.(quad.IRI)
		f := sharedFact{subject, q.Predicate.(quad.IRI), q.Object}
		if _, ok := seen[f]; ok {
			continue
		}
		seen[f] = struct{}{}
		i, ok := at[subject]
		if !ok {
			i = len(recs)
			at[subject] = i
			recs = append(recs, nil)
			out = append(out, quad.Quad{Subject: q.Subject, Predicate: Stated, Label: label}) // its object is set below
		}
		recs[i] = append(recs[i], key)
		out = append(out, q)
	}
	for k := range out {
		if out[k].Predicate == Stated && out[k].Object == nil {
			s, _ := out[k].Subject.(quad.IRI)
			out[k].Object = statementOf(recs[at[s]])
		}
	}
	return out
}

// sharedFact is a shared quad as Share tells them apart: its label is
// LabelShared.
type sharedFact struct {
	s, p quad.IRI
	o    quad.Value
}

// Stating are the shared quads among facts (labelled LabelShared) that the
// statement records among records state: of each record's node, those whose
// FactKeyOf it names. facts must hold every shared fact of the records'
// nodes that is to be found.
func Stating(records, facts []quad.Quad) ([]quad.Quad, error) {
	bySubject := map[quad.Value]map[FactKey]bool{}
	for _, r := range records {
		if r.Predicate != Stated {
			continue
		}
		keys, err := StatementKeys(r.Object)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.Subject, err)
		}
		if bySubject[r.Subject] == nil {
			bySubject[r.Subject] = map[FactKey]bool{}
		}
		for _, k := range keys {
			bySubject[r.Subject][k] = true
		}
	}
	var out []quad.Quad
	seen := map[quad.Quad]bool{}
	for _, f := range facts {
		keys := bySubject[f.Subject]
		if f.Label != LabelShared || keys == nil || seen[f] {
			continue
		}
		if k, ok := FactKeyOf(f.Predicate, f.Object); ok && keys[k] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}
