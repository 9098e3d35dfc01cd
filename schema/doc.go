// Package schema is cadregraph's vocabulary, defined once: the GraphQL schema
// (the *.graphqls files, which hold ../shared/contract/core.graphqls), the
// classes and predicates of the graph in Cayley, the id scheme, and the
// provenance labels. The loader writes with it, the query layer reads with it.
//
// # The graph
//
// Every node is an IRI under IDBase; its rdf:type is one of the classes in
// vocab.go. Entities (Person, Unit, Position, Congress, Event, Document,
// Article) carry name and alias literals (their search terms are derived by
// the query layer, not stored) and a mentionedIn edge to each Mention, a
// sentence of an article (inArticle, quote, start, end: rune offsets into the
// article's normalised text, stored with the article as text). Facts that need evidence of their own are nodes: a Tenure joins a
// person and a position, and each Observation of it (observes) carries the date
// a source shows it (seen), any start or end the source states, and the
// sentences (evidence); a DocumentLink carries from, to, relation and evidence.
// The direct edges that a drawing needs (holds, unit, parent, spokeAt, heldBy,
// issuedBy, references, adopted, mentions) are listed by GraphEdges.
//
// Literals are typed: strings are xsd:string, counts xsd:integer, dates
// xsd:date, xsd:gYearMonth or xsd:gYear by their precision (DateValue).
//
// # Ids
//
// Ids are deterministic, never counters, so an entity keeps its id across loads
// and machines, and URL-safe: "<kind>-<slug>-<hash>", where the slug is the
// folded canonical key (for readers) and the hash, 10 hex digits of SHA-256 of
// kind and key, makes it unique. keys.go holds the identity rules:
//
//   - a person is their name (vn.Key: NFC, one tone placement, lower case);
//   - a unit is its full canonical name, with a party organisation and its
//     committee one unit (Đảng ủy X and Đảng bộ X; Thành ủy X and Đảng bộ
//     thành phố X, Tỉnh ủy X and Đảng bộ tỉnh X...), scoped to its article when the name leans on a place the article never
//     names (a bare Thành ủy in an article about an unnamed city) or when
//     every occasion has its own (a funeral's Ban Lễ tang, Ban lễ tang Nhà
//     nước; Ban Lễ tang đồng chí A, named for the one it is for, is A's in
//     every article);
//   - a position is its title and its unit's id;
//   - a congress is its unit and ordinal (else its term); an event its unit,
//     name and date;
//   - a numbered document is kind + number + issuer sign + year; a document
//     known by name alone is kind + name;
//   - an article is the hash of its normalised text, so loading it again,
//     from any path, is a no-op;
//   - tenures, observations, mentions and links hash the ids they join.
//
// # Provenance
//
// What an article says that is its own is labelled with the article's IRI
// (ArticleLabel): the article node and its properties, its mentions (the
// sentences, with their offsets and quotes), its observations of tenures
// (with their dates and printed titles), and the edges to those (mentions,
// mentionedIn, evidence).
//
// What an article says of a node that is not its own (an entity's type,
// names, aliases, keys, dates and links, a tenure's person and position, a
// document link's ends and relation: IsShared) is the same whoever says it,
// so it is stored once, labelled LabelShared, however many articles state
// it. Which articles state it is kept exactly, by statement records: each
// article that states facts of a node writes, under its own label, one
// Stated literal on that node naming those facts by their keys (FactKeyOf:
// 48 bits of the predicate and object, told apart among the node's facts
// only). Share turns an article's quads into this form; Stating reads back
// the facts a record names. So "which articles state this" is the labels of
// the node's records that name the fact, the query layer counts them to pick
// a name or a date as before, and removing an article (a reload under new
// rules, a rewrite under a curation) removes its own quads and records, and a
// shared fact only when no record states it any more. Facts no single
// article states carry LabelCuration (a researcher's correction) or
// LabelDerived (an inference across articles), so a reader can always tell
// where a fact came from.
//
// A curation file (see loader/curation) is applied on every load. Its merges
// are materialised: the quads of the merged entity move to the survivor (an
// article's facts of the merged entity become facts of the survivor stated by
// that article's record of it), and "X mergedInto Y" is recorded (LabelCuration for a
// curator's merge, LabelDerived for an inferred one, such as a yearless
// document joined to the only dated one of its kind, number and issuer), so
// the old id still answers. Articles written later are rewritten the same way.
// Renames, additions (with a note), external ids (externalId) and split-off
// entities (splitFrom) are LabelCuration facts; the store records the curation
// it applied on CurationNode (curationHash, curationRules) so that changing
// the file takes its corrections back, and its derived merges, with the key
// that decided each (joinKey), on DerivedNode (derivedJoins).
package schema
