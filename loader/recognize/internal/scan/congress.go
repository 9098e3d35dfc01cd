package scan

import "github.com/cadregraph/cadregraph/vn"

// Congress is a congress (Đại hội) as a sentence names it: "Đại hội đại biểu
// Đảng bộ tỉnh lần thứ XVI", "Đại hội XIV của Đảng", "đại hội". Indices are token
// indices; a zero range is "not printed".
type Congress struct {
	Start, End         int // the whole phrase, from "Đại hội" to its last word
	UnitStart, UnitEnd int
	Ordinal            int
	National           bool // đại biểu toàn quốc: a congress of the Party
	// Generic is set for congresses named as a kind rather than one of them
	// (Đại hội Đảng các cấp, đại hội chi bộ trực thuộc, các đại hội).
	Generic bool
}

// Bare reports whether the phrase names neither a unit nor a number: a bare
// "Đại hội" that refers back to the congress the article speaks of.
func (c Congress) Bare() bool {
	return c.UnitEnd == c.UnitStart && c.Ordinal == 0 && !c.National
}

// CongressAt reads the congress named from ts[i], which must be "Đại hội" or
// "đại hội"; false when the words there name something else (Đại hội đồng cổ
// đông, Đại hội thể dục thể thao).
func CongressAt(ts []Token, i int) (Congress, bool) {
	j, ok := Seq(ts, i, "đại hội")
	if !ok {
		return Congress{}, false
	}
	if j < len(ts) && ts[j].Is("đồng", "thể", "thi", "cổ", "võ", "liên") {
		return Congress{}, false
	}
	// "Đại hội Đại hội Đảng các cấp": a doubled word, read the last.
	for {
		k, ok := Seq(ts, j, "đại hội")
		if !ok {
			break
		}
		j = k
	}
	c := Congress{Start: i, End: j}
	if k, ok := Seq(ts, j, "đại biểu"); ok {
		j = k
		c.End = j
		// "Đại hội Đại biểu (ĐB) lần thứ V": the page's abbreviation of the
		// word in brackets.
		if j+2 < len(ts) && ts[j].Mark("(") && ts[j+1].Word && ts[j+1].Upper() && ts[j+2].Mark(")") {
			j += 3
			c.End = j
		}
	}
	if k, ok := Seq(ts, j, "toàn quốc"); ok {
		j = k
		c.End, c.National = j, true
	}
	// A model congress held at one level: Đại hội điểm cấp TP của Hội...
	if k, ok := Seq(ts, j, "điểm"); ok {
		j = k
		c.End = j
		if k, ok := Seq(ts, j, "cấp"); ok && k < len(ts) && ts[k].Word {
			j = k + 1
			c.End = j
		}
	}
	if j < len(ts) {
		if n, ok := vn.Roman(ts[j].Text); ok {
			c.Ordinal = n
			j++
			c.End = j
		}
	}
	j = c.unit(ts, j)
	// An abbreviation in brackets inside the name, before its place: "Đại
	// hội đại biểu Hội Nông dân (HND) tỉnh Thanh Hóa lần thứ XII".
	if c.UnitEnd > c.UnitStart && j == c.UnitEnd && j+3 < len(ts) && ts[j].Mark("(") && ts[j+1].Upper() && ts[j+2].Mark(")") {
		if e := unitTail(ts, j+3); e > j+3 && ts[j+3].Word && !ts[j+3].Cap() {
			c.UnitEnd, c.End = e, e
			j = e
		}
	}
	// The Youth Union's and the Women's Union's national congresses, known
	// by their short names: "Đại hội Đoàn toàn quốc lần thứ XI", "Đại hội
	// đại biểu phụ nữ toàn quốc lần thứ XI".
	if c.UnitEnd == c.UnitStart && j+1 < len(ts) {
		e := j
		if ts[j].Cap() && ts[j].Is("đoàn") {
			e = j + 1
		} else if k, ok := Seq(ts, j, "phụ nữ"); ok {
			e = k
		}
		if k, ok := Seq(ts, e, "toàn quốc"); ok && e > j {
			c.UnitStart, c.UnitEnd = j, e
			j = k
			c.End = j
		}
	}
	// An organisation's national congress: "Đại hội đại biểu Hội Nông dân
	// toàn quốc lần thứ V".
	if c.UnitEnd > c.UnitStart && j == c.UnitEnd {
		if k, ok := Seq(ts, j, "toàn quốc"); ok {
			if _, _, ok := lanThu(ts, k); ok {
				j = k
			}
		}
	}
	// The unit's province in apposition before the ordinal: "Đại hội đại
	// biểu Đảng bộ huyện Hoàng Su Phì, tỉnh Hà Giang lần thứ XXI".
	if c.UnitEnd > c.UnitStart && j == c.UnitEnd {
		if e := provinceAfter(ts, j); e > j {
			if _, _, ok := lanThu(ts, e); ok {
				// A national organisation's name then the province of its
				// branch is one name: "Đại hội đại biểu Hội chữ thập đỏ Việt
				// Nam, tỉnh Thái Nguyên lần thứ IX".
				if _, ok := Before(ts, j, "việt nam"); ok {
					c.UnitEnd = e
				}
				j = e
			}
		}
	}
	if k, n, ok := lanThu(ts, j); ok {
		c.Ordinal = n
		j = k
		c.End = j
		if c.UnitEnd == c.UnitStart {
			j = c.unit(ts, j)
		}
	}
	// "Đại hội đại biểu nhiệm kỳ V (2019 – 2024)": an association numbering
	// its congresses by their terms, the years after in brackets.
	if c.Ordinal == 0 && j+3 < len(ts) && ts[j+2].Word && ts[j+3].Mark("(") {
		if k, ok := Seq(ts, j, "nhiệm kỳ"); ok {
			if n, ok := vn.Roman(ts[k].Text); ok {
				c.Ordinal = n
				j = k + 1
				c.End = j
			}
		}
	}
	// "Đại hội Công đoàn khóa I, nhiệm kỳ 2023-2028": a union or an
	// association named by its bare head, counted by the committee it
	// elects; the organisation is the one that holds it.
	if c.Ordinal == 0 && c.UnitEnd > c.UnitStart && j == c.UnitEnd && UnitHead(ts, c.UnitStart) == c.UnitEnd && ts[c.UnitStart].Cap() && j+1 < len(ts) && ts[j].Is("khóa", "khoá") {
		if n, ok := Ordinal(ts[j+1]); ok {
			c.Ordinal = n
			j += 2
			c.End = j
		}
	}
	// Đảng bộ xã Đại Đồng đã tổ chức Đại hội khóa XIX: the congress counted
	// by the committee it elects, printed with no other number nor unit (a
	// unit's khóa after its name is read as its committee's).
	if c.Ordinal == 0 && c.UnitEnd == c.UnitStart && j+1 < len(ts) && ts[j].Is("khóa", "khoá") {
		if n, ok := Ordinal(ts[j+1]); ok {
			c.Ordinal = n
			j += 2
			c.End = j
		}
	}
	c.Generic = generic(ts, i, c)
	return c, true
}

// unit reads "[của] UNIT" from ts[j] into c and returns the index after it.
func (c *Congress) unit(ts []Token, j int) int {
	if c.UnitEnd > c.UnitStart {
		return j
	}
	k := j
	if k < len(ts) && ts[k].Is("của") {
		k++
	}
	if e := UnitEnd(ts, k); e > k {
		c.UnitStart, c.UnitEnd = k, e
		c.End = e
		return e
	}
	return j
}

// lanThu reads "lần thứ N" or "lần N" (N a Roman numeral, digits or a number
// word) at ts[j].
func lanThu(ts []Token, j int) (int, int, bool) {
	k, ok := Seq(ts, j, "lần")
	if !ok {
		return j, 0, false
	}
	if m, ok := Seq(ts, k, "thứ"); ok {
		k = m
	}
	if k >= len(ts) {
		return j, 0, false
	}
	if n, ok := Ordinal(ts[k]); ok {
		return k + 1, n, true
	}
	if n, m := NumberWord(ts, k); m > k {
		return m, n, true
	}
	return j, 0, false
}

// generic reports whether the congress read from ts[i] is a kind of congress
// rather than one: plural (các đại hội), at every level (các cấp), above or
// below (cấp trên, cơ sở, trực thuộc), or those of one level (Đại hội Đảng
// bộ cấp huyện: every district's).
func generic(ts []Token, i int, c Congress) bool {
	if i > 0 && ts[i-1].Is("các", "những", "mỗi") {
		return true
	}
	k := c.End
	if c.UnitEnd > c.UnitStart {
		k = c.UnitEnd
	}
	for _, p := range []string{"các cấp", "cấp trên", "cấp dưới", "cấp cơ sở", "cơ sở", "trực thuộc", "các chi bộ", "chi bộ trực thuộc",
		"cấp tỉnh", "cấp huyện", "cấp xã", "cấp quận"} {
		if _, ok := Seq(ts, k, p); ok {
			return true
		}
	}
	return false
}

// NumberWord reads a number written in words from ts[i] (nhất, hai, tư, mười
// ba...), the way meetings and congresses are counted: "lần thứ tư". It returns
// the number and the index after it, or i.
func NumberWord(ts []Token, i int) (int, int) {
	units := func(k string) int {
		switch k {
		case "nhất", "một", "mốt":
			return 1
		case "hai":
			return 2
		case "ba":
			return 3
		case "tư", "bốn":
			return 4
		case "năm", "lăm":
			return 5
		case "sáu":
			return 6
		case "bảy":
			return 7
		case "tám":
			return 8
		case "chín":
			return 9
		}
		return 0
	}
	if i >= len(ts) || !ts[i].Word {
		return 0, i
	}
	if ts[i].Key == "mười" {
		if i+1 < len(ts) && ts[i+1].Word {
			if u := units(ts[i+1].Key); u > 0 && ts[i+1].Key != "nhất" && ts[i+1].Key != "tư" && ts[i+1].Key != "năm" {
				return 10 + u, i + 2
			}
		}
		return 10, i + 1
	}
	u := units(ts[i].Key)
	if u == 0 || ts[i].Key == "lăm" || ts[i].Key == "mốt" {
		return 0, i
	}
	// "hai mươi", "hai mươi mốt", "ba mươi lăm": tens. "hai mươi năm" is
	// twenty years, never twenty-five (which is printed "lăm").
	if u > 1 && u != 4 || ts[i].Key == "bốn" {
		if i+1 < len(ts) && ts[i+1].Word && ts[i+1].Key == "mươi" {
			if i+2 < len(ts) && ts[i+2].Word {
				if v := units(ts[i+2].Key); v > 0 && ts[i+2].Key != "nhất" && ts[i+2].Key != "một" && ts[i+2].Key != "năm" {
					return 10*u + v, i + 3
				}
			}
			return 10 * u, i + 2
		}
	}
	return u, i + 1
}

// provinceAfter reads ", tỉnh Hà Giang" (or ", thành phố Đà Nẵng") at ts[j]:
// the province of a unit, in apposition. It returns the index after it, or j.
func provinceAfter(ts []Token, j int) int {
	if j+2 >= len(ts) || !ts[j].Mark(",") {
		return j
	}
	k, ok := Seq(ts, j+1, "tỉnh")
	if !ok {
		if k, ok = Seq(ts, j+1, "thành phố"); !ok {
			return j
		}
	}
	e := k
	for e < len(ts) && e < k+4 && ts[e].Word && ts[e].Cap() {
		e++
	}
	if e == k {
		return j
	}
	return e
}
