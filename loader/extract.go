package loader

import (
	"errors"

	"github.com/cadregraph/cadregraph/loader/model"
)

// ExtractorVersion names the extraction's rules; it is stored on every article
// so that a store says which rules built it.
const ExtractorVersion = "0"

// Extract runs the pure stages on one article: normalise, segment, recognise,
// resolve. It does no I/O.
func Extract(r model.Raw) (model.Facts, error) {
	return model.Facts{}, errors.New("extract: not built yet")
}
