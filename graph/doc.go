// Package graph is cadregraph's GraphQL API: gqlgen's generated executor
// (*.generated.go, never edited by hand), the resolvers (*.resolvers.go, one
// line each, calling the query layer kg) and the HTTP handler that serves
// them. The schema is in ../schema/*.graphqls; regenerate after changing it
// with `go generate ./graph` (gqlgen.yml at the repository root says how).
package graph

//go:generate go run github.com/99designs/gqlgen generate
