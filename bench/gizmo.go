package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// gizmo loads the exported quads into Cayley (its bolt store, as ours) and
// asks its Gizmo endpoint the holders and person questions of the point
// mix, at each number of clients.
func gizmo(ctx context.Context, c Config, nq string, qs *questions, rep *Report) error {
	dir := filepath.Join(c.Dir, "cayley.db")
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	c.logf("loading the same quads into Cayley: cayley load -d bolt")
	p, err := runProc(ctx, c.Log, c.Cayley, "load", "-d", "bolt", "-a", dir, "--init", "-i", nq)
	if err != nil {
		return fmt.Errorf("bench: cayley load: %w", err)
	}
	rep.CayleyLoad = &p
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, c.Cayley, "http", "-d", "bolt", "-a", dir, "--host", addr)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("bench: cayley http: %w", err)
	}
	srv := &server{cmd: cmd, base: "http://" + addr + "/"}
	defer srv.stop()
	url := srv.base + "api/v1/query/gizmo"
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			return fmt.Errorf("bench: cayley http did not answer within 5 minutes")
		}
		resp, err := http.Post(url, "text/plain", strings.NewReader(`g.V("x").All()`))
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			rep.CayleyStart = time.Since(start)
			break
		}
	}
	mix := gizmoMix(qs)
	for _, n := range c.Clients {
		c.logf("Gizmo, %d clients, %d requests", n, c.Requests)
		r := drive(ctx, n, c.Requests, mix, url)
		r.Mix = "gizmo"
		rep.Gizmo = append(rep.Gizmo, r)
	}
	return nil
}

// gizmoMix are the holders and person questions as Gizmo asks them of the
// same quads: the unit by its name, its posts of that title, their tenures
// with holder and sightings (the date is then a client's filter); a person
// with name, tenures, their posts' names and sightings. Unique after each
// hop: every article that states a fact stores its own quad of it, and
// without it Gizmo follows each copy (measured on 100 articles: a holders
// question 0.85 s without, 10–100 ms with).
func gizmoMix(qs *questions) []question {
	iri := func(p quad.IRI) string { return js("<" + string(p) + ">") }
	var out []question
	n := max(len(qs.posts), len(qs.people))
	for i := range n {
		if i < len(qs.posts) {
			p := qs.posts[i]
			q := fmt.Sprintf(`g.V(%s).In(%s).Unique().In(%s).Unique().Has(%s, %s).In(%s).Unique().Tag("tenure").Out(%s).Unique().Tag("person").Out(%s).Tag("name").Back("tenure").In(%s).Unique().Out(%s).Tag("seen").All()`,
				js(p.unit), iri(schema.Name), iri(schema.InUnit), iri(schema.PostTitle), js(p.title), iri(schema.PositionOf),
				iri(schema.PersonOf), iri(schema.Name), iri(schema.Observes), iri(schema.Seen))
			out = append(out, question{kind: "holdersAt", body: []byte(q)})
		}
		if i < len(qs.people) {
			p := qs.people[i]
			q := fmt.Sprintf(`g.V(%s).Tag("p").Out(%s).Tag("name").Back("p").In(%s).Unique().Tag("tenure").Out(%s).Unique().Out(%s).Tag("position").Back("tenure").In(%s).Unique().Out(%s).Tag("seen").All()`,
				iri(schema.IRI(p.ID)), iri(schema.Name), iri(schema.PersonOf), iri(schema.PositionOf), iri(schema.Name), iri(schema.Observes), iri(schema.Seen))
			out = append(out, question{kind: "person", body: []byte(q)})
		}
	}
	return out
}

// js is s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
