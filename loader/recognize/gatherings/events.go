package gatherings

import (
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// event is an event mention and where it lies in the tokens.
type event struct {
	m          recognize.EventMention
	start, end int
}

// eventWords begin the name of a gathering that is not a congress. "Lễ" names
// a ceremony only capitalised or as "lễ kỷ niệm" (lễ kết nạp đảng viên is an
// act, not an event the article reports).
func eventWords() []string {
	return []string{"hội nghị", "hội thảo", "tọa đàm", "lễ kỷ niệm", "lễ mít tinh", "lễ công bố", "lễ ra mắt",
		// A council's session and the Government's meeting: Kỳ họp thứ 20
		// HĐND tỉnh, Phiên họp Chính phủ thường kỳ.
		"kỳ họp", "phiên họp"}
}

// events reads the conferences, meetings and ceremonies the sentence names.
func (p *parser) events() []event {
	var out []event
	for i := 0; i < len(p.ts); i++ {
		j, ok := p.seqAny(i, eventWords()...)
		if !ok && p.ts[i].Text == "Lễ" && i+1 < len(p.ts) && p.ts[i+1].Word && !p.ts[i+1].Cap() {
			j, ok = i+1, true
		}
		if !ok || p.notEvent(i) {
			continue
		}
		end := j
		if p.bareSession(i, j) {
			// "Kỳ họp tiếp tục ...": the session the article speaks of.
			e := event{start: i, end: j}
			e.m.Name, e.m.Sentence, e.m.Anaphoric = p.phrase(i, j), p.s.Index, true
			out = append(out, e)
			i = j - 1
			continue
		}
		// A gathering attended, seen or spoken at in small letters is the one
		// the article speaks of (dự hội nghị, quang cảnh hội nghị); a name
		// follows only a capital or the verb that holds it.
		if _, ref := p.endsBefore(i, "dự", "tại", "của", "cảnh", "trong", "sau", "trước", "đến", "với", "mạc"); p.ts[i].Cap() || !ref {
			end = p.eventNameEnd(j)
		}
		var e event
		e.start, e.end = i, end
		e.m.Name = p.phrase(i, end)
		e.m.Sentence = p.s.Index
		e.m.Anaphoric = end == j
		if a, b, ok := p.organiser(i); ok {
			e.m.Unit = p.phrase(a, b)
		} else if a, b, ok := p.sessionOf(i, end); ok {
			e.m.Unit = p.phrase(a, b)
		}
		e.m.MentionedOnly = p.mentionCue(i)
		if !e.m.MentionedOnly && (p.heldCue(i, end, false) || e.m.Unit.Text != "") {
			e.m.Start, e.m.End = p.when(i, end)
		}
		out = append(out, e)
		i = end - 1
	}
	return out
}

// notEvent reports whether the words at ts[i] name a place or a document
// rather than a gathering: Trung tâm Hội nghị, Nghị quyết Hội nghị Trung ương.
func (p *parser) notEvent(i int) bool {
	if _, ok := p.endsBefore(i, "trung tâm", "hội trường", "phòng", "nghị quyết", "khu", "nhà"); ok {
		return true
	}
	if p.ofDocument(i) {
		return true
	}
	// Many gatherings are none of them: "các kỳ họp Hội đồng nhân dân".
	if _, ok := p.endsBefore(i, "các", "những", "nhiều", "mỗi"); ok {
		return true
	}
	// "Kết luận Hội nghị Trung ương 10" is a document; "Kết luận hội nghị,
	// đồng chí X..." the closing speech of one.
	_, ok := p.endsBefore(i, "kết luận")
	return ok && i+2 < len(p.ts) && p.ts[i+2].Cap()
}

// eventNameEnd is where the name that begins before ts[j] ends. A name runs to
// the end of its clause: a semicolon or full stop, a date, a place (tại), the
// chair (do, dưới sự chủ trì), a purpose (nhằm, để), the verb that reports it
// (diễn ra, đã), or a comma not followed by another part of the name
// (Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ...). Brackets that hold
// a word or two stay: (mở rộng).
func (p *parser) eventNameEnd(j int) int {
	stops := []string{
		"tại", "do", "dưới sự", "nhằm", "để", "diễn ra", "đã", "được", "sẽ", "với", "cùng", "vào", "cũng", "đang", "vừa",
		"có", "là", "thì", "khi", "nhưng", "mà", "đồng chí", "này", "đó", "trong", "sau", "trước",
		"phát biểu", "chủ trì", "thông qua", "bế mạc", "khai mạc", "và các", "cho",
	}
	nameVerbs := []string{"triển khai", "tổng kết", "sơ kết", "quán triệt", "học tập", "phương hướng", "đánh giá", "nhiệm vụ"}
	end := j
	for k := j; k < len(p.ts) && k < j+40; k++ {
		t := p.ts[k]
		switch {
		case t.Mark("("):
			c := k + 1
			for c < len(p.ts) && c <= k+4 && !p.ts[c].Mark(")") {
				c++
			}
			if c < len(p.ts) && p.ts[c].Mark(")") && c > k+1 && !p.ts[k+1].Digits() && !p.dayDateAt(k+1) {
				k = c
				end = c + 1
				continue
			}
			return end
		case t.Mark(","):
			if _, ok := p.seqAny(k+1, nameVerbs...); ok {
				continue
			}
			return end
		case !t.Word && !t.Mark("-") && !t.Mark(`"`):
			return end
		case t.Word && p.starts(k, stops...):
			return end
		case p.dayDateAt(k):
			return end
		case t.Cap() && startsPerson(p.ts, k):
			return end
		}
		end = k + 1
	}
	return end
}

// dayDateAt reports whether a date precise to the day begins at ts[k].
func (p *parser) dayDateAt(k int) bool {
	for _, d := range p.dates {
		if d.Start == p.ts[k].Start {
			return d.Precision() == date.Day
		}
	}
	return false
}

// startsPerson reports whether ts[k] begins a person's name: a family name
// and one to three more title-case syllables.
func startsPerson(ts []token, k int) bool {
	if !ts[k].TitleCase() || !scan.IsFamilyName(ts[k].Key) {
		return false
	}
	n := 0
	for j := k + 1; j < len(ts) && ts[j].TitleCase(); j++ {
		n++
	}
	return n >= 1 && n <= 3 && !(ts[k].Key == "hồ" && n == 2)
}

// sessionOf finds the body whose session is named at ts[i:end]: "Kỳ họp thứ
// 20 HĐND tỉnh Thanh Hóa", "Phiên họp Chính phủ thường kỳ".
func (p *parser) sessionOf(i, end int) (int, int, bool) {
	j, ok := p.seqAny(i, "kỳ họp", "phiên họp")
	if !ok {
		return 0, 0, false
	}
	if n, ok := scan.Seq(p.ts, j, "thứ"); ok && n < end {
		if _, ok := scan.Ordinal(p.ts[n]); ok {
			j = n + 1
		}
	}
	if e := scan.UnitEnd(p.ts, j); e > j && e <= end {
		return j, e, true
	}
	return 0, 0, false
}

// bareSession reports whether "kỳ họp" or "phiên họp" at ts[i:j] is printed
// without what names one (thứ 20, a council, thường kỳ, chuyên đề): it is then
// the session the article speaks of.
func (p *parser) bareSession(i, j int) bool {
	if _, ok := p.seqAny(i, "kỳ họp", "phiên họp"); !ok {
		return false
	}
	if j >= len(p.ts) {
		return true
	}
	if _, ok := p.seqAny(j, "thứ", "lần", "thường kỳ", "chuyên đề", "bất thường", "giải trình", "toàn thể"); ok {
		return false
	}
	return scan.UnitHead(p.ts, j) == j
}

// ofDocument reports whether the gathering named at ts[i] is the plenum that
// adopted a document printed just before it: "Nghị quyết số 60-NQ/TW ngày
// 12/4/2025 (của) Hội nghị lần thứ 11 Ban Chấp hành Trung ương".
func (p *parser) ofDocument(i int) bool {
	k := i
	if k > 0 && p.ts[k-1].Is("của") {
		k--
	}
	for _, d := range p.dates {
		if k > 0 && p.ts[k-1].End == d.End {
			k = p.tokenAt(d.Start)
			break
		}
	}
	if k > 0 && p.ts[k-1].Mark(",") {
		k--
	}
	if k == 0 {
		return false
	}
	t := p.ts[k-1]
	return t.Word && strings.ContainsRune(t.Text, '/') && t.Text[0] >= '0' && t.Text[0] <= '9'
}
