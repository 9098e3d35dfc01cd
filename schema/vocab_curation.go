package schema

import "github.com/cayleygraph/quad"

// Curation's vocabulary, beside MergedInto and ExternalID (vocab.go). See doc.go,
// "Provenance".
const (
	// CurationNode is the node that records the curation the store applied:
	// its hash and its rules, so that the next load knows what to take back.
	CurationNode quad.IRI = IDBase + "curation"
	// CurationHash is the hash of the curation applied, as resolved (string).
	CurationHash quad.IRI = NS + "curationHash"
	// CurationRules is the JSON of the rules that rewrite articles (merges,
	// splits, drops) of the curation applied (string).
	CurationRules quad.IRI = NS + "curationRules"
	// SplitFrom links an entity a curation split off to the entity it was
	// split from.
	SplitFrom quad.IRI = NS + "splitFrom"
	// Note is a curator's note on a fact it added, such as an Observation's
	// source when no article states it (string).
	Note quad.IRI = NS + "note"
)

// JoinKey is what decided a derived merge, kept on the merged entity
// (LabelDerived) since its own facts move to the survivor: for a yearless
// document, its kind, number and issuer sign (string).
const JoinKey quad.IRI = NS + "joinKey"

// The record of the derived merges the store holds, so that a load reads
// them from one node instead of scanning the store for mergedInto.
const (
	// DerivedNode is the node that records the derived merges.
	DerivedNode quad.IRI = IDBase + "derived"
	// DerivedJoins is the JSON of the derived merges: from → {into, key}
	// (string, LabelDerived).
	DerivedJoins quad.IRI = NS + "derivedJoins"
)
