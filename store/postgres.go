package store

import (
	"reflect"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	csql "github.com/cayleygraph/cayley/graph/sql"
)

// sqlStore is Cayley's SQL store made safe for concurrent queries, as a
// GraphQL server makes them. Cayley's SQL optimiser turns a walk into SQL; it
// is shared by every query and numbers the tables of each SELECT with a
// counter it does not guard, so two requests planning at once race on it and
// may give one SELECT two tables of the same name. Planning is serialised
// here; running the queries is not.
//
// The SELECTs it plans build their iterators only on Cayley's own store
// type, while the walk hands them the store it was given, this one: so each
// SELECT planned is returned bound to the store it belongs to, and unbound
// again before the optimiser sees it as part of a larger shape, which it may
// merge into one SELECT.
type sqlStore struct {
	*csql.QuadStore
	mu sync.Mutex
}

func (s *sqlStore) OptimizeShape(sh shape.Shape) (shape.Shape, bool) {
	sh = rewrite(sh, unbind)
	s.mu.Lock()
	out, ok := s.QuadStore.OptimizeShape(sh)
	s.mu.Unlock()
	return rewrite(out, s.bind), ok
}

// bound is a SELECT with the store that runs it.
type bound struct {
	csql.Select
	qs *csql.QuadStore
}

func (b bound) BuildIterator(graph.QuadStore) graph.Iterator { return b.Select.BuildIterator(b.qs) }

func (b bound) Optimize(shape.Optimizer) (shape.Shape, bool) { return b, false }

var (
	selectType = reflect.TypeOf(csql.Select{})
	boundType  = reflect.TypeOf(bound{})
	shapePkg   = reflect.TypeOf(shape.Null{}).PkgPath()
)

// bind binds a SELECT to the store.
func (s *sqlStore) bind(v reflect.Value) (reflect.Value, bool) {
	if v.Type() != selectType {
		return v, false
	}
	return reflect.ValueOf(bound{Select: v.Interface().(csql.Select), qs: s.QuadStore}), true
}

// unbind turns a bound SELECT back into the SELECT.
func unbind(v reflect.Value) (reflect.Value, bool) {
	if v.Type() != boundType {
		return v, false
	}
	return reflect.ValueOf(v.Interface().(bound).Select), true
}

// rewrite is sh with the values swap changes changed. Shapes are plain values
// (structs, slices and maps of shapes) and are rebuilt, never modified, where
// a part changes; the inside of a SELECT, and parts it cannot rebuild (types
// from elsewhere, unexported fields), it leaves as they are.
func rewrite(sh shape.Shape, swap func(reflect.Value) (reflect.Value, bool)) shape.Shape {
	if sh == nil {
		return nil
	}
	v, changed := rewriteValue(reflect.ValueOf(sh), swap)
	if !changed {
		return sh
	}
	if out, ok := v.Interface().(shape.Shape); ok {
		return out
	}
	return sh
}

func rewriteValue(v reflect.Value, swap func(reflect.Value) (reflect.Value, bool)) (reflect.Value, bool) {
	if v.Kind() != reflect.Interface {
		if out, ok := swap(v); ok {
			return out, true
		}
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		inner, changed := rewriteValue(v.Elem(), swap)
		if !changed {
			return v, false
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(inner)
		return out, true
	case reflect.Struct:
		if v.Type().PkgPath() != shapePkg {
			return v, false
		}
		var out reflect.Value
		for i := range v.NumField() {
			f, changed := rewriteValue(v.Field(i), swap)
			if !changed {
				continue
			}
			if !v.Type().Field(i).IsExported() {
				return v, false
			}
			if !out.IsValid() {
				out = reflect.New(v.Type()).Elem()
				out.Set(v)
			}
			out.Field(i).Set(f)
		}
		if !out.IsValid() {
			return v, false
		}
		return out, true
	case reflect.Slice:
		var out reflect.Value
		for i := range v.Len() {
			e, changed := rewriteValue(v.Index(i), swap)
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
				reflect.Copy(out, v)
			}
			out.Index(i).Set(e)
		}
		if !out.IsValid() {
			return v, false
		}
		return out, true
	case reflect.Map:
		var out reflect.Value
		for it := v.MapRange(); it.Next(); {
			e, changed := rewriteValue(it.Value(), swap)
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.MakeMapWithSize(v.Type(), v.Len())
				for all := v.MapRange(); all.Next(); {
					out.SetMapIndex(all.Key(), all.Value())
				}
			}
			out.SetMapIndex(it.Key(), e)
		}
		if !out.IsValid() {
			return v, false
		}
		return out, true
	}
	return v, false
}
