package loader

import (
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/documents"
	"github.com/cadregraph/cadregraph/loader/recognize/gatherings"
	"github.com/cadregraph/cadregraph/loader/recognize/people"
)

// Recognize runs every recogniser over the article's sentences, in order;
// ss are cut once for all of them (recognize.Sentences), and the resolve
// stage reads the same.
//
// It lives here rather than in package recognize because the recognisers
// import that package for the types they produce: calling them from it would
// be an import cycle. Keep it a short list of calls.
func Recognize(doc model.Doc, ss []recognize.Sentence) recognize.Recognized {
	var r recognize.Recognized
	for i, s := range ss {
		r.Units = append(r.Units, recognize.FindUnits(s)...)
		r.People = append(r.People, people.Find(s)...)
		documents.Add(&r, s)
		var prev *recognize.Sentence
		if i > 0 {
			prev = &ss[i-1]
		}
		gatherings.Add(&r, s, prev)
	}
	r.People = people.Deceased(ss, people.Replaced(ss, people.Profiles(ss, people.Lines(ss, people.Referred(ss, people.Careers(ss, people.Headed(ss, people.Listed(ss, r.People))))))))
	return r
}
