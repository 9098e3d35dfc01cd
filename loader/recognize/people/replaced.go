package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
)

// Replaced reads whom a post taken up replaces: "giữ chức Bí thư Huyện ủy
// Phụng Hiệp thay cho ông Nguyễn Văn Lẫy", "được ... bầu giữ chức Bí thư Tỉnh ủy
// thay người tiền nhiệm là ông Lữ Văn Hùng", "được bầu giữ chức Bí thư Tỉnh ủy
// Bắc Kạn thay ông Mai Thế Dương", "giữ chức vụ Chủ tịch Hội CCB TPHCM từ
// ngày 1-3-2016, nhiệm kỳ 2012-2017 thay đồng chí Lê Thành Tâm". The person
// named after thay (cho) held the post until the event: a former post of
// theirs, which resolve ends the day before the event (or at the end the
// sentence states). The post is the last one before thay that the sentence
// says someone else takes up; thay mặt (on behalf of) and a replacement
// with no post taken up before it give nothing. ms are the people the other
// readers found in ss, in order; the result adds one mention a replacement.
func Replaced(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	out := ms
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header || !strings.Contains(s.Text, "thay") {
			continue
		}
		ts := s.Tokens
		for i := range ts {
			if !ts[i].Is("thay") {
				continue
			}
			j := i + 1
			if j < len(ts) && ts[j].Is("cho", "thế") {
				j++
			}
			if e, ok := scan.Seq(ts, j, "người tiền nhiệm là"); ok {
				j = e // thay người tiền nhiệm là ông Lữ Văn Hùng
			}
			if j >= len(ts) || !(ts[j].Is("ông", "bà") || seq(ts, j, "đồng chí")) {
				continue
			}
			at := s.Start + ts[i].Start
			who := -1
			for x, m := range ms {
				if m.Sentence == s.Index && m.Name.Span.Start > at && m.Name.Span.Start <= s.Start+ts[min(j+2, len(ts)-1)].End {
					who = x
					break
				}
			}
			if who < 0 {
				continue
			}
			q, ok := takenUpBefore(s, ms, at, ms[who].Name.Text)
			if !ok {
				continue
			}
			end, _ := dayBefore(q.Start) // từ ngày 1-3-2016 ... thay đồng chí A: A held it up to 29-2
			q.Elected, q.Former, q.Start, q.End, q.ElectedAt = false, true, model.When{}, end, -1
			// giữ chức Quyền Chủ tịch UBND tỉnh ... thay ông Nguyễn Minh Kỳ:
			// the man replaced was Chủ tịch (nld 2003, q010).
			q.Title = lexicon.Substantive(q.Title)
			out = append(out, recognize.PersonMention{Name: ms[who].Name, Role: schema.RoleOfficial, Posts: []recognize.PostMention{q}, Sentence: s.Index})
		}
	}
	return out
}

// takenUpBefore is the post printed last before rune at in sentence s, of
// the mentions ms, that someone other than the person named name is said to
// take up there: elected or appointed to it, or printed after giữ chức or
// làm ("trao quyết định cho ông A, Giám đốc Sở Xây dựng tỉnh giữ chức Bí thư
// Thành ủy").
func takenUpBefore(s recognize.Sentence, ms []recognize.PersonMention, at int, name string) (recognize.PostMention, bool) {
	var out recognize.PostMention
	found := false
	for _, m := range ms {
		if m.Sentence != s.Index || m.Name.Text == name {
			continue
		}
		for _, q := range m.Posts {
			if q.Former || q.Printed.Span.End > at || found && q.Printed.Span.End <= out.Printed.Span.End {
				continue
			}
			if q.Elected || afterHolding(s, q.Printed.Span.Start) {
				out, found = q, true
			}
		}
	}
	return out, found
}

// afterHolding reports whether the words of s before rune at (of the
// article) are giữ chức (vụ) or làm: a post taken up.
func afterHolding(s recognize.Sentence, at int) bool {
	ts := s.Tokens
	for k := range ts {
		if s.Start+ts[k].Start != at {
			continue
		}
		switch {
		case k >= 1 && ts[k-1].Is("làm"):
			return true
		case k >= 2 && seq(ts, k-2, "giữ chức"):
			return true
		case k >= 3 && seq(ts, k-3, "giữ chức vụ"):
			return true
		}
		return false
	}
	return false
}
