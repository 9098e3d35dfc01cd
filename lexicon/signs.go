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
		"CTN":     "Chủ tịch nước",
		"VPCP":    "Văn phòng Chính phủ",
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

// IssuerLetters is the part of a code's letters after its last slash that
// names its issuer: the part after the last dash (CP of NĐ-CP, TU of TU), or,
// where the tables know not that part but one before it, that one. A state
// body's letter prints its department after its own sign: 2095/VPCP-TCCB (the
// Government Office's personnel department), 73/UBND-TH, 2816/QĐ-MTTW-BTT.
// A term's number may end a part (UBTVQH14); it is kept as printed.
func IssuerLetters(letters string) string {
	parts := strings.Split(letters, "-")
	last := strings.TrimSpace(parts[len(parts)-1])
	if KnownLetters(last) {
		return last
	}
	for i := len(parts) - 2; i >= 0; i-- {
		if p := strings.TrimSpace(parts[i]); KnownLetters(p) {
			return p
		}
	}
	return last
}

// KnownLetters reports whether the sign tables know p (NationalSigns,
// LocalSigns), its term's number cut.
func KnownLetters(p string) bool {
	s := strings.TrimRight(strings.ToUpper(p), "0123456789")
	if _, ok := NationalSigns()[s]; ok {
		return true
	}
	_, ok := LocalSigns()[s]
	return ok
}

// An Office is a state office that signs documents in its own name rather
// than a body's: the Prime Minister signs QĐ-TTg, the President QĐ-CTN.
type Office struct {
	Printed string // as a clause that signs opens with it, in keys' spelling
	Name    string // the office's name as an issuer
}

// SigningOffices are the offices a sentence may say signed a document
// ("Thủ tướng Chính phủ Phạm Minh Chính đã ký Quyết định số 593", "Chủ tịch
// nước ... đã có Quyết định số 950/2009/QĐ-CTN"), longest printed form first.
// Their deputies sign on the office's behalf, so a clause opened by Phó Thủ
// tướng is left to the code's sign.
func SigningOffices() []Office {
	return []Office{
		{Printed: "thủ tướng chính phủ", Name: "Thủ tướng Chính phủ"},
		{Printed: "thủ tướng", Name: "Thủ tướng Chính phủ"},
		{Printed: "chủ tịch nước", Name: "Chủ tịch nước"},
	}
}
