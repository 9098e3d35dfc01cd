package people

import (
	"fmt"
	"testing"
)

func TestReview4Probe(t *testing.T) {
	for _, s := range []string{
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, con trai nguyên Bí thư Tỉnh ủy Nghệ An Nguyễn Văn Bình.",
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, là con trai của nguyên Chủ tịch UBND tỉnh.",
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, trước khi được bầu giữ chức Chủ tịch UBND tỉnh là Phó Chủ tịch UBND tỉnh.",
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, được bầu làm Chủ tịch UBND tỉnh thay ông Trần Văn Bình, Bí thư Tỉnh ủy.",
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, từng giữ chức Phó Chủ tịch UBND tỉnh.",
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, tốt nghiệp Học viện Chính trị, Phó Chủ tịch UBND tỉnh.",
		"Ông Nguyễn Văn An sinh năm 1968, quê Nghệ An, nguyên Phó Chủ tịch UBND tỉnh, nay là Giám đốc Sở Tài chính.",
	} {
		fmt.Printf("%q\n", found(body(s)))
	}
}
