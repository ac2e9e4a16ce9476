package extract

// runBufs are what one Extract call reuses from sentence to sentence, and
// the chunks it carves its small objects from, so that the rules allocate
// once per article what they would otherwise allocate once per sentence
// or once per object. Nothing here outlives the call: the extraction
// copies what it keeps (names, figures, evidence), and no candidate,
// entity record or argument list of one article is reachable from the
// next.
type runBufs struct {
	// per sentence, reused by the next one
	trig    []hit
	anchors []anchor
	groups  []group
	grpIdx  []int
	cands   []*relCand
	mask    []bool
	// chunks, never reused: each object carved from them lives as long as
	// a separately allocated one would
	candChunk []relCand
	entChunk  []entRec
	intChunk  []int
}

// newCand returns a zeroed relation candidate.
func (b *runBufs) newCand() *relCand {
	if len(b.candChunk) == cap(b.candChunk) {
		b.candChunk = make([]relCand, 0, 16)
	}
	b.candChunk = b.candChunk[:len(b.candChunk)+1]
	return &b.candChunk[len(b.candChunk)-1]
}

// newEnt returns a zeroed entity record.
func (b *runBufs) newEnt() *entRec {
	if len(b.entChunk) == cap(b.entChunk) {
		b.entChunk = make([]entRec, 0, 16)
	}
	b.entChunk = b.entChunk[:len(b.entChunk)+1]
	return &b.entChunk[len(b.entChunk)-1]
}

// ints returns an empty int slice with room for exactly n (as
// make([]int, 0, n) does: appending beyond n copies, it never writes
// into a neighbour's room).
func (b *runBufs) ints(n int) []int {
	if n > 32 {
		return make([]int, 0, n)
	}
	if cap(b.intChunk)-len(b.intChunk) < n {
		b.intChunk = make([]int, 0, 256)
	}
	lo := len(b.intChunk)
	b.intChunk = b.intChunk[:lo+n]
	return b.intChunk[lo : lo : lo+n]
}

// intsN returns b's per-sentence int buffer *p grown to length n; its
// contents are stale: the caller writes every element.
func intsN(p *[]int, n int) []int {
	if cap(*p) < n {
		*p = make([]int, n+32)
	}
	return (*p)[:n]
}
