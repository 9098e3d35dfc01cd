// Package corpus is cadregraph's sample corpus, built into the binary: the
// five articles the project was commissioned with, real pages with their
// debris. serve loads it into an empty default store, so that a fresh clone
// shows a graph at once; tests and benchmarks load it too.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS is the sample corpus: its articles at the root, one .txt file each.
func FS() fs.FS { return files }
