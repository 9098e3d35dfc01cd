// Package kg is cadregraph's read side: every question the GraphQL API asks of
// the graph, answered from a Cayley quad store through Cayley's path API. It is
// the only package of the read side that imports Cayley; resolvers call one
// method of Graph per field.
//
// # Batching
//
// A page of 100 people with their tenures, positions and units must cost a
// handful of store walks, not thousands. kg batches deterministically rather
// than with a timed data loader (a timed wait would cost more than the whole
// query): every object a list returns carries a pointer to a shared batch of
// its siblings, and the first field resolver that needs data for one sibling
// loads it for all of them in one walk, once (gqlgen resolves list elements
// concurrently, so each load runs under a sync.Once). The objects that load
// creates share a new batch, so nesting stays a walk or two per level: a page
// of people with their tenures, positions and units is eleven walks whatever
// the page size (TestWalksPerPage). A single object (node(id)) is a batch of
// one.
//
// # Walks
//
// A walk is one iteration over the store. Traversals are hops: the quads that
// touch a set of nodes in one direction, driven by those nodes (so a walk
// costs what the nodes hold, not what the store holds), their predicates
// checked as they come and their labels read with them. Cayley's path
// builder would drive a tagged path by the predicate instead (its shape
// optimiser puts single values first) and tags a label by scanning every
// node, which is why kg walks quads. On a SQL store a walk is one query.
//
// Batches live as long as the objects of one request; nothing of the graph is
// kept between requests, so a store that a load is writing to is always read
// as it is.
//
// # Many articles, one fact
//
// Every fact carries the article it was read from as its label, and several
// articles may state the same property of one node differently. A fact that
// several articles state is stored once (schema.LabelShared) with a statement
// record of each article that states it; a hop reads it, from the read model
// or the store, as one fact an article stating it (builder.unshare,
// Graph.unshare), so whoever reads labels reads them as before. Single values
// are chosen deterministically (see pick): a researcher's curation first, then
// the value most articles state, then the fullest name or the smallest value;
// figures that change over time (party members, base organisations) come from
// the article with the latest event date.
//
// # Errors
//
// Errors a client caused (a bad first, cursor, id, depth) are *InputError and
// their message is for the client; any other error is internal.
package kg
