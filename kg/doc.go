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
// loads it for all of them in one path walk, once (gqlgen resolves list
// elements concurrently, so each load runs under a sync.Once). The objects that
// load creates share a new batch, so nesting stays one walk per level: people →
// tenures → positions → units is four or five walks whatever the page size. A
// single object (node(id)) is a batch of one.
//
// Batches live as long as the objects of one request; nothing of the graph is
// kept between requests, so a store that a load is writing to is always read
// as it is.
//
// # Many articles, one fact
//
// Every quad carries the article it was read from as its label, and several
// articles may state the same property of one node differently. Single values
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
