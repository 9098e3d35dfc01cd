package lexicon

// The kinds of unit, as the graph spells them; schema.UnitKind's constants
// are these literals, so a table row's Kind is a schema.UnitKind by
// conversion.
const (
	KindParty     = "party"             // Đảng Cộng sản Việt Nam
	KindCentral   = "central-body"      // Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư
	KindPartyOrg  = "party-committee"   // Đảng bộ / Đảng ủy X, Thành ủy, Tỉnh ủy, Huyện ủy...
	KindPartyBody = "party-body"        // Ban Thường vụ, Ban Chấp hành, Ủy ban Kiểm tra of a committee
	KindPartyDept = "party-department"  // Ban Tổ chức, Ban Tuyên giáo, Văn phòng of a committee
	KindCell      = "party-cell"        // Chi bộ
	KindCouncil   = "people-council"    // HĐND
	KindCommittee = "people-committee"  // UBND
	KindFront     = "front"             // Ủy ban MTTQ Việt Nam
	KindMass      = "mass-organisation" // Đoàn TNCS Hồ Chí Minh, Hội Cựu chiến binh, Công đoàn...
	KindState     = "state-body"        // Quốc hội, Chính phủ, ministries, departments
	KindOther     = "other"
)
