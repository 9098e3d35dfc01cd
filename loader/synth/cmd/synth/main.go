// Command synth writes a synthetic corpus of articles (see package
// loader/synth) into a folder, one .txt file each, for measuring a load of
// the whole corpus from the command line:
//
//	go run ./loader/synth/cmd/synth -n 10000 -seed 1 /tmp/synth10k
//	/usr/bin/time -v cadregraph load --db /tmp/synth.db /tmp/synth10k
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cadregraph/cadregraph/loader/synth"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	n := fs.Int("n", 10000, "how many articles")
	seed := fs.Int64("seed", 1, "the corpus: the same seed writes the same articles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: synth [-n N] [-seed S] DIR")
	}
	size, err := synth.WriteDir(fs.Arg(0), *seed, *n)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "wrote %d articles, %d bytes, into %s\n", *n, size, fs.Arg(0))
	return nil
}
