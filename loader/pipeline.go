package loader

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/read"
)

// ordered runs f over what comes in on in with n workers and sends the
// results out in input order. At most 2n results wait for their turn, so
// memory stays bounded however slow the consumer. Everything stops when
// ctx is done.
func ordered[T, U any](ctx context.Context, in <-chan T, n int, f func(T) U) <-chan U {
	type job struct {
		t   T
		out chan U
	}
	jobs := make(chan job)
	slots := make(chan chan U, 2*n)
	out := make(chan U)
	go func() {
		defer close(jobs)
		defer close(slots)
		for {
			var (
				t  T
				ok bool
			)
			select {
			case t, ok = <-in:
			case <-ctx.Done():
				return
			}
			if !ok {
				return
			}
			c := make(chan U, 1)
			select {
			case slots <- c:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{t, c}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range n {
		go func() {
			for j := range jobs {
				j.out <- f(j.t)
			}
		}()
	}
	go func() {
		defer close(out)
		for c := range slots {
			var u U
			select {
			case u = <-c:
			case <-ctx.Done():
				return
			}
			select {
			case out <- u:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// readDone is a file that has been read.
type readDone struct {
	index int
	f     file
	res   *read.Result
	err   error
}

// unit is what flows from reading to the writer, in input order: first a
// file's readDone, then each of its items.
type unit struct {
	file  *readDone
	index int // the file's index
	where string
	art   *kg.Article
	x     *kg.Extraction
	err   error
}

func readOne(i int, f file) readDone {
	var (
		res *read.Result
		err error
	)
	if f.fsys != nil {
		res, err = read.FS(f.fsys, f.path)
	} else {
		res, err = read.File(f.path)
	}
	return readDone{index: i, f: f, res: res, err: err}
}

// reason is the user-safe reason of err, without the "where: " prefix
// that read puts in front (Problem.Path says where).
func reason(where string, err error) string {
	msg := kg.ErrorMessage(err)
	return strings.TrimPrefix(msg, where+": ")
}

// pending is an extracted article waiting for its batch to be written.
type pending struct {
	path, where string
	x           *kg.Extraction
}

// run is the pipeline behind Load, LoadFS, Extract and ExtractFS; fn nil
// means write to the store.
func (l *Loader) run(ctx context.Context, ls *listing, fn func(Extracted) error) (*Summary, error) {
	s := &Summary{}
	files := ls.files
	// listed records the listing's problems that come before file i.
	listed := func(i int) {
		for len(ls.skipped) > 0 && ls.skipped[0].at <= i {
			s.FilesSkipped++
			s.Skipped = append(s.Skipped, ls.skipped[0].Problem)
			ls.skipped = ls.skipped[1:]
		}
		for len(ls.failed) > 0 && ls.failed[0].at <= i {
			p := ls.failed[0].Problem
			s.FilesFailed++
			s.Failures = append(s.Failures, p)
			l.log.Warn("file failed", "path", p.Path, "reason", p.Reason)
			ls.failed = ls.failed[1:]
		}
	}
	prog := Progress{FilesTotal: len(files)}
	for _, f := range files {
		prog.BytesTotal += f.size
	}
	progress := func() {
		if l.opts.Progress != nil {
			l.opts.Progress(prog)
		}
	}
	progress()

	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fileCh := make(chan int)
	go func() {
		defer close(fileCh)
		for i := range files {
			select {
			case fileCh <- i:
			case <-pctx.Done():
				return
			}
		}
	}()
	readCh := ordered(pctx, fileCh, l.opts.Workers, func(i int) readDone { return readOne(i, files[i]) })
	units := make(chan unit)
	go func() {
		defer close(units)
		send := func(u unit) bool {
			select {
			case units <- u:
				return true
			case <-pctx.Done():
				return false
			}
		}
		for rd := range readCh {
			rd := rd
			if !send(unit{file: &rd, index: rd.index}) {
				return
			}
			if rd.err != nil {
				continue
			}
			for _, it := range rd.res.Items {
				u := unit{index: rd.index, where: it.Where, err: it.Err}
				if it.Err == nil {
					a := it.Article
					u.art = &a
				}
				if !send(u) {
					return
				}
			}
		}
	}()
	extracted := ordered(pctx, units, l.opts.Workers, func(u unit) unit {
		if u.art != nil {
			u.x, u.err = l.extract(u.art)
		}
		return u
	})

	var (
		batch    []pending
		inBatch  = map[string]bool{}
		lastFile = -1 // index of the last file whose readDone was seen
		expect   int  // items of lastFile still to come
		stopErr  error
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := l.write(ctx, batch, s)
		prog.Written += len(batch)
		batch, inBatch = batch[:0], map[string]bool{}
		progress()
		return err
	}
loop:
	for ctx.Err() == nil {
		var (
			u  unit
			ok bool
		)
		select {
		case u, ok = <-extracted:
		case <-ctx.Done():
		}
		if !ok {
			break
		}
		if rd := u.file; rd != nil {
			listed(rd.index)
			lastFile, expect = rd.index, 0
			prog.FilesDone++
			prog.BytesDone += rd.f.size
			prog.Path = rd.f.path
			l.noteFile(rd, s)
			if rd.err == nil {
				expect = len(rd.res.Items)
			}
			progress()
			continue
		}
		expect--
		path := files[u.index].path
		if u.err != nil {
			s.Failed++
			p := Problem{Path: u.where, Reason: reason(u.where, u.err)}
			if u.art != nil {
				p.Article = u.art.ID
			}
			s.Failures = append(s.Failures, p)
			l.log.Warn("article failed", "where", p.Path, "reason", p.Reason, "err", u.err)
			continue
		}
		s.Articles++
		prog.Articles++
		if fn != nil {
			s.Evidence += evidence(u.x)
			if err := fn(Extracted{Path: path, Where: u.where, Extraction: u.x}); err != nil {
				stopErr = err
				break loop
			}
			continue
		}
		if inBatch[u.x.Article.ID] || len(batch) >= l.opts.BatchSize {
			// Two versions of one article never share a batch: the store
			// writes them in order, the later one winning.
			if err := flush(); err != nil {
				stopErr = err
				break loop
			}
		}
		batch = append(batch, pending{path: path, where: u.where, x: u.x})
		inBatch[u.x.Article.ID] = true
	}
	if stopErr == nil && ctx.Err() == nil {
		stopErr = flush()
	}
	listed(len(files)) // paths that failed at listing time are reported even when the load stopped
	if stopErr == nil && ctx.Err() != nil {
		stopErr = kg.Wrap(kg.EUNAVAILABLE, ctx.Err(), "the load was cancelled")
	}
	if stopErr == nil {
		l.log.Info("load done", "files", s.FilesRead, "articles", s.Articles, "created", s.Created, "updated", s.Updated, "failed", s.Failed)
		return s, nil
	}
	cancel()
	for _, p := range batch {
		s.NotWritten = append(s.NotWritten, Problem{Path: p.where, Article: p.x.Article.ID, Reason: "not written: the load stopped"})
	}
	next := lastFile + 1
	if expect > 0 && lastFile >= 0 {
		next = lastFile // some of its articles never came through
	}
	for _, f := range files[next:] {
		s.Unread = append(s.Unread, f.path)
	}
	var ke *kg.Error
	if !errors.As(stopErr, &ke) {
		stopErr = kg.Wrap(kg.EINTERNAL, stopErr, "the load stopped")
	}
	return s, stopErr
}

// noteFile records a file's outcome in the summary.
func (l *Loader) noteFile(rd *readDone, s *Summary) {
	s.Bytes += rd.f.size
	switch {
	case rd.err != nil && errors.Is(rd.err, read.ErrUnknownFormat):
		s.FilesSkipped++
		s.Skipped = append(s.Skipped, Problem{Path: rd.f.path, Reason: reason(rd.f.path, rd.err)})
		l.log.Debug("file skipped", "path", rd.f.path, "reason", kg.ErrorMessage(rd.err))
	case rd.err != nil:
		s.FilesFailed++
		s.Failures = append(s.Failures, Problem{Path: rd.f.path, Reason: reason(rd.f.path, rd.err)})
		l.log.Warn("file failed", "path", rd.f.path, "reason", kg.ErrorMessage(rd.err), "err", rd.err)
	case len(rd.res.Articles()) == 0:
		s.FilesFailed++ // every item is bad; each is listed as it comes
	default:
		s.FilesRead++
	}
}

// write writes one batch and records the results. The error is the
// store's whole-batch error; the batch's articles that the store did not
// acknowledge are then listed as not written.
func (l *Loader) write(ctx context.Context, batch []pending, s *Summary) error {
	xs := make([]*kg.Extraction, len(batch))
	for i, p := range batch {
		xs[i] = p.x
	}
	res, err := l.w.Write(ctx, xs)
	byID := make(map[string]*kg.WriteResult, len(res))
	for i := range res {
		byID[res[i].ArticleID] = &res[i]
	}
	for _, p := range batch {
		id := p.x.Article.ID
		r := byID[id]
		switch {
		case r != nil && written(r.Status):
			switch r.Status {
			case kg.Created:
				s.Created++
			case kg.Updated:
				s.Updated++
			case kg.Unchanged:
				s.Unchanged++
			}
			s.EntitiesAdded += r.EntitiesAdded
			s.RelationshipsAdded += r.RelationshipsAdded
			if r.Status != kg.Unchanged {
				s.Evidence += evidence(p.x)
			}
		case r != nil && r.Status == kg.Failed && err == nil:
			s.Failed++
			why := "the store refused it"
			if r.Err != nil {
				why = kg.ErrorMessage(r.Err)
			}
			s.Failures = append(s.Failures, Problem{Path: p.where, Article: id, Reason: why})
			l.log.Warn("article not stored", "where", p.where, "article", id, "reason", why, "err", r.Err)
		case err != nil:
			s.NotWritten = append(s.NotWritten, Problem{Path: p.where, Article: id, Reason: "not written: " + kg.ErrorMessage(storeError(err))})
		default:
			s.Failed++
			s.Failures = append(s.Failures, Problem{Path: p.where, Article: id, Reason: "the store did not report on it"})
		}
	}
	if err != nil {
		l.log.Error("store write failed; load stopped", "err", err)
		se := storeError(err)
		return &kg.Error{
			Code:    kg.ErrorCode(se),
			Message: fmt.Sprintf("the store failed a batch (%s); the load stopped", kg.ErrorMessage(se)),
			Err:     err,
		}
	}
	return nil
}

func evidence(x *kg.Extraction) int {
	n := 0
	for _, r := range x.Relationships {
		n += len(r.Evidence)
	}
	return n
}
