package schema

import (
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cayleygraph/quad"
)

// XML Schema datatypes of date literals: a date keeps its precision in its type.
const (
	XSDDate       quad.IRI = "http://www.w3.org/2001/XMLSchema#date"
	XSDGYearMonth quad.IRI = "http://www.w3.org/2001/XMLSchema#gYearMonth"
	XSDGYear      quad.IRI = "http://www.w3.org/2001/XMLSchema#gYear"
)

// DateValue is the literal for d: "2025-08-20"^^xsd:date, "2025-08"^^xsd:gYearMonth
// or "2025"^^xsd:gYear. The zero date has no literal; callers do not write it.
func DateValue(d date.Date) quad.Value {
	t := XSDDate
	switch d.Precision() {
	case date.Year:
		t = XSDGYear
	case date.Month:
		t = XSDGYearMonth
	}
	return quad.TypedString{Value: quad.String(d.String()), Type: t}
}

// ToDate reads a date literal written by DateValue (or a plain string in the
// same form, as an N-Quads file edited by hand may hold).
func ToDate(v quad.Value) (date.Date, bool) {
	var s string
	switch v := v.(type) {
	case quad.TypedString:
		s = string(v.Value)
	case quad.String:
		s = string(v)
	default:
		return date.Date{}, false
	}
	d, err := date.Parse(s)
	return d, err == nil
}

// ToString reads a string literal; it reports false for IRIs and other values.
func ToString(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.TypedString:
		return string(v.Value), true
	case quad.LangString:
		return string(v.Value), true
	}
	return "", false
}

// ToInt reads an integer literal.
func ToInt(v quad.Value) (int, bool) {
	switch v := v.(type) {
	case quad.Int:
		return int(v), true
	case quad.TypedString:
		if i, err := v.ParseValue(); err == nil {
			if n, ok := i.(quad.Int); ok {
				return int(n), true
			}
		}
	}
	return 0, false
}

// Provenance labels. Every quad the loader extracts from an article carries
// that article's IRI as its label; the labels below mark the quads that no single
// article states.
const (
	// LabelCuration marks facts a researcher added or changed in a curation file.
	LabelCuration quad.IRI = IDBase + "label/curation"
	// LabelDerived marks facts cadregraph inferred across articles (a yearless
	// document reference joined to the only dated document it can be).
	LabelDerived quad.IRI = IDBase + "label/derived"
)

// ArticleLabel is the label of the quads extracted from the article with id.
func ArticleLabel(articleID string) quad.IRI { return IRI(articleID) }

// IsArticleLabel reports whether a label names an article.
func IsArticleLabel(l quad.Value) bool {
	id, ok := IDOf(l)
	return ok && strings.HasPrefix(id, "article-")
}
