package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// Dump reads a PostgreSQL store whole in two queries, as a read model is
// built from it: every value with its key (the hash Cayley keeps it under),
// then every quad whose predicate is not one of skip, as its values' keys (a
// label's key is "" when it has none). Cayley's own iterators read a value
// a query. ok is false for a store of another backend.
func (s *Store) Dump(ctx context.Context, skip []quad.IRI, value func(key string, v quad.Value) error, q func(s, p, o, l string) error) (ok bool, err error) {
	if s.sql == nil {
		return false, nil
	}
	fail := func(err error) (bool, error) { return true, fmt.Errorf("read %s whole: %w", s, err) }
	tx, err := s.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time FROM nodes`)
	if err != nil {
		return fail(err)
	}
	for rows.Next() {
		var (
			hash, data     []byte
			str, typ, lang sql.NullString
			iri, bnode, vb sql.NullBool
			vint           sql.NullInt64
			vfloat         sql.NullFloat64
			vtime          sql.NullTime
		)
		if err := rows.Scan(&hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vb, &vfloat, &vtime); err != nil {
			rows.Close()
			return fail(err)
		}
		v, err := nodeValue(data, str, typ, lang, iri, bnode, vint, vb, vfloat, vtime)
		if err != nil {
			rows.Close()
			return fail(err)
		}
		if err := value(string(hash), v); err != nil {
			rows.Close()
			return true, err
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	var skipped []any
	marks := make([]string, len(skip))
	for i, p := range skip {
		skipped = append(skipped, csql.HashOf(p).SQLValue())
		marks[i] = fmt.Sprintf("$%d", i+1)
	}
	query := `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads`
	if len(skip) > 0 {
		query += ` WHERE predicate_hash NOT IN (` + strings.Join(marks, ", ") + `)`
	}
	rows, err = tx.QueryContext(ctx, query, skipped...)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	for rows.Next() {
		var sh, ph, oh, lh []byte
		if err := rows.Scan(&sh, &ph, &oh, &lh); err != nil {
			return fail(err)
		}
		if err := q(string(sh), string(ph), string(oh), string(lh)); err != nil {
			return true, err
		}
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	return true, ctx.Err()
}

// nodeValue is the value a row of Cayley's nodes table holds: a string's
// kind by its flags, a number, a truth value or a time in their columns,
// anything else as Cayley marshals it.
func nodeValue(data []byte, str, typ, lang sql.NullString, iri, bnode sql.NullBool, vint sql.NullInt64, vb sql.NullBool, vfloat sql.NullFloat64, vtime sql.NullTime) (quad.Value, error) {
	// Cayley escapes a NUL byte in the strings it stores.
	text := func() quad.String { return quad.String(strings.ReplaceAll(str.String, `\x00`, "\u0000")) }
	switch {
	case str.Valid && iri.Bool:
		return quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return quad.LangString{Value: text(), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return quad.TypedString{Value: text(), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return text(), nil
	case vint.Valid:
		return quad.Int(vint.Int64), nil
	case vb.Valid:
		return quad.Bool(vb.Bool), nil
	case vfloat.Valid:
		return quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return quad.Time(vtime.Time), nil
	}
	return pquads.UnmarshalValue(data)
}
