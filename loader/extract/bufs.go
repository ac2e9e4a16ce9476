package extract

// runBufs are what Extract calls reuse: buffers each sentence refills,
// and chunks that candidates, entity records and argument lists are
// carved from, so that the rules allocate nothing per sentence and next
// to nothing per object. They live in the pooled scratch, so one Extract
// call at a time owns them; nothing in an Extraction points into them
// (it copies names, figures and evidence out of the records).
type runBufs struct {
	// per sentence, reused by the next one
	trig    []hit
	anchors []anchor
	groups  []group
	grpIdx  []int
	grpAt   []int // the run's token → group map (run.grpBuf)
	cands   []*relCand
	mask    []bool
	// per article
	ents     []*entRec
	allCands []*relCand
	ms       []mention
	lastOrgs []int
	kept     []relCand // output's merged candidates
	// maps, emptied for each article (clear keeps their room)
	byID    map[string]int
	counts  map[int]int
	strSet  map[string]bool
	pairSet map[[2]int]bool
	sentOf  []int
	inMent  []bool
	sentLex [][2]int
	// gazetteer entry → 1 + the article's entity index (0: none yet);
	// gazSet lists the entries to clear for the next article
	gazIx  []int32
	gazSet []int32
	// chunks: what newCand, newEnt and ints hand out stays valid until
	// the next article (reset)
	candChunks chunks[relCand]
	entChunks  chunks[entRec]
	intChunk   []int
}

// reset readies the buffers for a new article of an extractor with nGaz
// gazetteer entries.
func (b *runBufs) reset(nGaz int) {
	for _, gi := range b.gazSet {
		b.gazIx[gi] = 0
	}
	b.gazSet = b.gazSet[:0]
	if len(b.gazIx) < nGaz {
		b.gazIx = make([]int32, nGaz)
	}
	if b.byID == nil {
		b.byID, b.counts = make(map[string]int, 32), make(map[int]int, 32)
	}
	clear(b.byID)
	clear(b.counts)
	b.candChunks.reset()
	b.entChunks.reset()
	b.intChunk = b.intChunk[:0]
}

// gazEntity returns the article's entity for gazetteer entry gi, or -1.
func (b *runBufs) gazEntity(gi int32) int { return int(b.gazIx[gi]) - 1 }

// setGazEntity records that gazetteer entry gi is the article's entity i.
func (b *runBufs) setGazEntity(gi int32, i int) {
	b.gazIx[gi] = int32(i) + 1
	b.gazSet = append(b.gazSet, gi)
}

// emptyStrSet returns the article's string set, emptied.
func (b *runBufs) emptyStrSet() map[string]bool {
	if b.strSet == nil {
		b.strSet = make(map[string]bool, 32)
	}
	clear(b.strSet)
	return b.strSet
}

// emptyPairSet returns the article's pair set, emptied.
func (b *runBufs) emptyPairSet() map[[2]int]bool {
	if b.pairSet == nil {
		b.pairSet = make(map[[2]int]bool, 32)
	}
	clear(b.pairSet)
	return b.pairSet
}

// newCand returns a relation candidate to fill: the caller assigns the
// whole struct (it may hold a previous article's values).
func (b *runBufs) newCand() *relCand { return b.candChunks.next() }

// newEnt returns an entity record to fill: the caller assigns the whole
// struct (it may hold a previous article's values).
func (b *runBufs) newEnt() *entRec { return b.entChunks.next() }

// ints returns an empty int slice with room for exactly n (as
// make([]int, 0, n) does: appending beyond n copies, it never writes
// into a neighbour's room).
func (b *runBufs) ints(n int) []int {
	if n > 32 {
		return make([]int, 0, n)
	}
	if cap(b.intChunk)-len(b.intChunk) < n {
		// the full chunk stays with the slices handed out of it
		b.intChunk = make([]int, 0, 512)
	}
	lo := len(b.intChunk)
	b.intChunk = b.intChunk[:lo+n]
	return b.intChunk[lo : lo : lo+n]
}

// intsN returns the buffer *p grown to length n; its contents are stale:
// the caller writes every element.
func intsN(p *[]int, n int) []int {
	if cap(*p) < n {
		*p = make([]int, n+32)
	}
	return (*p)[:n]
}

// boolsN returns the buffer *p grown to length n, all false.
func boolsN(p *[]bool, n int) []bool {
	if cap(*p) < n {
		*p = make([]bool, n+64)
	}
	s := (*p)[:n]
	clear(s)
	return s
}

// chunks hands out pointers to elements of a few large slices, reused
// from article to article.
type chunks[T any] struct {
	bufs [][]T
	i    int // the chunk being filled
}

func (c *chunks[T]) next() *T {
	for c.i < len(c.bufs) {
		b := c.bufs[c.i]
		if len(b) < cap(b) {
			c.bufs[c.i] = b[:len(b)+1]
			return &c.bufs[c.i][len(b)]
		}
		c.i++
	}
	c.bufs = append(c.bufs, make([]T, 1, 32))
	return &c.bufs[c.i][0]
}

func (c *chunks[T]) reset() {
	for k := range c.bufs {
		c.bufs[k] = c.bufs[k][:0]
	}
	c.i = 0
}
