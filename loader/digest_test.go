package loader

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// digestInputs are the articles whose extraction TestExtractorDigest pins:
// the golden inputs here, the sample corpus, the development set and the
// development part of the real set.
var digestInputs = []string{
	"testdata/*.txt",
	"../corpus/*.txt",
	"../testdata/devset/corpus/*.txt",
	"../testdata/realset/corpus/*.txt",
}

// digestFile holds the ExtractorVersion and the digest of what it extracts
// from digestInputs.
const digestFile = "testdata/extractor.digest"

// TestExtractorDigest fails when the rules extract something else from the
// same articles while ExtractorVersion stays the same: a store written by the
// old rules would keep their facts through every later load, since only a
// new version makes the loader extract stored articles again.
func TestExtractorDigest(t *testing.T) {
	got, n, err := extractionDigest()
	if err != nil {
		t.Fatal(err)
	}
	line := ExtractorVersion + " " + got + "\n"
	if *update {
		if err := os.WriteFile(digestFile, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(digestFile)
	if err != nil {
		t.Fatalf("%v (run go test ./loader -run TestExtractorDigest -update to write it)", err)
	}
	version, want, ok := strings.Cut(strings.TrimSpace(string(data)), " ")
	if !ok {
		t.Fatalf("%s: want a line \"VERSION DIGEST\", have %q", digestFile, data)
	}
	switch {
	case version == ExtractorVersion && want != got:
		t.Errorf("the extraction of %d articles changed (digest %s, was %s) while ExtractorVersion stayed %s: "+
			"bump ExtractorVersion in loader/extract.go (and say why there), then run go test ./loader -run TestExtractorDigest -update",
			n, got[:12], want[:12], version)
	case version != ExtractorVersion:
		t.Errorf("%s records version %s, ExtractorVersion is %s: run go test ./loader -run TestExtractorDigest -update",
			digestFile, version, ExtractorVersion)
	}
}

// extractionDigest is the SHA-256 of every digest input's name and facts
// (rendered as the golden files show them), in the order of their names, and
// how many articles it covers.
func extractionDigest() (string, int, error) {
	var files []string
	for _, pattern := range digestInputs {
		m, err := filepath.Glob(pattern)
		if err != nil {
			return "", 0, fmt.Errorf("glob %s: %w", pattern, err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return "", 0, fmt.Errorf("no articles in %v", digestInputs)
	}
	sort.Strings(files)
	h := sha256.New()
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			return "", 0, err
		}
		f, err := Extract(model.Raw{Source: filepath.Base(file), Text: string(text)})
		if err != nil {
			return "", 0, fmt.Errorf("%s: %w", file, err)
		}
		fmt.Fprintf(h, "%s\n%s\n", file, render(f))
	}
	return fmt.Sprintf("%x", h.Sum(nil)), len(files), nil
}
