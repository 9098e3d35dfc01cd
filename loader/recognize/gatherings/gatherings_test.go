package gatherings

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/internal/golden"
	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// line is a sentence of testdata with its block kind.
type line struct {
	kind model.BlockKind
	text string
}

// sentences reads testdata/NAME: one sentence a line, "title: " or
// "caption: " before a sentence of that kind, # comments.
func sentences(t testing.TB, name string) []line {
	t.Helper()
	var out []line
	for _, text := range testpages.Lines(t, filepath.Join("testdata", name)) {
		l := line{kind: model.Body, text: text}
		for _, k := range []model.BlockKind{model.Title, model.Heading, model.Caption} {
			if p := k.String() + ": "; strings.HasPrefix(text, p) {
				l = line{kind: k, text: strings.TrimPrefix(text, p)}
			}
		}
		out = append(out, l)
	}
	return out
}

func sentence(i, start int, l line) recognize.Sentence {
	n := len([]rune(l.text))
	return recognize.NewSentence(model.Sentence{Index: i, Kind: l.kind, Span: model.Span{Start: start, End: start + n}, Text: l.text})
}

func when(w model.When) string {
	if w.IsZero() {
		return "?"
	}
	return fmt.Sprintf("%d-%d-%d", w.Year, w.Month, w.Day)
}

// render writes what Find reads in a sentence, one line a thing found.
func render(b *strings.Builder, l line, f Found) {
	if l.kind != model.Body {
		fmt.Fprintf(b, "> (%s) %s\n", l.kind, l.text)
	} else {
		fmt.Fprintf(b, "> %s\n", l.text)
	}
	for i, c := range f.Congresses {
		fmt.Fprintf(b, "  congress[%d] %q", i, c.Printed.Text)
		if c.Unit.Text != "" {
			fmt.Fprintf(b, " unit=%q", c.Unit.Text)
		}
		if c.Ordinal != 0 {
			fmt.Fprintf(b, " ordinal=%d", c.Ordinal)
		}
		if c.Term != "" {
			fmt.Fprintf(b, " term=%s", c.Term)
		}
		if !c.Start.IsZero() || !c.End.IsZero() {
			fmt.Fprintf(b, " dates=%s..%s", when(c.Start), when(c.End))
		}
		if c.Motto != "" {
			fmt.Fprintf(b, " motto=%q", c.Motto)
		}
		if c.Theme != "" {
			fmt.Fprintf(b, " theme=%q", c.Theme)
		}
		for _, flag := range []struct {
			on   bool
			name string
		}{{c.MentionedOnly, "mentioned"}, {!c.MentionedOnly, "held"}, {c.Anaphoric, "anaphoric"}, {c.ByCommittee, "by-committee"}} {
			if flag.on {
				b.WriteString(" " + flag.name)
			}
		}
		b.WriteByte('\n')
	}
	for i, e := range f.Events {
		fmt.Fprintf(b, "  event[%d] %q", i, e.Name.Text)
		if e.Unit.Text != "" {
			fmt.Fprintf(b, " unit=%q", e.Unit.Text)
		}
		if !e.Start.IsZero() || !e.End.IsZero() {
			fmt.Fprintf(b, " dates=%s..%s", when(e.Start), when(e.End))
		}
		if e.Anaphoric {
			b.WriteString(" anaphoric")
		}
		if e.MentionedOnly {
			b.WriteString(" mentioned")
		}
		b.WriteByte('\n')
	}
	for _, s := range f.Speakers {
		fmt.Fprintf(b, "  speaker %q congress=%d event=%d\n", s.Person.Text, s.Congress, s.Event)
	}
	for _, u := range f.UnitFacts {
		fmt.Fprintf(b, "  unit %q", u.Unit.Text)
		if !u.Founded.IsZero() {
			fmt.Fprintf(b, " founded=%s", when(u.Founded))
		}
		if u.PartyMembers != 0 {
			fmt.Fprintf(b, " members=%d", u.PartyMembers)
		}
		if u.BaseOrganisations != 0 {
			fmt.Fprintf(b, " base-organisations=%d", u.BaseOrganisations)
		}
		b.WriteByte('\n')
	}
}

func TestGolden(t *testing.T) {
	var b strings.Builder
	for i, l := range sentences(t, "sentences.txt") {
		s := sentence(i, 500, l)
		f := Find(s)
		checkFound(t, s, f)
		render(&b, l, f)
	}
	golden.Check(t, filepath.Join("testdata", "sentences.golden"), b.String(), *update)
}

// checkFound fails t unless every phrase is the sentence's text at its span and
// every speaker's gathering is one found.
func checkFound(t testing.TB, s recognize.Sentence, f Found) {
	t.Helper()
	rs := []rune(s.Text)
	check := func(what string, p recognize.Phrase) {
		if p.Text == "" && p.Start == 0 && p.End == 0 {
			return
		}
		a, b := p.Start-s.Start, p.End-s.Start
		if a < 0 || b > len(rs) || a >= b || string(rs[a:b]) != p.Text {
			t.Errorf("%q: %s %q at %d-%d is not the sentence's text there", s.Text, what, p.Text, p.Start, p.End)
		}
	}
	for _, c := range f.Congresses {
		check("congress", c.Printed)
		check("congress unit", c.Unit)
		if c.Sentence != s.Index {
			t.Errorf("congress in sentence %d", c.Sentence)
		}
	}
	for _, e := range f.Events {
		check("event", e.Name)
		check("event unit", e.Unit)
	}
	for _, sp := range f.Speakers {
		check("speaker", sp.Person)
		if sp.Congress >= len(f.Congresses) || sp.Event >= len(f.Events) || sp.Congress >= 0 && sp.Event >= 0 {
			t.Errorf("%q: speaker gathering %d/%d out of range", s.Text, sp.Congress, sp.Event)
		}
	}
	for _, u := range f.UnitFacts {
		check("fact unit", u.Unit)
	}
}

// The traps of the genre, asserted one by one.
func TestFind(t *testing.T) {
	type congress struct {
		unit       string
		ordinal    int
		term       string
		start, end model.When
		mentioned  bool
		motto      string
	}
	tests := []struct {
		name       string
		in         string
		congresses []congress
		events     []string
		speakers   []string
		facts      []recognize.UnitFact
	}{
		{
			name:       "closed after two days of work",
			in:         "Sau 2 ngày làm việc, trưa 20-8, Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XII đã bế mạc.",
			congresses: []congress{{unit: "Đảng bộ tỉnh Bến Tre", ordinal: 12, start: model.When{Month: 8, Day: 19}, end: model.When{Month: 8, Day: 20}}},
		},
		{
			name:       "held on one day, the unit the subject",
			in:         "Ngày 18/7/2025, Đảng bộ xã Đông Hòa tổ chức đại hội lần thứ I, nhiệm kỳ 2025 – 2030.",
			congresses: []congress{{unit: "Đảng bộ xã Đông Hòa", ordinal: 1, term: "2025-2030", start: model.When{Year: 2025, Month: 7, Day: 18}, end: model.When{Year: 2025, Month: 7, Day: 18}}},
		},
		// A grassroots union named by its school (thptphongphu 2020, lc010); traps: the
		// grassroots unions' congresses in general, in small letters or after các.
		{
			name:       "a grassroots union's congress, named by its school",
			in:         "Ngày 19/09/2020 Trường THPT Phong Phú tổ chức Đại hội Công đoàn cơ sở Trường THPT Phong Phú lần thứ I nhiệm kỳ 2020 - 2023.",
			congresses: []congress{{unit: "Công đoàn cơ sở Trường THPT Phong Phú", ordinal: 1, term: "2020-2023", start: model.When{Year: 2020, Month: 9, Day: 19}, end: model.When{Year: 2020, Month: 9, Day: 19}}},
		},
		{
			name: "trap: grassroots unions' congresses in general",
			in:   "Đến nay, 100% đơn vị đã tổ chức xong đại hội công đoàn cơ sở nhiệm kỳ 2023-2028.",
		},
		{
			name: "trap: the grassroots unions' congresses after các",
			in:   "Liên đoàn Lao động huyện chỉ đạo các Đại hội Công đoàn cơ sở hoàn thành trước tháng 6.",
		},
		{
			name:       "a range of days",
			in:         "Đại hội diễn ra trong 2 ngày, từ ngày 3/8 - 4/8/2020.",
			congresses: []congress{{start: model.When{Year: 2020, Month: 8, Day: 3}, end: model.When{Year: 2020, Month: 8, Day: 4}}},
		},
		{
			name:       "motto for the congress outside the quotation",
			in:         "Với tinh thần “Đoàn kết - Đổi mới - Phát triển”, Đại hội xác định mục tiêu.",
			congresses: []congress{{motto: "Đoàn kết - Đổi mới - Phát triển"}},
		},
		{
			name:       "a range in brackets before the congress, which completed its agenda",
			in:         "Sau 3 ngày làm việc khẩn trương (từ ngày 15 đến 17/6), Đại hội đại biểu Đảng bộ Quân sự tỉnh Điện Biên lần thứ XVIII, nhiệm kỳ 2020 - 2025 đã hoàn thành toàn bộ nội dung, chương trình đề ra.",
			congresses: []congress{{unit: "Đảng bộ Quân sự tỉnh Điện Biên", ordinal: 18, term: "2020-2025", start: model.When{Month: 6, Day: 15}, end: model.When{Month: 6, Day: 17}}},
		},
		{
			name:       "the organiser with the organisation it belongs to in apposition",
			in:         "Ngày 15/5/2020, Đảng bộ Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 - 2025.",
			congresses: []congress{{unit: "Đảng bộ Trường Đại học Kinh tế", ordinal: 5, term: "2020-2025", start: model.When{Year: 2020, Month: 5, Day: 15}, end: model.When{Year: 2020, Month: 5, Day: 15}}},
		},
		{
			name:       "a clause in small letters after the comma is no apposition",
			in:         "Ngày 15/5/2020, Đảng bộ Trường Đại học Kinh tế, trong không khí phấn khởi, tổ chức Đại hội đại biểu lần thứ V.",
			congresses: []congress{{ordinal: 5, mentioned: true}},
		},
		{
			name:       "a military region's congress, its days a range before it",
			in:         "Từ ngày 28 đến ngày 30/9/2020, Đảng bộ Quân khu 7 tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2020 - 2025.",
			congresses: []congress{{unit: "Đảng bộ Quân khu 7", ordinal: 11, term: "2020-2025", start: model.When{Year: 2020, Month: 9, Day: 28}, end: model.When{Year: 2020, Month: 9, Day: 30}}},
		},
		{
			name:       "a state group's congress",
			in:         "Đại hội đại biểu Đảng bộ Tập đoàn Điện lực Việt Nam lần thứ IV, nhiệm kỳ 2020 - 2025 được tổ chức vào ngày 20/8/2020.",
			congresses: []congress{{unit: "Đảng bộ Tập đoàn Điện lực Việt Nam", ordinal: 4, term: "2020-2025", start: model.When{Year: 2020, Month: 8, Day: 20}, end: model.When{Year: 2020, Month: 8, Day: 20}}},
		},
		{
			name:       "an abbreviation in brackets inside the organiser's name",
			in:         "Ngày 19/7, Hội Cựu chiến binh (CCB) tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027.",
			congresses: []congress{{unit: "Hội Cựu chiến binh (CCB) tỉnh Nghệ An", ordinal: 7, term: "2022-2027", start: model.When{Month: 7, Day: 19}, end: model.When{Month: 7, Day: 19}}},
		},
		{
			name:       "a mentioned congress does not complete anything",
			in:         "Đảng bộ phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội XVII Đảng bộ Quân sự tỉnh.",
			congresses: []congress{{unit: "Đảng bộ Quân sự tỉnh", ordinal: 17, mentioned: true}},
		},
		{
			name:       "a youth congress's motto is its khẩu hiệu hành động",
			in:         "Đại hội diễn ra với khẩu hiệu hành động “Tuổi trẻ Lào Cai: Đoàn kết - Tiên phong - Sáng tạo - Phát triển”.",
			congresses: []congress{{motto: "Tuổi trẻ Lào Cai: Đoàn kết - Tiên phong - Sáng tạo - Phát triển"}},
		},
		{
			name:       "mentioned only",
			in:         "Trước thềm Đại hội XIV của Đảng, đảng viên thi đua.",
			congresses: []congress{{unit: "Đảng", ordinal: 14, mentioned: true}},
		},
		{
			name:       "the ordinal from the committee it elects",
			in:         "Ban Chấp hành Đảng ủy Khối khóa VI, nhiệm kỳ 2020 - 2025 cần đổi mới.",
			congresses: []congress{{unit: "Đảng ủy Khối", ordinal: 6, term: "2020-2025", mentioned: true}},
		},
		{
			// b049: a central body's khóa is the Party's national congress.
			name:       "the khóa of the Politburo is the Party's congress",
			in:         "Ông Trần Cẩm Tú, Ủy viên Bộ Chính trị khóa XIII, Thường trực Ban Bí thư.",
			congresses: []congress{{unit: "Bộ Chính trị", ordinal: 13, mentioned: true}},
		},
		{
			name:       "a province's committee keeps its province's congress",
			in:         "Ông Nguyễn Đức Trung, Ủy viên Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XX, Chủ tịch UBND tỉnh.",
			congresses: []congress{{unit: "Đảng bộ tỉnh Nghệ An", ordinal: 20, mentioned: true}},
		},
		{name: "a central issuer recalls no congress", in: "Thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về y tế."},
		{
			name:   "a plenum of the Central Committee recalls no congress",
			in:     "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc.",
			events: []string{"Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII"},
		},
		{
			name:   "a meeting numbered lần 1 is an event",
			in:     "Ngày 1-10, Đảng ủy Khối tổ chức Hội nghị Ban Chấp hành Đảng bộ lần 1 (mở rộng).",
			events: []string{"Hội nghị Ban Chấp hành Đảng bộ lần 1 (mở rộng)"},
		},
		{name: "generic congresses", in: "Tiến tới Đại hội Đảng các cấp và chỉ đạo đại hội chi bộ trực thuộc."},
		{
			name:     "speaker after the lead",
			in:       "Phát biểu bế mạc, đồng chí Võ Văn Minh, Phó Bí thư Thành ủy, thông tin kết quả.",
			speakers: []string{"Võ Văn Minh"},
		},
		{
			name:     "speaker named after title and unit",
			in:       "Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy Hà Giang Nguyễn Thị Nghĩa ghi nhận kết quả.",
			speakers: []string{"Nguyễn Thị Nghĩa"},
		},
		{name: "no one named", in: "Về dự và phát biểu chỉ đạo tại Đại hội, lãnh đạo Đảng ủy phường ghi nhận kết quả.", congresses: []congress{{}}},
		{
			name:  "founding, members, base organisations",
			in:    "Đảng bộ xã Phú Lộc được thành lập ngày 01/7/2025 với 1.036 đảng viên.",
			facts: []recognize.UnitFact{{Unit: recognize.Phrase{Text: "Đảng bộ xã Phú Lộc"}, Founded: model.When{Year: 2025, Month: 7, Day: 1}, PartyMembers: 1036}},
		},
		{name: "new members are not the size", in: "Đảng bộ kết nạp 112 đảng viên mới."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(2, 40, line{kind: model.Body, text: tt.in})
			f := Find(s)
			checkFound(t, s, f)
			var b strings.Builder
			render(&b, line{kind: model.Body, text: tt.in}, f)
			if len(f.Congresses) != len(tt.congresses) || len(f.Events) != len(tt.events) || len(f.Speakers) != len(tt.speakers) || len(f.UnitFacts) != len(tt.facts) {
				t.Fatalf("found:\n%s", b.String())
			}
			for i, w := range tt.congresses {
				c := f.Congresses[i]
				if c.Unit.Text != w.unit || c.Ordinal != w.ordinal || c.Term != w.term || c.Start != w.start || c.End != w.end || c.MentionedOnly != w.mentioned || c.Motto != w.motto {
					t.Errorf("congress %d differs from %+v:\n%s", i, w, b.String())
				}
			}
			for i, w := range tt.events {
				if f.Events[i].Name.Text != w {
					t.Errorf("event %d = %q, want %q", i, f.Events[i].Name.Text, w)
				}
			}
			for i, w := range tt.speakers {
				if f.Speakers[i].Person.Text != w {
					t.Errorf("speaker %d = %q, want %q", i, f.Speakers[i].Person.Text, w)
				}
			}
			for i, w := range tt.facts {
				u := f.UnitFacts[i]
				if u.Unit.Text != w.Unit.Text || u.Founded != w.Founded || u.PartyMembers != w.PartyMembers || u.BaseOrganisations != w.BaseOrganisations {
					t.Errorf("fact %d differs from %+v:\n%s", i, w, b.String())
				}
			}
		})
	}
}

func TestAdd(t *testing.T) {
	var r recognize.Recognized
	r.Documents = append(r.Documents, recognize.DocumentMention{Congress: -1, Sentence: 1, Name: "Nghị quyết Đại hội XIII của Đảng",
		Kind: "RESOLUTION", Printed: recognize.Phrase{Text: "Nghị quyết Đại hội XIII của Đảng", Span: model.Span{Start: 110, End: 142}}})
	Add(&r, sentence(0, 0, line{text: "Phát biểu tại Hội nghị, đồng chí Nguyễn Văn An biểu dương."}), nil)
	Add(&r, sentence(1, 100, line{text: "Thực hiện Nghị quyết Đại hội XIII của Đảng."}), nil)
	Add(&r, sentence(2, 200, line{text: "Phát biểu khai mạc Đại hội, đồng chí Trần Thị Bình nêu rõ."}), nil)
	if len(r.Speakers) != 2 || len(r.Events) != 1 || len(r.Congresses) != 2 {
		t.Fatalf("%d speakers, %d events, %d congresses", len(r.Speakers), len(r.Events), len(r.Congresses))
	}
	if r.Speakers[0].Event != 0 || r.Speakers[1].Congress != 1 {
		t.Errorf("speakers' gatherings not shifted: %+v", r.Speakers)
	}
	if r.Documents[0].Congress != 0 {
		t.Errorf("resolution not tied to its congress: %d", r.Documents[0].Congress)
	}
}

// FuzzFind: no input panics, loops, or yields a phrase outside its sentence.
func FuzzFind(f *testing.F) {
	for _, l := range sentences(f, "sentences.txt") {
		f.Add(l.text)
	}
	f.Add("Đại hội Đại hội Đại hội lần thứ")
	f.Add("Sau 1 ngày làm việc, trưa 1-3, Đại hội đã bế mạc.")
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(1, 9, line{text: text})
		checkFound(t, s, Find(s))
	})
}

func BenchmarkFind(b *testing.B) {
	ls := sentences(b, "sentences.txt")
	n := 0
	for _, l := range ls {
		n += len(l.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, l := range ls {
			Find(sentence(i, 0, l))
		}
	}
}

// TestDateline reads the day a dateline sentence gives the gathering of the
// sentence after it.
func TestDateline(t *testing.T) {
	tests := []struct {
		name, prev, text string
		start, end       string
	}{
		{"a day alone, then the congress opened (songhinh 2023)",
			"Sáng ngày 20/3/2023.",
			"Hội Nông dân xã Sơn Giang đã lọng trọng tổ chức khai mạc đại hội đại biểu Hội Nông dân lần thứ XIII, nhiệm kỳ 2023-2028.",
			"2023-3-20", "?"},
		{"a day and a place, then the congress held (baogialai 2015)",
			"(GLO)- Chiều 7-8, tại Văn phòng Hội Nhà báo tỉnh.",
			"Chi Hội Nhà báo Văn phòng Hội Nhà báo tỉnh đã tổ chức Đại hội lần thứ II (nhiệm kỳ 2015-2017).",
			"0-8-7", "0-8-7"},
		{"trap: a sentence that says what happened that day dates only itself",
			"Sáng 20/3, Hội nghị Ban Chấp hành đã diễn ra.",
			"Hội Nông dân xã Sơn Giang tổ chức khai mạc đại hội đại biểu Hội Nông dân lần thứ XIII.",
			"?", "?"},
		{"trap: a dateline before what a congress did that day dates neither end",
			"Hải Phòng, ngày 15/10/2015.",
			"Đại hội đã bầu 56 ủy viên vào ban chấp hành Đảng bộ TP Hải Phòng lần thứ XV.",
			"?", "?"},
		{"trap: Ban Tổ chức names a committee, it holds nothing",
			"Hải Phòng, ngày 15/10/2015.",
			"Đại hội đã bầu đồng chí Nguyễn Văn A, Trưởng Ban Tổ chức Thành ủy, giữ chức Bí thư Thành ủy Hải Phòng khóa XV.",
			"?", "?"},
		{"trap: a stored copy's stamp is no dateline",
			"date 2025-10-27",
			"Đoàn TNCS Hồ Chí Minh xã Trường Sơn tổ chức Đại hội đại biểu lần thứ I.",
			"?", "?"},
		{"trap: the sentence's own day wins",
			"Sáng ngày 20/3/2023.",
			"Ngày 21/3/2023, Hội Nông dân xã Sơn Giang tổ chức khai mạc đại hội đại biểu Hội Nông dân lần thứ XIII.",
			"2023-3-21", "?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := sentence(0, 0, line{model.Body, tt.prev})
			s := sentence(1, len([]rune(tt.prev))+1, line{model.Body, tt.text})
			f := find(s, &prev)
			if len(f.Congresses) == 0 {
				t.Fatalf("no congress in %q", tt.text)
			}
			c := f.Congresses[0]
			if got := when(c.Start); got != tt.start {
				t.Errorf("start %s, want %s", got, tt.start)
			}
			if got := when(c.End); got != tt.end {
				t.Errorf("end %s, want %s", got, tt.end)
			}
		})
	}
}
