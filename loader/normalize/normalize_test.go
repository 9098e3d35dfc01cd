package normalize

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/internal/golden"
	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Render writes a Doc readably: each block with its kind and text, one per
// line, for golden files.
func render(d model.Doc) string {
	var b strings.Builder
	rs := []rune(d.Text)
	for _, bl := range d.Blocks {
		fmt.Fprintf(&b, "%-7s | %s\n", bl.Kind, string(rs[bl.Start:bl.End]))
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r := testpages.Raw(t, f)
			d, err := Normalize(r)
			got := ""
			if err != nil {
				got = "error: " + err.Error() + "\n"
			} else {
				got = render(d)
				checkDoc(t, d)
			}
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", got, *update)
		})
	}
}

// checkDoc checks the Doc's invariants: blocks in order, one blank line apart,
// trimmed, covering the whole text.
func checkDoc(t *testing.T, d model.Doc) {
	t.Helper()
	rs := []rune(d.Text)
	pos := 0
	for i, b := range d.Blocks {
		if i > 0 {
			if string(rs[pos:b.Start]) != "\n\n" {
				t.Fatalf("block %d: %q between blocks", i, string(rs[pos:b.Start]))
			}
		}
		s := string(rs[b.Start:b.End])
		if s == "" || strings.TrimSpace(s) != s || strings.Contains(s, "\n") || strings.Contains(s, "  ") {
			t.Fatalf("block %d is not one trimmed line: %q", i, s)
		}
		pos = b.End
	}
	if pos != len(rs) {
		t.Fatalf("text runs past the last block")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrNoText},
		{" \n\t\u00a0\n\u200b ", ErrNoText},
		{"Ý kiến bạn đọc\nMã bảo mật\nTin khác\n• Đang truy cập5", ErrOnlyDebris},
		// A page stored as its headline and a doubled caption: the caption is its text.
		{"Khai mạc Đại hội XIV Công đoàn tỉnh Vĩnh Phúc\n\nĐồng chí Vũ Ngọc Vinh - Phó Chủ tịch LĐLĐ tỉnh Vĩnh Phúc khóa XIII phát biểu khai mạc đại hội. Ảnh: Hải Nguyễn.\nĐồng chí Vũ Ngọc Vinh - Phó Chủ tịch LĐLĐ tỉnh Vĩnh Phúc khóa XIII phát biểu khai mạc đại hội. Ảnh: Hải Nguyễn.", nil},
		{"12345 67890 !!! ??? 3.14 ---- 2,718 ### $$$ %%% 99 88 77 66 (55) [44] {33}", ErrNotVietnamese},
		{"The quick brown fox jumps over the lazy dog while the committee meets in the capital city today.", ErrNotVietnamese},
	}
	for _, tt := range tests {
		_, err := Normalize(model.Raw{Source: "x.txt", Text: tt.in})
		if !errors.Is(err, tt.want) {
			t.Errorf("Normalize(%q) error %v, want %v", tt.in, err, tt.want)
		}
	}
}

// TestNormalizeMends checks that Normalize applies the line mends whose
// functions have tests of their own (splitGlued, unescapeBreaks): a glued
// menu item and a page stored as an escaped string (x005 vneconomy,
// dulieuphapluat 2020).
func TestNormalizeMends(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // blocks that must be in the Doc, whole
	}{
		{"a capitalised word glued to a Vietnamese word is split",
			"Thành viênThủ tướng Chính phủ Nguyễn Tấn Dũng vừa ký quyết định bổ nhiệm ông Nguyễn Văn Bình.",
			[]string{"Thành viên Thủ tướng Chính phủ Nguyễn Tấn Dũng vừa ký quyết định bổ nhiệm ông Nguyễn Văn Bình."}},
		{"a page stored as an escaped string has its breaks read",
			`Kế hoạch thực hiện\r\nThực hiện Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019 của Thủ tướng Chính phủ.\r\nUBND tỉnh ban hành Kế hoạch.`,
			[]string{"UBND tỉnh ban hành Kế hoạch."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Normalize(model.Raw{Source: "x.txt", Text: tt.in})
			if err != nil {
				t.Fatalf("Normalize: %v", err)
			}
			rs := []rune(d.Text)
			have := map[string]bool{}
			for _, b := range d.Blocks {
				have[string(rs[b.Start:b.End])] = true
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("no block %q in\n%s", w, render(d))
				}
			}
		})
	}
}
