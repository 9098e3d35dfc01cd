//go:build tools

// Package main's tools file pins the code generators the repository runs, so
// that go.mod and go.sum keep what `go run` needs to run them.
package main

import (
	_ "github.com/99designs/gqlgen"
)
