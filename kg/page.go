package kg

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// MaxFirst is the largest page a connection serves.
const MaxFirst = 100

// pageSize is the page size asked for, or def; outside 0..MaxFirst it is the
// client's error.
func pageSize(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	if *first < 0 || *first > MaxFirst {
		return 0, inputErrorf("first must be between 0 and %d (got %d)", MaxFirst, *first)
	}
	return *first, nil
}

// A cursor is opaque to clients: the base64 of the connection's name and the
// sort key of the last item of a page. Keeping the key, not a position, lets a
// client page on while the store grows, and lets a cursor of one connection be
// refused by another.
func encodeCursor(conn string, key []string) string {
	b, _ := json.Marshal(append([]string{conn}, key...))
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads the key of a cursor of connection conn, whose keys have n
// parts; a nil after is the start.
func decodeCursor(after *string, conn string, n int) ([]string, error) {
	if after == nil || *after == "" {
		return nil, nil
	}
	bad := inputErrorf("malformed cursor %q: pass the endCursor or cursor this connection returned", *after)
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(*after, "="))
	if err != nil {
		return nil, bad
	}
	var parts []string
	if err := json.Unmarshal(b, &parts); err != nil || len(parts) != n+1 || parts[0] != conn {
		return nil, bad
	}
	return parts[1:], nil
}

// pageOf cuts one page out of items sorted by cmp on their keys: the first
// items whose key comes after the cursor's.
func pageOf[T any](items []T, key func(T) []string, cmp func(a, b []string) int, conn string, first int, after []string) (page []T, cursors []string, info *PageInfo) {
	start := 0
	if after != nil {
		start = len(items)
		for i, it := range items {
			if cmp(key(it), after) > 0 {
				start = i
				break
			}
		}
	}
	end := min(start+first, len(items))
	page = items[start:end]
	cursors = make([]string, len(page))
	for i, it := range page {
		cursors[i] = encodeCursor(conn, key(it))
	}
	info = &PageInfo{HasNextPage: end < len(items), HasPreviousPage: start > 0}
	if len(cursors) > 0 {
		info.StartCursor, info.EndCursor = &cursors[0], &cursors[len(cursors)-1]
	}
	return page, cursors, info
}

// cmpDateDesc orders ISO dates newest first, and no date last.
func cmpDateDesc(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(b, a)
}
