package schema

import (
	"strings"

	"github.com/cadregraph/cadregraph/vn"
)

// PositionName is the display name of the post with title in the unit named
// unit. Titles that head a unit end with the unit's first words (Trưởng Ban +
// Ban Tuyên giáo Thành ủy, Chánh Văn phòng + Văn phòng Trung ương Đảng); the
// genre prints those words once, so the name does too: "Trưởng Ban Tuyên giáo
// Thành ủy", never "Trưởng Ban Ban Tuyên giáo Thành ủy".
func PositionName(title, unit string) string {
	title, unit = strings.TrimSpace(title), strings.TrimSpace(unit)
	if unit == "" {
		return title
	}
	if title == "" {
		return unit
	}
	tw, uw := strings.Fields(title), strings.Fields(unit)
	for n := min(len(tw)-1, len(uw)); n > 0; n-- {
		if vn.Key(strings.Join(tw[len(tw)-n:], " ")) == vn.Key(strings.Join(uw[:n], " ")) {
			return strings.Join(tw[:len(tw)-n], " ") + " " + unit
		}
	}
	return title + " " + unit
}
