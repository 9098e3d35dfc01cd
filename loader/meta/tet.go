package meta

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
)

// tetYear is the year a day of month (printed without its year) falls in
// when the article's opening names the Tết it belongs to: "đến thăm, chúc
// Tết Nhâm Dần 2022" over "Trong 02 ngày 20, 21/01", "Nhân dịp Tết Nguyên
// đán Nhâm Dần 2022" under "Chiều 18/01". The Tết of year Y falls late in
// January or in February of Y: a day of January to March is Y's, one of
// November or December the year before's (visits ahead of the Tết). Other
// months, or two Tết years named, give none: a Tết recalled in a review of
// the year does not date it, nor does one an anniversary recalls. Xuân counts only with the year's name (xuân
// Bính Ngọ 2026): alone it is a person's name (Xuân Thanh sinh năm 1965).
func tetYear(ss []model.Sentence, month int) (int, string) {
	if month == 0 || month > 3 && month < 11 {
		return 0, ""
	}
	year, text := 0, ""
	body := 0
	for _, s := range ss {
		if s.Kind != model.Body {
			continue
		}
		if body++; body > 2*leadSentences {
			break
		}
		ws := wordsApart(s.Text, ",.;:()\"“”")
		for i, w := range ws {
			low := strings.ToLower(w)
			if low != "tết" && low != "xuân" {
				continue
			}
			if slices.ContainsFunc(ws[:i], func(w string) bool { return strings.EqualFold(w, "niệm") }) {
				// "kỷ niệm 55 năm … Tết Mậu Thân 1968", "tưởng niệm":
				// a Tết the sentence commemorates is history, no
				// Tết the day falls by.
				continue
			}
			named := false
			for k := i + 1; k < len(ws) && k <= i+5; k++ {
				lk := strings.ToLower(ws[k])
				if y, err := strconv.Atoi(ws[k]); err == nil && len(ws[k]) == 4 {
					if low == "xuân" && !named || y < 1945 || y > 2100 {
						break
					}
					if year != 0 && year != y {
						return 0, "" // two Tết years: no one Tết dates the day
					}
					year, text = y, strings.Join(ws[i:k+1], " ")
					break
				}
				switch {
				case slices.Contains(lexicon.LunarYearWords(), lk):
					named = true
				case lk == "nguyên" || lk == "đán" || lk == "năm":
				default:
					k = len(ws) // another word: no Tết's year
				}
			}
		}
	}
	if year == 0 {
		return 0, ""
	}
	if month >= 11 {
		return year - 1, text
	}
	return year, text
}
