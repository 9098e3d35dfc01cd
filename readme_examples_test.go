package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// readmeExampleSection is the title of the worked example (in
// docs/worked-example.md), whose blocks TestReadmeExamples runs.
const readmeExampleSection = "# Worked example: following a directive from curl and from Python"

// readmeAddr is the address the worked example's blocks call; the test runs
// them against its own server instead.
const readmeAddr = "http://127.0.0.1:8080"

// readmeExample is a block README.md's worked example runs (```sh example or
// ```python example) and the output it shows for it.
type readmeExample struct {
	lang, code, output string
	// at is where the output's text sits in README.md, to rewrite it.
	at [2]int
}

// readmeExampleRE finds a block to run followed, after at most three lines
// of prose, by the ```json or ```text block of its output.
var readmeExampleRE = regexp.MustCompile("```(sh|python) example\n([^`]*)```\n(?:[^`\n]*\n){0,3}?```(?:json|text)\n([^`]*)```")

func readmeExamples(readme string) (examples []readmeExample, offset int) {
	start := strings.Index(readme, "\n"+readmeExampleSection+"\n") + 1
	if strings.HasPrefix(readme, readmeExampleSection+"\n") {
		start = 0
	} else if start == 0 {
		return nil, 0
	}
	section := readme[start:]
	if end := strings.Index(section[len(readmeExampleSection):], "\n# "); end >= 0 {
		section = section[:len(readmeExampleSection)+end+1]
	}
	for _, m := range readmeExampleRE.FindAllStringSubmatchIndex(section, -1) {
		examples = append(examples, readmeExample{
			lang: section[m[2]:m[3]], code: section[m[4]:m[5]], output: section[m[6]:m[7]],
			at: [2]int{start + m[6], start + m[7]},
		})
	}
	return examples, start
}

// python is a Python 3 with requests: Debian's (CI installs python3-requests
// and python3-pandas), else the first python3 on the PATH that has it.
func python(t *testing.T) string {
	t.Helper()
	candidates := []string{"/usr/bin/python3"}
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	for _, p := range candidates {
		if exec.Command(p, "-c", "import requests").Run() == nil {
			return p
		}
	}
	return ""
}

// TestReadmeExamples runs the curl and Python blocks of README.md's worked
// example against the sample corpus, served in memory, and checks that each
// prints what README.md shows under it (JSON compared as JSON), so that the
// example never drifts from the service. The Python blocks run twice: with
// pandas, where it is installed, and as if it were not. After a change to the
// extraction, `go test -run TestReadmeExamples -update-readme .` rewrites the
// outputs; review the diff of README.md before committing it.
func TestReadmeExamples(t *testing.T) {
	// The page that holds the worked example: README.md or one of docs/.
	var file, readme string
	var examples []readmeExample
	for _, f := range readmeFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if ex, _ := readmeExamples(string(b)); len(ex) > 0 {
			file, readme, examples = f, string(b), ex
			break
		}
	}
	langs := map[string]int{}
	for _, e := range examples {
		langs[e.lang]++
	}
	if langs["sh"] < 2 || langs["python"] < 1 {
		t.Fatalf("the worked example (%q, in README.md or docs/) shows %d curl and %d Python blocks with their output, want two and one at least", readmeExampleSection, langs["sh"], langs["python"])
	}
	py := python(t)
	curl, _ := exec.LookPath("curl")
	base := strings.TrimSuffix(server(t, "--db", "mem:", "--corpus", "corpus"), "/")
	var out strings.Builder
	last := 0
	for i, e := range examples {
		code := strings.ReplaceAll(e.code, readmeAddr, base)
		var runs [][]string // each a command line; the script is its last argument
		switch {
		case e.lang == "sh" && curl == "":
			t.Logf("SKIPPING README block %d: no curl on this machine (apt-get install curl); CI installs it", i+1)
			continue
		case e.lang == "sh":
			runs = [][]string{{"bash", "-euo", "pipefail", "-c", code}}
		case py == "":
			t.Logf("SKIPPING README block %d: no python3 with requests (apt-get install python3-requests); CI installs it", i+1)
			continue
		default:
			runs = [][]string{
				{py, "-c", code},
				// As on a machine without pandas: the csv module reads the tables.
				{py, "-c", "import sys\nsys.modules['pandas'] = None\n" + code},
			}
		}
		for _, args := range runs {
			got := runExample(t, args)
			if *updateReadme {
				out.WriteString(readme[last:e.at[0]])
				out.WriteString(shown(got))
				last = e.at[1]
				break
			}
			if !sameOutput(e.output, got) {
				t.Errorf("%s block %d:\n%s\nprints\n%s\nbut %s shows\n%s\n(go test -run TestReadmeExamples -update-readme . rewrites it)", file, i+1, e.code, got, file, e.output)
			}
		}
	}
	if *updateReadme {
		out.WriteString(readme[last:])
		if err := os.WriteFile(file, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runExample runs a README block in a directory of its own and returns its
// stdout.
func runExample(t *testing.T, args []string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("README block failed: %v\n%s\n%s%s", err, args[len(args)-1], stdout.String(), stderr.String())
	}
	return stdout.String()
}

// sameOutput compares what a block printed with what README.md shows: as
// JSON when both are, else line by line, trailing space ignored.
func sameOutput(want, got string) bool {
	var w, g any
	if json.Unmarshal([]byte(want), &w) == nil && json.Unmarshal([]byte(got), &g) == nil {
		wb, _ := json.Marshal(w)
		gb, _ := json.Marshal(g)
		return bytes.Equal(wb, gb)
	}
	return trimLines(want) == trimLines(got)
}

func trimLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return strings.Join(lines, "\n")
}

// shown is output as README.md shows it: a JSON answer on one line indented.
func shown(got string) string {
	var v any
	if json.Unmarshal([]byte(got), &v) == nil && !strings.Contains(strings.TrimSpace(got), "\n") {
		var buf bytes.Buffer
		if json.Indent(&buf, []byte(strings.TrimSpace(got)), "", "  ") == nil {
			return buf.String() + "\n"
		}
	}
	return strings.TrimRight(got, "\n") + "\n"
}

func TestReadmeExamplesFound(t *testing.T) {
	readme := "# x\n```sh example\nnot in the section\n```\n```text\nno\n```\n" +
		readmeExampleSection + "\n\n```sh example\necho hi\n```\n\nprints:\n\n```text\nhi\n```\n" +
		"```python example\nprint(1)\n```\n```json\n1\n```\n```sh\nnot run\n```\n```text\nno\n```\n# Next\n```sh example\nnot in the section\n```\n```text\nno\n```\n"
	es, _ := readmeExamples(readme)
	if len(es) != 2 || es[0].lang != "sh" || es[0].code != "echo hi\n" || es[0].output != "hi\n" || es[1].lang != "python" || es[1].output != "1\n" {
		t.Errorf("readmeExamples = %+v, want the two blocks of the section", es)
	}
	if readme[es[0].at[0]:es[0].at[1]] != "hi\n" {
		t.Errorf("at = %v", es[0].at)
	}
}
