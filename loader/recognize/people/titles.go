package people

import (
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/vn"
)

// title is a post's title as the genre prints it.
type title struct {
	printed   string // the words, as keys
	canonical string
	// alone is set for a title that names its post without a unit printed
	// after it (Tổng Bí thư, Chủ tịch nước); unit is the unit it implies, if any.
	alone bool
	unit  string
	// shares is set when the title's last word begins its unit's name:
	// Trưởng *Ban* Tuyên giáo, Chánh *Văn phòng* Thành ủy.
	shares int
}

// titles is the gazetteer of the genre's titles. National titles carry their
// unit: the Party's posts the Central Committee (Tổng Bí thư: the General
// Secretary heads the Committee that elects him), the government's the
// Government; the state's head stands alone.
func titles() []title {
	cc := units.CentralCommittee()
	return []title{
		{"tổng bí thư", "Tổng Bí thư", true, cc, 0},
		// The Secretariat's standing member: the post Thường trực of Ban Bí
		// thư, whose name is the title's tail. (Bí thư Trung ương Đảng is
		// read as Bí thư of the unit Trung ương Đảng, the Central Committee.)
		{"thường trực ban bí thư", "Thường trực", false, "", 3},
		{"chủ tịch nước", "Chủ tịch nước", true, "", 0},
		{"phó chủ tịch nước", "Phó Chủ tịch nước", true, "", 0},
		{"quyền chủ tịch nước", "Quyền Chủ tịch nước", true, "", 0},
		// The National Assembly's chair names the post alone, as the
		// state's head does: Chủ tịch Quốc hội Trần Thanh Mẫn.
		{"chủ tịch quốc hội", "Chủ tịch Quốc hội", true, "", 0},
		{"thủ tướng", "Thủ tướng", true, "Chính phủ", 0},
		{"phó thủ tướng", "Phó Thủ tướng", true, "Chính phủ", 0},
		{"tổng kiểm toán nhà nước", "Tổng Kiểm toán Nhà nước", true, "", 0},
		{"đbqh", "Đại biểu", true, "Quốc hội", 0},
		{"bí thư", "Bí thư", false, "", 0},
		{"phó bí thư", "Phó Bí thư", false, "", 0},
		{"quyền bí thư", "Quyền Bí thư", false, "", 0},
		{"ủy viên", "Ủy viên", false, "", 0},
		{"ủy viên dự khuyết", "Ủy viên dự khuyết", false, "", 0},
		{"chủ tịch", "Chủ tịch", false, "", 0},
		{"phó chủ tịch", "Phó Chủ tịch", false, "", 0},
		{"quyền chủ tịch", "Quyền Chủ tịch", false, "", 0},
		{"trưởng ban", "Trưởng Ban", false, "", 1},
		{"phó trưởng ban", "Phó Trưởng Ban", false, "", 1},
		{"phó trưởng ban thường trực", "Phó Trưởng Ban Thường trực", false, "", 0},
		{"chủ nhiệm", "Chủ nhiệm", false, "", 0},
		{"phó chủ nhiệm", "Phó Chủ nhiệm", false, "", 0},
		{"chánh văn phòng", "Chánh Văn phòng", false, "", 2},
		{"phó chánh văn phòng", "Phó Chánh Văn phòng", false, "", 2},
		{"trưởng đoàn", "Trưởng đoàn", false, "", 1},
		{"phó trưởng đoàn", "Phó Trưởng đoàn", false, "", 1},
		{"đại biểu", "Đại biểu", false, "", 0},
		{"giám đốc", "Giám đốc", false, "", 0},
		{"phó giám đốc", "Phó Giám đốc", false, "", 0},
		{"tổng giám đốc", "Tổng Giám đốc", false, "", 0},
		{"phó tổng giám đốc", "Phó Tổng Giám đốc", false, "", 0},
		{"bộ trưởng", "Bộ trưởng", false, "", 0},
		{"thứ trưởng", "Thứ trưởng", false, "", 0},
		{"thứ trưởng thường trực", "Thứ trưởng Thường trực", false, "", 0},
		// Acting heads: Quyền Bộ trưởng Bộ Y tế.
		{"quyền bộ trưởng", "Quyền Bộ trưởng", false, "", 0},
		{"quyền giám đốc", "Quyền Giám đốc", false, "", 0},
		{"quyền tổng giám đốc", "Quyền Tổng Giám đốc", false, "", 0},
		{"quyền hiệu trưởng", "Quyền Hiệu trưởng", false, "", 0},
		{"quyền chánh án", "Quyền Chánh án", false, "", 0},
		{"quyền viện trưởng", "Quyền Viện trưởng", false, "", 0},
		{"tổng biên tập", "Tổng Biên tập", false, "", 0},
		{"phó tổng biên tập", "Phó Tổng Biên tập", false, "", 0},
		{"hiệu trưởng", "Hiệu trưởng", false, "", 0},
		{"phó hiệu trưởng", "Phó Hiệu trưởng", false, "", 0},
		{"viện trưởng", "Viện trưởng", false, "", 0},
		{"phó viện trưởng", "Phó Viện trưởng", false, "", 0},
		{"chánh án", "Chánh án", false, "", 0},
		{"phó chánh án", "Phó Chánh án", false, "", 0},
		{"tư lệnh", "Tư lệnh", false, "", 0},
		{"phó tư lệnh", "Phó Tư lệnh", false, "", 0},
		{"chính ủy", "Chính ủy", false, "", 0},
		{"cục trưởng", "Cục trưởng", false, "", 0},
		{"chánh thanh tra", "Chánh Thanh tra", false, "", 2}, // Chánh *Thanh tra* tỉnh
		{"tổng thư ký", "Tổng Thư ký", false, "", 0},
		{"thống đốc", "Thống đốc", false, "", 0},
		{"phó thống đốc", "Phó Thống đốc", false, "", 0},
		{"tổng thanh tra", "Tổng Thanh tra", false, "", 2},
		{"phó tổng thanh tra", "Phó Tổng Thanh tra", false, "", 2},
		{"phó trưởng đoàn chuyên trách", "Phó Trưởng đoàn chuyên trách", false, "", 0},
		{"tổng cục trưởng", "Tổng Cục trưởng", false, "", 0},
		{"phó tổng cục trưởng", "Phó Tổng Cục trưởng", false, "", 0},
		{"phó cục trưởng", "Phó Cục trưởng", false, "", 0},
		{"vụ trưởng", "Vụ trưởng", false, "", 0},
		{"phó vụ trưởng", "Phó Vụ trưởng", false, "", 0},
		{"chỉ huy trưởng", "Chỉ huy trưởng", false, "", 0},
		{"phó chỉ huy trưởng", "Phó Chỉ huy trưởng", false, "", 0},
		{"tham mưu trưởng", "Tham mưu trưởng", false, "", 0},
		{"phó tham mưu trưởng", "Phó Tham mưu trưởng", false, "", 0},
		{"phó chính ủy", "Phó Chính ủy", false, "", 0},
		{"phó chánh thanh tra", "Phó Chánh Thanh tra", false, "", 2},
		{"phó tổng thư ký", "Phó Tổng Thư ký", false, "", 0},
		{"bí thư thứ nhất", "Bí thư thứ nhất", false, "", 0},
		// Trưởng *phòng* Cảnh sát giao thông: the section's name begins with
		// the title's last word, as Trưởng *Ban* Tuyên giáo does.
		{"trưởng phòng", "Trưởng phòng", false, "", 1},
		{"phó trưởng phòng", "Phó Trưởng phòng", false, "", 1},
		// The head of an army unit's political department, whose unit
		// follows: Phó Chủ nhiệm Chính trị Quân khu 7.
		{"chủ nhiệm chính trị", "Chủ nhiệm Chính trị", false, "", 0},
		{"phó chủ nhiệm chính trị", "Phó Chủ nhiệm Chính trị", false, "", 0},
	}
}

// standing reports whether a title may take "Thường trực" after it, for the
// deputy who stands in for the head (Phó Bí thư Thường trực, Phó Chủ tịch
// Thường trực, Ủy viên Thường trực).
func standing(canonical string) bool {
	switch canonical {
	case "Phó Bí thư", "Phó Chủ tịch", "Phó Chủ nhiệm", "Ủy viên", "Phó Trưởng đoàn", "Phó Thủ tướng", "Phó Thống đốc":
		return true
	}
	return false
}

// TitleUnit is the unit a title names its post in when no unit is printed
// after it, and whether the title names a post alone: Tổng Bí thư is a post of
// the Central Committee, Thủ tướng of the Government, Chủ tịch nước of no unit.
// Other titles (Bí thư, Chủ tịch) name no post without their unit.
func TitleUnit(canonical string) (unit string, alone bool) {
	k := vn.Key(canonical)
	for _, t := range titles() {
		if vn.Key(t.canonical) == k && t.alone {
			return t.unit, true
		}
	}
	return "", false
}

// compiledTitle is a title with its words split, for matching.
type compiledTitle struct {
	words []string
	t     title
}

// compiledTitles is the gazetteer indexed by first word, built once and never
// changed after.
var compiledTitles = sync.OnceValue(func() map[string][]compiledTitle {
	m := map[string][]compiledTitle{}
	for _, t := range titles() {
		ws := strings.Fields(t.printed)
		m[ws[0]] = append(m[ws[0]], compiledTitle{ws, t})
	}
	return m
})
