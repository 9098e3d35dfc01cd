package schema

import "testing"

func TestTitleEn(t *testing.T) {
	tests := []struct {
		title string
		kind  UnitKind
		want  string
	}{
		{"Phó Bí thư Thường trực", "", "Standing Deputy Secretary"},
		{"PHÓ BÍ THƯ THƯỜNG TRỰC", "", "Standing Deputy Secretary"},
		{"Phó Chủ nhiệm Thường trực", "", "Standing Deputy Chairman"},
		{"Bí thư", "", "Secretary"},
		{"Tổng Bí thư", "", "General Secretary"},
		{"Chủ tịch nước", UnitState, "State President"},
		{"Chủ tịch", UnitCouncil, "Chairman"},
		{"Chủ tịch", UnitFront, "President"},
		{"Phó Chủ tịch", UnitCommittee, "Vice Chairman"},
		{"Phó Chủ tịch", UnitMass, "Vice President"},
		{"Phó Thủ tướng", UnitState, "Deputy Prime Minister"},
		{"Phó Chủ tịch nước", UnitState, "Vice President"},
		{"Ủy viên", "", "Member"},
		{"Ủy viên Ban Thường vụ", "", "Member of the Standing Committee"},
		{"Trưởng Ban", "", "Head"},
		{"Trưởng Ban Tổ chức", "", "Head of the Organisation Commission"},
		{"Chánh Văn phòng", "", "Chief of Office"},
		{"Thứ trưởng", "", "Deputy Minister"},
		{"Phó Giám đốc", "", "Deputy Director"},
		{"Bí thư thứ nhất", "", "First Secretary"},
		{"Phó Trưởng Ban Tổ chức", "", "Deputy Head of the Organisation Commission"},
		{"Phó Chủ tịch Thường trực", UnitCouncil, "Standing Vice Chairman"},
		{"Ủy viên Bộ Chính trị", "", "Member of the Politburo"},
		{"Bí thư Trung ương Đảng", "", "Secretary of the Party Central Committee"},
		{"Trưởng Đoàn đại biểu Quốc hội", "", "Head of the National Assembly Delegation"},
		{"Chánh Văn phòng Tỉnh ủy", "", "Chief of the Office of the Provincial Party Committee"},
		{"Bí thư Chi bộ", "", "Secretary of the Party Cell"},
		{"Giám đốc Sở Nội vụ", "", "Director of Sở Nội vụ"},
		{"Đồng chí", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := TitleEn(tt.title, tt.kind); got != tt.want {
			t.Errorf("TitleEn(%q, %q) = %q, want %q", tt.title, tt.kind, got, tt.want)
		}
	}
}

func TestUnitEn(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Thành ủy TPHCM", "Ho Chi Minh City Party Committee"},
		{"Tỉnh ủy Bình Dương", "Bình Dương Provincial Party Committee"},
		{"Ban Thường vụ Thành ủy TPHCM", "Standing Committee of the Ho Chi Minh City Party Committee"},
		{"Đảng ủy các cơ quan Đảng TPHCM", "Party Committee of the Party Agencies of Ho Chi Minh City"},
		{"Đảng bộ Khối Dân – Chính – Đảng TPHCM", "Party Committee of the Party, Government and Mass Organisations Bloc of Ho Chi Minh City"},
		{"HĐND TPHCM", "People's Council of Ho Chi Minh City"},
		{"UBND tỉnh Đồng Nai", "People's Committee of Đồng Nai Province"},
		{"Ủy ban MTTQ Việt Nam TPHCM", "Vietnam Fatherland Front Committee of Ho Chi Minh City"},
		{"Ban Chấp hành Trung ương Đảng", "Party Central Committee"},
		{"Bộ Chính trị", "Politburo"},
		{"Đảng ủy phường Bến Thành", "Party Committee of Bến Thành Ward"},
		{"Công ty Sông Đà", "Công ty Sông Đà"},
	}
	for _, tt := range tests {
		if got := UnitEn(tt.name); got != tt.want {
			t.Errorf("UnitEn(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPositionEn(t *testing.T) {
	tests := []struct {
		title, unit string
		kind        UnitKind
		want        string
	}{
		{"Phó Bí thư Thường trực", "Thành ủy TPHCM", UnitPartyOrg, "Standing Deputy Secretary of the Ho Chi Minh City Party Committee"},
		{"Trưởng Ban", "Ban Tuyên giáo và Dân vận Thành ủy TPHCM", UnitPartyDept,
			"Head of the Propaganda and Mass Mobilisation Commission of the Ho Chi Minh City Party Committee"},
		{"Chánh Văn phòng", "Văn phòng Trung ương Đảng", UnitPartyDept, "Chief of the Office of the Party Central Committee"},
		{"Chủ tịch", "Ủy ban MTTQ Việt Nam TPHCM", UnitFront, "President of the Vietnam Fatherland Front Committee of Ho Chi Minh City"},
		{"Chủ tịch", "HĐND TPHCM", UnitCouncil, "Chairman of the People's Council of Ho Chi Minh City"},
		{"Tổng Bí thư", "", "", "General Secretary"},
	}
	for _, tt := range tests {
		if got := PositionEn(tt.title, tt.unit, tt.kind); got != tt.want {
			t.Errorf("PositionEn(%q, %q) = %q, want %q", tt.title, tt.unit, got, tt.want)
		}
	}
}

func TestKindGlosses(t *testing.T) {
	for _, k := range UnitKinds() {
		if UnitKindEn(k.Kind) == "" {
			t.Errorf("unit kind %s has no gloss", k.Kind)
		}
	}
	for _, k := range DocKinds() {
		if DocKindEn(k.Kind) == "" {
			t.Errorf("document kind %s has no gloss", k.Kind)
		}
	}
	if DocKindEn(Resolution) != "resolution" || UnitKindEn("nonsense") != "" {
		t.Errorf("glosses: %q %q", DocKindEn(Resolution), UnitKindEn("nonsense"))
	}
}
