package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/schema"
)

// The CSV tables: UTF-8, a header row, RFC 4180 quoting (encoding/csv), ids
// as the API gives them, dates in ISO 8601 at the precision a source gives
// (2025, 2025-08, 2025-08-20), several values in one cell joined by "; ".
// pandas.read_csv reads each as it is.
const (
	TablePeople        = "people"
	TableTenures       = "tenures"
	TableUnits         = "units"
	TableDocuments     = "documents"
	TableDocumentLinks = "document_links"
	TableMentions      = "mentions"
)

// A table is one CSV file: its columns, the kinds of node its rows come from,
// and how a page of those nodes becomes rows.
type table struct {
	name   string
	header []string
	kinds  []schema.Kind
	rows   func(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error
}

// Tables lists the CSV tables, in the order a zip or a folder holds them.
func Tables() []string {
	var out []string
	for _, t := range tables() {
		out = append(out, t.name)
	}
	return out
}

func tables() []table {
	entities := []schema.Kind{schema.Person, schema.Unit, schema.Position, schema.Congress, schema.Event, schema.Document}
	return []table{
		{TablePeople, []string{"id", "name", "aliases", "roles"}, []schema.Kind{schema.Person}, peopleRows},
		{TableTenures, []string{"id", "person_id", "person", "position_id", "title", "unit_id", "first_seen", "last_seen", "start", "end"}, []schema.Kind{schema.Person}, tenureRows},
		{TableUnits, []string{"id", "name", "aliases", "kind", "parent_id", "founded", "party_members", "base_organisations"}, []schema.Kind{schema.Unit}, unitRows},
		{TableDocuments, []string{"id", "name", "kind", "code", "number", "issued", "issuer_id", "subject"}, []schema.Kind{schema.Document}, documentRows},
		{TableDocumentLinks, []string{"id", "from_id", "to_id", "relation", "article_ids", "quote"}, []schema.Kind{schema.Document}, linkRows},
		{TableMentions, []string{"entity_id", "entity_kind", "article_id", "start", "end", "quote"}, entities, mentionRows},
	}
}

func tableNamed(name string) (table, error) {
	for _, t := range tables() {
		if t.name == name {
			return t, nil
		}
	}
	return table{}, fmt.Errorf("unknown table %q (tables: %s)", name, strings.Join(Tables(), ", "))
}

// WriteCSV writes one table of src to w; it returns the number of rows.
func WriteCSV(ctx context.Context, src Source, name string, w io.Writer) (int, error) {
	t, err := tableNamed(name)
	if err != nil {
		return 0, err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return 0, fmt.Errorf("export %s: %w", name, err)
	}
	n := 0
	emit := func(row ...string) error {
		n++
		return cw.Write(row)
	}
	g := src.Graph()
	err = pages(ctx, src, t.kinds, func(_ []*Node, objs []kg.Node) error {
		if err := t.rows(ctx, g, objs, emit); err != nil {
			return err
		}
		cw.Flush() // a page at a time: the table is never held whole
		return cw.Error()
	})
	if err != nil {
		return n, fmt.Errorf("export %s: %w", name, err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, fmt.Errorf("export %s: %w", name, err)
	}
	return n, nil
}

// WriteCSVZip writes every table of src into a zip, one file a table
// (people.csv...), and returns the rows of each.
func WriteCSVZip(ctx context.Context, src Source, w io.Writer) (map[string]int, error) {
	zw := zip.NewWriter(w)
	rows := map[string]int{}
	for _, name := range Tables() {
		f, err := zw.Create(name + ".csv")
		if err != nil {
			return rows, fmt.Errorf("export: %w", err)
		}
		if rows[name], err = WriteCSV(ctx, src, name, f); err != nil {
			return rows, err
		}
	}
	if err := zw.Close(); err != nil {
		return rows, fmt.Errorf("export: %w", err)
	}
	return rows, nil
}

// WriteCSVDir writes every table of src into dir (made if missing), one file
// a table, each written beside its place and renamed into it, so that a
// failed export never leaves a truncated table where a good one was.
func WriteCSVDir(ctx context.Context, src Source, dir string) (map[string]int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	rows := map[string]int{}
	for _, name := range Tables() {
		n, err := WriteFile(filepath.Join(dir, name+".csv"), func(w io.Writer) (int, error) {
			return WriteCSV(ctx, src, name, w)
		})
		rows[name] = n
		if err != nil {
			return rows, err
		}
	}
	return rows, nil
}

// WriteFile writes path through write into a temporary file beside it and
// renames it into place once write has succeeded.
func WriteFile(path string, write func(io.Writer) (int, error)) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	n, err := write(tmp)
	if err != nil {
		tmp.Close()
		return n, err
	}
	if err := tmp.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

func iso(d *date.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func optStr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func optInt(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func peopleRows(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error {
	for _, n := range nodes {
		p, ok := n.(*kg.Person)
		if !ok {
			continue
		}
		name, err := g.Name(ctx, p)
		if err != nil {
			return err
		}
		aliases, err := g.Aliases(ctx, p)
		if err != nil {
			return err
		}
		roles, err := g.Roles(ctx, p)
		if err != nil {
			return err
		}
		rs := make([]string, len(roles))
		for i, r := range roles {
			rs[i] = string(r)
		}
		if err := emit(p.ID, name, strings.Join(aliases, "; "), strings.Join(rs, "; ")); err != nil {
			return err
		}
	}
	return nil
}

func tenureRows(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error {
	for _, n := range nodes {
		p, ok := n.(*kg.Person)
		if !ok {
			continue
		}
		name, err := g.Name(ctx, p)
		if err != nil {
			return err
		}
		ts, err := g.PersonTenures(ctx, p, nil)
		if err != nil {
			return err
		}
		for _, t := range ts {
			title, err := g.PositionTitle(ctx, t.Position)
			if err != nil {
				return err
			}
			u, err := g.PositionUnit(ctx, t.Position)
			if err != nil {
				return err
			}
			unit := ""
			if u != nil {
				unit = u.ID
			}
			err = emit(t.ID, p.ID, name, t.Position.ID, title, unit,
				t.FirstSeen.String(), t.LastSeen.String(), iso(t.Start), iso(t.End))
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func unitRows(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error {
	for _, n := range nodes {
		u, ok := n.(*kg.Unit)
		if !ok {
			continue
		}
		name, err := g.Name(ctx, u)
		if err != nil {
			return err
		}
		aliases, err := g.Aliases(ctx, u)
		if err != nil {
			return err
		}
		kind, err := g.UnitKind(ctx, u)
		if err != nil {
			return err
		}
		parent, err := g.UnitParent(ctx, u)
		if err != nil {
			return err
		}
		parentID := ""
		if parent != nil {
			parentID = parent.ID
		}
		founded, err := g.UnitFounded(ctx, u)
		if err != nil {
			return err
		}
		members, err := g.UnitPartyMembers(ctx, u)
		if err != nil {
			return err
		}
		bases, err := g.UnitBaseOrganisations(ctx, u)
		if err != nil {
			return err
		}
		err = emit(u.ID, name, strings.Join(aliases, "; "), optStr(kind), parentID, iso(founded), optInt(members), optInt(bases))
		if err != nil {
			return err
		}
	}
	return nil
}

func documentRows(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error {
	for _, n := range nodes {
		d, ok := n.(*kg.Document)
		if !ok {
			continue
		}
		name, err := g.Name(ctx, d)
		if err != nil {
			return err
		}
		kind, err := g.DocumentKind(ctx, d)
		if err != nil {
			return err
		}
		code, err := g.DocumentCode(ctx, d)
		if err != nil {
			return err
		}
		number, err := g.DocumentNumber(ctx, d)
		if err != nil {
			return err
		}
		issued, err := g.DocumentIssued(ctx, d)
		if err != nil {
			return err
		}
		issuer, err := g.DocumentIssuer(ctx, d)
		if err != nil {
			return err
		}
		issuerID := ""
		if issuer != nil {
			issuerID = issuer.ID
		}
		subject, err := g.DocumentSubject(ctx, d)
		if err != nil {
			return err
		}
		if err := emit(d.ID, name, string(kind), optStr(code), optStr(number), iso(issued), issuerID, optStr(subject)); err != nil {
			return err
		}
	}
	return nil
}

// linkRows are the links that leave the documents: each link leaves one
// document, so each is one row.
func linkRows(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error {
	for _, n := range nodes {
		d, ok := n.(*kg.Document)
		if !ok {
			continue
		}
		ls, err := g.References(ctx, d)
		if err != nil {
			return err
		}
		for _, l := range ls {
			var arts []string
			quote := ""
			for _, m := range l.Evidence {
				a, err := g.MentionArticle(ctx, m)
				if err != nil {
					return err
				}
				if a != nil && !slices.Contains(arts, a.ID) {
					arts = append(arts, a.ID)
				}
				if quote == "" {
					if quote, err = g.MentionQuote(ctx, m); err != nil {
						return err
					}
				}
			}
			if err := emit(l.ID, l.From.ID, l.To.ID, l.Relation, strings.Join(arts, "; "), quote); err != nil {
				return err
			}
		}
	}
	return nil
}

// mentionRows are every sentence that mentions each entity, newest article
// first, as the API lists them.
func mentionRows(ctx context.Context, g *kg.Graph, nodes []kg.Node, emit func(...string) error) error {
	first := kg.MaxFirst
	for _, n := range nodes {
		e, ok := n.(kg.Entity)
		if !ok {
			continue
		}
		id := kg.NodeID(e)
		var after *string
		for {
			conn, err := g.Mentions(ctx, e, &first, after)
			if err != nil {
				return err
			}
			for _, me := range conn.Edges {
				m := me.Node
				a, err := g.MentionArticle(ctx, m)
				if err != nil {
					return err
				}
				art := ""
				if a != nil {
					art = a.ID
				}
				start, err := g.MentionStart(ctx, m)
				if err != nil {
					return err
				}
				end, err := g.MentionEnd(ctx, m)
				if err != nil {
					return err
				}
				quote, err := g.MentionQuote(ctx, m)
				if err != nil {
					return err
				}
				if err := emit(id, string(e.Kind()), art, strconv.Itoa(start), strconv.Itoa(end), quote); err != nil {
					return err
				}
			}
			if !conn.PageInfo.HasNextPage || conn.PageInfo.EndCursor == nil {
				break
			}
			after = conn.PageInfo.EndCursor
		}
	}
	return nil
}
