package graph

import "github.com/cadregraph/cadregraph/kg"

// Resolver is the root of the resolvers: every resolver is one line that calls
// the query layer.
type Resolver struct {
	KG *kg.Graph
}
