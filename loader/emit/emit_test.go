package emit

import (
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

func TestPrefixes(t *testing.T) {
	tests := []struct{ token, want string }{
		{"", ""},
		{"a", ""},
		{"ab", ""},
		{"abc", "ab"},
		{"nguyen", "ng ngu nguy nguye"},
		{"21-kl/tw", "21 21- 21-k 21-kl 21-kl/ 21-kl/t"},
		{"đức", "đứ"}, // runes, not bytes
	}
	for _, tt := range tests {
		if got := strings.Join(Prefixes(tt.token), " "); got != tt.want {
			t.Errorf("Prefixes(%q) = %q, want %q", tt.token, got, tt.want)
		}
	}
}

// TestSearchTerms checks that an entity's name and a document's printed
// forms are written as search keys, tokens and token prefixes.
func TestSearchTerms(t *testing.T) {
	art := model.Article{ID: schema.ArticleID("x"), Text: "x"}
	pid := schema.PersonID("Võ Văn Minh")
	did := schema.DocumentID(schema.Conclusion, "21", "TW", 2021)
	qs := Quads(model.Facts{
		Article:   art,
		People:    []model.Person{{ID: pid, Name: "Võ Văn Minh"}},
		Documents: []model.Document{{ID: did, Name: "Kết luận số 21-KL/TW", Kind: schema.Conclusion, Number: "21", Code: "21-KL/TW"}},
	}, "test")
	terms := map[string][]string{}
	for _, q := range qs {
		if q.Predicate == schema.SearchKey || q.Predicate == schema.Token || q.Predicate == schema.TokenPrefix {
			id, _ := schema.IDOf(q.Subject)
			p := string(q.Predicate.(quad.IRI))[len(schema.NS):]
			terms[id+" "+p] = append(terms[id+" "+p], string(q.Object.(quad.String)))
		}
	}
	for _, tt := range []struct {
		id, pred string
		want     []string
	}{
		{pid, "searchKey", []string{"vo van minh"}},
		{pid, "token", []string{"vo", "van", "minh"}},
		{pid, "tokenPrefix", []string{"va", "mi", "min"}},
		{did, "searchKey", []string{"ket luan so 21-kl/tw", "21-kl/tw", "ket luan 21", "kl 21"}},
		{did, "tokenPrefix", []string{"ke", "lu", "lua", "21", "21-", "21-k", "21-kl", "21-kl/", "21-kl/t"}},
	} {
		got := terms[tt.id+" "+tt.pred]
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s %s lacks %q: %q", tt.id, tt.pred, w, got)
			}
		}
	}
}
