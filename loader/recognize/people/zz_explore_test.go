package people

import (
	"os"
	"strings"
	"testing"
)

func TestZZExplore(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	lines := strings.Split(string(b), "\n")
	ss, ms := findLines(lines)
	all := Deceased(ss, Replaced(ss, Profiles(ss, Lines(ss, Referred(ss, Careers(ss, Listed(ss, ms)))))))
	for _, m := range all {
		t.Logf("s%d %s", m.Sentence, render(m)+" @ "+spans(m))
	}
}
