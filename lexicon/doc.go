// Package lexicon is the language of the genre as data: the titles of posts
// (titles.go), the heads of units' names and the kinds of unit (units.go,
// kinds.go), the words those names are made of (compounds.go, words.go), the
// places (places.go), the signs of documents' codes (signs.go), and their
// English glosses, in typed tables that every stage reads — the recognisers
// (loader/recognize/...), resolve, the query layer (kg: who holds a post at
// once) and the glossary (schema). A stage that needs a fact about a word
// asks the lexicon rather than keeping its own list, so that the stages
// cannot drift apart.
//
// Words are written as vn.Key writes them (lower case, NFC, one tone
// placement: ủy, hóa), so that ủy and uỷ, or a title in capitals, match alike.
// Canonical names (Name) are how the graph names a thing.
//
// The package imports vn and nothing of the project above it (never loader,
// schema or kg). Its tables are functions returning slices built once and
// shared by every reader (they are asked per word and per sentence): a reader
// never changes one, and copies it (slices.Clone, slices.Concat) before it
// appends or sorts. A reader that matches often compiles them once, as units
// and scan do. TopPlaces and PlaceGlosses, read once by one reader each,
// still build theirs at each call.
//
// # Adding a form
//
// A title (Phó Chánh Văn phòng, Bí thư thứ nhất): one row in Titles — with
// StandsAlone and Unit when it names its post without a unit (Thủ tướng: the
// Government), Shares when its last words begin its unit's name (Trưởng *Ban*
// Tuyên giáo), Standing when it may take Thường trực, Many when several hold
// it at once, Gloss for its English — and one line in testdata/forms.tsv: the
// post as printed after a name, the title and the unit the recognisers read.
// loader's TestForms reads every line and fails on a title without one.
//
// A unit's head (Hội Nông dân, Ban Chỉ huy Quân sự): one row in UnitHeads,
// with its Class (how the rest of the name attaches), Kind, canonical Name
// and Gloss, and a line in testdata/forms.tsv with a post in such a unit.
//
// A word that names of units are made of (Sở Giáo dục và *Đào tạo*): one
// entry in Compounds, and a line in testdata/forms.tsv whose unit needs it.
package lexicon
