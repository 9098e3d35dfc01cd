// Package read finds and reads articles: the loader's first stage, and with
// write the only one that touches I/O.
//
// A .txt file is one article. A .jsonl file holds one article per line, a JSON
// object:
//
//	{"text": "...", "url": "https://...", "title": "...", "published": "2025-08-20"}
//
// where text is required and the others optional. Folders are read
// recursively, their entries in name order so that loads are deterministic;
// in a folder only .txt and .jsonl files are articles, while a file named
// explicitly is read as .txt whatever its extension.
//
// Articles are yielded one at a time, so a corpus of any size is never held
// in memory. Input that cannot be an article (a missing or unreadable path,
// invalid UTF-8, a binary or empty file, a file too large, a bad JSON line)
// is yielded as a *Problem naming the file, and the line for .jsonl, and what
// is wrong; reading goes on with the next.
package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/model"
)

// DefaultLimit is the largest article read, in bytes of text. The longest
// news articles run to a few hundred kilobytes; a file beyond this is not an
// article but a dump, a book or a mistake, and reading it whole would cost
// memory for nothing.
const DefaultLimit = 5 << 20

// Problem is input that cannot be read as an article.
type Problem struct {
	Source string // the file, as named or joined from its folder
	Line   int    // the line of a .jsonl file, from 1; 0 for a whole file
	Msg    string
}

func (p *Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Source, p.Line, p.Msg)
	}
	return p.Source + ": " + p.Msg
}

// Options tunes reading.
type Options struct {
	// Limit is the largest article in bytes; 0 means DefaultLimit.
	Limit int64
	// Skipped, if set, hears of each folder entry that is not read and why:
	// files that are not .txt or .jsonl, hidden entries, links to folders.
	Skipped func(path, why string)
}

func (o Options) limit() int64 {
	if o.Limit > 0 {
		return o.Limit
	}
	return DefaultLimit
}

// Paths yields the articles in the files and folders paths name, on the
// operating system's file system, with Source the path as given or joined
// from its folder. Each step yields an article or, as a *Problem, why one
// could not be read.
func Paths(paths []string, opt Options) iter.Seq2[model.Raw, error] {
	return walk(osFS{}, paths, opt)
}

// FS is Paths on fsys, with paths in fsys's slash-separated form ("." for
// its root).
func FS(fsys fs.FS, paths []string, opt Options) iter.Seq2[model.Raw, error] {
	return walk(ioFS{fsys}, paths, opt)
}

// files is what reading needs of a file system; paths are in its own form.
type files interface {
	Stat(name string) (fs.FileInfo, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	Open(name string) (fs.File, error)
	Join(dir, name string) string
}

type osFS struct{}

func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) Open(name string) (fs.File, error)          { return os.Open(name) }
func (osFS) Join(dir, name string) string               { return filepath.Join(dir, name) }

type ioFS struct{ fsys fs.FS }

func (f ioFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(f.fsys, name) }
func (f ioFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.fsys, name) }
func (f ioFS) Open(name string) (fs.File, error)          { return f.fsys.Open(name) }
func (ioFS) Join(dir, name string) string                 { return path.Join(dir, name) }

func walk(fsys files, paths []string, opt Options) iter.Seq2[model.Raw, error] {
	return func(yield func(model.Raw, error) bool) {
		r := reader{fsys: fsys, opt: opt, yield: yield}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

type reader struct {
	fsys  files
	opt   Options
	yield func(model.Raw, error) bool
}

// problem yields a problem; like every step it reports whether to go on.
func (r *reader) problem(source string, line int, format string, a ...any) bool {
	return r.yield(model.Raw{}, &Problem{Source: source, Line: line, Msg: fmt.Sprintf(format, a...)})
}

func (r *reader) skipped(p, why string) {
	if r.opt.Skipped != nil {
		r.opt.Skipped(p, why)
	}
}

// path reads a path named by the caller: a file of any extension, or a folder.
func (r *reader) path(p string) bool {
	info, err := r.fsys.Stat(p)
	if err != nil {
		return r.problem(p, 0, "%s", describe(err))
	}
	if info.IsDir() {
		return r.dir(p, rootName(p))
	}
	if !info.Mode().IsRegular() {
		return r.problem(p, 0, "not a regular file (%s)", info.Mode().Type())
	}
	if isJSONL(p) {
		return r.jsonl(p, rootName(p))
	}
	return r.txt(p, rootName(p), info.Size())
}

// rootName is the model.Raw.Name of what is read under a path the caller
// named: relative to that path's folder, so that a corpus keeps its name
// from machine to machine and the API never shows where a server keeps its
// files ("/srv/news/corpus" names its files "corpus/a.txt", "corpus/a.txt"
// is "a.txt", "." names them "a.txt").
func rootName(p string) string {
	base := path.Base(filepath.ToSlash(filepath.Clean(p)))
	if base == "." || base == "/" || base == ".." {
		return ""
	}
	return base
}

func (r *reader) dir(d, name string) bool {
	entries, err := r.fsys.ReadDir(d)
	if err != nil {
		return r.problem(d, 0, "cannot read folder: %s", describe(err))
	}
	// ReadDir sorts by name, which makes the order of a load deterministic.
	for _, e := range entries {
		if !r.entry(r.fsys.Join(d, e.Name()), path.Join(name, e.Name()), e) {
			return false
		}
	}
	return true
}

// entry reads what a folder holds: folders, and .txt and .jsonl files.
func (r *reader) entry(p, name string, e fs.DirEntry) bool {
	if strings.HasPrefix(e.Name(), ".") {
		r.skipped(p, "hidden")
		return true
	}
	info, err := r.fsys.Stat(p) // follows links
	if err != nil {
		return r.problem(p, 0, "%s", describe(err))
	}
	switch {
	case info.IsDir() && e.Type()&fs.ModeSymlink != 0:
		// A link back up the tree would loop forever.
		r.skipped(p, "a link to a folder (name the folder itself to read it)")
		return true
	case info.IsDir():
		return r.dir(p, name)
	case !isTXT(p) && !isJSONL(p):
		r.skipped(p, "not .txt or .jsonl")
		return true
	case !info.Mode().IsRegular():
		r.skipped(p, "not a regular file")
		return true
	case isJSONL(p):
		return r.jsonl(p, name)
	}
	return r.txt(p, name, info.Size())
}

func isTXT(p string) bool   { return strings.EqualFold(path.Ext(filepath.ToSlash(p)), ".txt") }
func isJSONL(p string) bool { return strings.EqualFold(path.Ext(filepath.ToSlash(p)), ".jsonl") }

func (r *reader) txt(p, name string, size int64) bool {
	if limit := r.opt.limit(); size > limit {
		return r.problem(p, 0, "too large: %s, the limit for one article is %s", size1(size), mb(limit))
	}
	f, err := r.fsys.Open(p)
	if err != nil {
		return r.problem(p, 0, "cannot read: %s", describe(err))
	}
	// Read one byte past the limit in case the file grew since Stat.
	b, err := io.ReadAll(io.LimitReader(f, r.opt.limit()+1))
	f.Close()
	if err != nil {
		return r.problem(p, 0, "cannot read: %s", describe(err))
	}
	if int64(len(b)) > r.opt.limit() {
		return r.problem(p, 0, "too large: more than %s, the limit for one article", mb(r.opt.limit()))
	}
	text, msg := checkText(b)
	if msg != "" {
		return r.problem(p, 0, "%s", msg)
	}
	return r.yield(model.Raw{Source: p, Name: name, Text: text}, nil)
}

// record is a line of a .jsonl file.
type record struct {
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
}

func (r *reader) jsonl(p, name string) bool {
	f, err := r.fsys.Open(p)
	if err != nil {
		return r.problem(p, 0, "cannot read: %s", describe(err))
	}
	defer f.Close()
	// A line holds an article's text escaped as JSON, which \u escapes can
	// make six times longer than the text; allow for that, and no more.
	maxLine := 6*r.opt.limit() + 64<<10
	br := bufio.NewReaderSize(f, 64<<10)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxLine)
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return r.problem(p, n, "cannot read: %s", describe(err))
		}
		if eof && len(line) == 0 && !tooLong {
			return true
		}
		ok := true
		switch {
		case tooLong:
			ok = r.problem(p, n, "too large: the line is longer than %s", size1(maxLine))
		case len(bytes.TrimSpace(line)) == 0:
			// Blank lines separate nothing, but are common at the end.
		default:
			ok = r.record(p, name, n, line)
		}
		if !ok || eof {
			return ok
		}
	}
}

// readLine reads a line without its end. Past max bytes it discards the rest
// of the line and reports it too long. err is io.EOF with the file's last
// line, or with nothing after the last line.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, tooLong, err
	}
}

func (r *reader) record(p, name string, n int, line []byte) bool {
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	if i := invalidUTF8(line); i >= 0 {
		return r.problem(p, n, "invalid UTF-8 at byte offset %d of the line", i)
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return r.problem(p, n, "bad JSON: %s", jsonError(err))
	}
	if dec.More() {
		return r.problem(p, n, "bad JSON: more than one value on the line (one article per line)")
	}
	loc := p + ":" + strconv.Itoa(n)
	if rec.Text == nil {
		return r.problem(p, n, `no "text" field`)
	}
	if int64(len(*rec.Text)) > r.opt.limit() {
		return r.problem(p, n, "too large: the text is %s, the limit for one article is %s", size1(int64(len(*rec.Text))), mb(r.opt.limit()))
	}
	text, msg := checkText([]byte(*rec.Text))
	if msg != "" {
		return r.problem(p, n, `"text": %s`, msg)
	}
	raw := model.Raw{Source: loc, Name: name + ":" + strconv.Itoa(n), Title: strings.TrimSpace(rec.Title), Published: strings.TrimSpace(rec.Published), Text: text}
	if u := strings.TrimSpace(rec.URL); u != "" {
		raw.Source, raw.Origin, raw.Name = u, loc, u
	}
	return r.yield(raw, nil)
}

// jsonError says what is wrong with a JSON line in a reader's words.
func jsonError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("%s (at byte offset %d of the line)", syn.Error(), syn.Offset)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("%q must be a %s, not a %s", typ.Field, jsonKind(typ.Type.Kind().String()), typ.Value)
		}
		return fmt.Sprintf("a line must be a JSON object, not %s", article(typ.Value))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the object is not closed"
	}
	return err.Error()
}

// article puts "a" or "an" before a JSON type's name.
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string", "ptr":
		return "string"
	case "struct":
		return "object"
	}
	return goKind
}

// checkText turns a file's bytes into an article's text, or says why they
// cannot be one.
func checkText(b []byte) (string, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "", "UTF-16 text; save it as UTF-8"
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Sprintf("binary, not text (a NUL byte at byte offset %d)", i)
	}
	if i := invalidUTF8(b); i >= 0 {
		if looksBinary(b) {
			return "", "binary, not text"
		}
		// Vietnamese text in a legacy encoding (TCVN3, VNI, Windows-1258)
		// fails here too.
		return "", fmt.Sprintf("invalid UTF-8 at byte offset %d (byte 0x%02X); is it in another encoding? Save it as UTF-8", i, b[i])
	}
	if looksBinary(b) {
		return "", "binary, not text (mostly control characters)"
	}
	if len(bytes.TrimSpace(b)) == 0 {
		if len(b) == 0 {
			return "", "empty file"
		}
		return "", "empty: only whitespace"
	}
	return string(b), ""
}

// invalidUTF8 is the byte offset of the first invalid UTF-8 sequence in b, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// looksBinary reports whether the start of b is mostly not text: bytes that
// are not valid UTF-8, or control characters other than the whitespace ones.
func looksBinary(b []byte) bool {
	const sample = 8 << 10
	if len(b) > sample {
		b = b[:sample]
	}
	bad, total := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		i += size
		total++
		if r == utf8.RuneError && size <= 1 && len(b)-i >= utf8.UTFMax {
			bad++
		} else if unicode.IsControl(r) && !strings.ContainsRune("\t\n\v\f\r\u0085", r) {
			bad++
		}
	}
	return total > 0 && bad*10 > total*3
}

// describe says what an I/O error means, without repeating the path that the
// problem already names.
func describe(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// size1 prints a size to a tenth of its unit: "50.0 MB", "6.8 KB".
func size1(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// mb prints a limit in megabytes: "5 MB", or to a tenth if it is not whole.
func mb(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return size1(n)
}
