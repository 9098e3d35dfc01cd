package lexicon

import (
	"strings"
	"sync"
)

// The signs of documents' codes: the issuer part of a code (TW of 21-KL/TW,
// CP of 143/NQ-CP, TU of 05-NQ/TU), which says who may have signed it. Signs
// are written as codes print them, in capitals, with a term's number cut
// (QH of 35/2021/QH15), not as vn.Key writes words.

// NationalSigns are the signs that name one national body, whatever the
// article, with that body's canonical name: 143/NQ-CP is the Government's,
// 25-HD/BTGTW the Central Propaganda Commission's. TW alone is left out:
// the Central Committee, the Politburo and the Secretariat all sign so.
func NationalSigns() map[string]string { return nationalSignsTable() }

// nationalSignsTable is NationalSigns, built once and shared: read-only.
var nationalSignsTable = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"CP":      "Chính phủ",
		"TTG":     "Thủ tướng Chính phủ",
		"QH":      "Quốc hội",
		"UBTVQH":  "Ủy ban Thường vụ Quốc hội",
		"BTGTW":   "Ban Tuyên giáo Trung ương",
		"BTCTW":   "Ban Tổ chức Trung ương",
		"BDVTW":   "Ban Dân vận Trung ương",
		"BNCTW":   "Ban Nội chính Trung ương",
		"BKTTW":   "Ban Kinh tế Trung ương",
		"UBKTTW":  "Ủy ban Kiểm tra Trung ương",
		"QUTW":    "Quân ủy Trung ương",
		"VPTW":    "Văn phòng Trung ương Đảng",
		"BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
	}
})

// A LocalSign is a sign that names a kind of committee below the Centre
// rather than one body (TU: a province's or a city's committee; QU: a
// district's).
type LocalSign struct {
	Heads []string // the heads of the names that committee goes by
	Party bool     // a party committee's (TU, ĐU), not the state's (UBND)
}

// LocalSigns are the local signs a reader of codes knows, by sign.
func LocalSigns() map[string]LocalSign { return localSignsTable() }

// localSignsTable is LocalSigns, built once and shared: read-only.
var localSignsTable = sync.OnceValue(func() map[string]LocalSign {
	return map[string]LocalSign{
		"TU":   {Heads: []string{"Tỉnh ủy", "Thành ủy"}, Party: true},
		"QU":   {Heads: []string{"Quận ủy"}, Party: true},
		"HU":   {Heads: []string{"Huyện ủy"}, Party: true},
		"THU":  {Heads: []string{"Thị ủy"}, Party: true},
		"TXU":  {Heads: []string{"Thị ủy"}, Party: true},
		"ĐUK":  {Heads: []string{"Đảng ủy Khối"}, Party: true},
		"ĐU":   {Heads: []string{"Đảng ủy"}, Party: true},
		"HĐND": {Heads: []string{"HĐND", "Hội đồng nhân dân"}},
		"UBND": {Heads: []string{"UBND", "Ủy ban nhân dân"}},
	}
})

// PartySign reports a sign of the Party's: the Centre's and its
// commissions' (TW, BTCTW, UBKTTW …, printed TƯ too), or a party committee's
// below it (LocalSigns: TU, HU, QU, TXU, THU, ĐU, ĐUK); not the state's (CP,
// UBND, HĐND).
func PartySign(s string) bool {
	if strings.HasSuffix(s, "TW") || strings.HasSuffix(s, "TƯ") {
		return true
	}
	return LocalSigns()[s].Party
}
