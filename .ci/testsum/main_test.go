package main

import (
	"strings"
	"testing"
)

func TestSummarise(t *testing.T) {
	in := `{"Action":"start","Package":"p"}
{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"    a_test.go:3: chatter of a passing test\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"--- PASS: TestA (0.00s)\n"}
{"Action":"pass","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestPG","Output":"    pg_test.go:9: CADREGRAPH_TEST_POSTGRES not set\n"}
{"Action":"output","Package":"p","Test":"TestPG","Output":"--- SKIP: TestPG (0.00s)\n"}
{"Action":"skip","Package":"p","Test":"TestPG"}
{"Action":"output","Package":"p","Output":"PASS\n"}
{"Action":"output","Package":"p","Output":"ok  \tp\t0.01s\n"}
{"Action":"pass","Package":"p"}
{"Action":"output","Package":"q","Test":"TestB","Output":"    b_test.go:5: got 1, want 2\n"}
{"Action":"output","Package":"q","Test":"TestB","Output":"--- FAIL: TestB (0.00s)\n"}
{"Action":"fail","Package":"q","Test":"TestB"}
{"Action":"output","Package":"q","Output":"FAIL\tq\t0.02s\n"}
{"Action":"fail","Package":"q"}
`
	var b strings.Builder
	failed, err := summarise(strings.NewReader(in), &b)
	if err != nil || !failed {
		t.Fatalf("failed %t, err %v", failed, err)
	}
	want := "    pg_test.go:9: CADREGRAPH_TEST_POSTGRES not set\n--- SKIP: TestPG (0.00s)\nok  \tp\t0.01s\n" +
		"    b_test.go:5: got 1, want 2\n--- FAIL: TestB (0.00s)\nFAIL\tq\t0.02s\n" +
		"\nskipped (1):\n  p TestPG: pg_test.go:9: CADREGRAPH_TEST_POSTGRES not set\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	timeout := `{"Action":"run","Package":"r","Test":"TestSlow"}
{"Action":"output","Package":"r","Test":"TestSlow","Output":"panic: test timed out after 10m0s\n"}
{"Action":"output","Package":"r","Output":"FAIL\tr\t600.1s\n"}
{"Action":"fail","Package":"r"}
`
	if failed, _ := summarise(strings.NewReader(timeout), &b); !failed || !strings.Contains(b.String(), "panic: test timed out") {
		t.Errorf("a package that timed out: failed %t\n%s", failed, b.String())
	}
	b.Reset()
	if failed, _ := summarise(strings.NewReader(strings.SplitAfter(in, "\"pass\",\"Package\":\"p\"}\n")[0]), &b); failed || !strings.HasSuffix(b.String(), "skipped (1):\n  p TestPG: pg_test.go:9: CADREGRAPH_TEST_POSTGRES not set\n") {
		t.Errorf("a run that passed: failed %t\n%s", failed, b.String())
	}
}
