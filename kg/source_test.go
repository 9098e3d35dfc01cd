package kg

import "testing"

func TestPublicSource(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.vn/tin/a.html", "https://example.vn/tin/a.html"},
		{"http://example.vn/a?id=1", "http://example.vn/a?id=1"},
		{"corpus/a.txt", "corpus/a.txt"},
		{"a.txt", "a.txt"},
		{"news.jsonl:12", "news.jsonl:12"},
		{"/home/ops/data/a.txt", "a.txt"},
		{"/srv/news.jsonl:12", "news.jsonl:12"},
		{"../shared/corpus/b.txt", "b.txt"},
		{"corpus/../../etc/c.txt", "c.txt"},
		{`C:\data\d.txt`, "d.txt"},
		{`\\server\share\e.txt`, "e.txt"},
		{"file:///srv/f.txt", "f.txt"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := PublicSource(tt.in); got != tt.want {
			t.Errorf("PublicSource(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
