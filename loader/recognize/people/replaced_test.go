package people

import "testing"

// TestReplaced: a post taken up "thay (cho) ông A" was A's until then
// (baomoi on Bắc Kạn, sggp 2016, 1thegioi on Hậu Giang, j034 on Quảng Trị
// 2015), or "thay người tiền nhiệm là ông A" (hatinh24h on Hậu Giang). The post is the last one someone else takes up before thay; a
// replacement taking effect on a later day ends A's post the day before it.
func TestReplaced(t *testing.T) {
	ss, ms := findLines([]string{
		"Ông Dương Đình Hân, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đã được bầu giữ chức Bí thư Tỉnh ủy Bắc Kạn thay ông Mai Thế Dương, nguyên Bí thư Tỉnh ủy đã điều động nhiệm vụ mới.",
		"Sáng 29-2, đồng chí Nguyễn Thị Lệ, Trưởng Ban Dân vận Thành ủy đã tới dự lễ trao Quyết định về việc chuẩn y đồng chí Nguyễn Văn Chương, Phó Chủ tịch Hội CCB TPHCM giữ chức vụ Chủ tịch Hội CCB TPHCM từ ngày 1-3-2016, nhiệm kỳ 2012-2017 thay đồng chí Lê Thành Tâm, Chủ tịch Hội CCB TPHCM thôi tham gia công tác Hội CCB TP.",
		"Ông Lữ Văn Hùng, Bí thư Tỉnh ủy Hậu Giang cũng trao quyết định cho ông Nguyễn Huỳnh Đức, Giám đốc Sở Xây dựng tỉnh giữ chức Bí thư Thành ủy TP.Ngã Bảy thay cho ông Nguyễn Thiện Nhơn về tỉnh nhận nhiệm vụ mới.",
		"Thay mặt Ban Thường vụ Tỉnh ủy, ông Lữ Văn Hùng, Bí thư Tỉnh ủy Hậu Giang phát biểu.",
		"Hơn một tuần trước, ông Lê Tiến Châu được Ban Chấp hành Đảng bộ tỉnh Hậu Giang bầu giữ chức Bí thư Tỉnh ủy thay người tiền nhiệm là ông Lữ Văn Hùng.",
		"Ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh được giao điều hành hoạt động của UBND tỉnh thay ông Lê Văn Bình đi học.",
	})
	all := Replaced(ss, ms)
	checkSpans(t, "Replaced", all[len(ms):], []string{
		"Mai Thế Dương [OFFICIAL]: former Bí thư | Tỉnh ủy Bắc Kạn",
		"Lê Thành Tâm [OFFICIAL]: former Chủ tịch | Hội CCB TPHCM @ Chủ tịch 0-00..2016-02",
		"Nguyễn Thiện Nhơn [OFFICIAL]: former Bí thư | Thành ủy TP.Ngã Bảy",
		"Lữ Văn Hùng [OFFICIAL]: former Bí thư | Tỉnh ủy",
	})
}
