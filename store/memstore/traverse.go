package memstore

import (
	"context"
	"sort"

	"github.com/aikg/aikg/kg"
)

// pathBudget bounds the steps one Paths search may take, so that a dense
// graph cannot pin a core; the paths found within it are returned.
const pathBudget = 2_000_000

func checkGraphFilter(f *kg.GraphFilter) (int, error) {
	if err := checkTypes(f.Types); err != nil {
		return 0, err
	}
	if f.Limit < 0 || f.Limit > kg.MaxGraphLimit {
		return 0, kg.Errorf(kg.EINVALID, "limit must be between 1 and %d, got %d", kg.MaxGraphLimit, f.Limit)
	}
	if f.Limit == 0 {
		return kg.DefaultGraphLimit, nil
	}
	return f.Limit, nil
}

func edgeOK(r *kg.Relationship, f *kg.GraphFilter, types map[kg.RelationType]bool) bool {
	return (types == nil || types[r.Type]) && dateIn(r.Date, f.Since, f.Until) && r.Confidence >= f.MinConfidence
}

// edgesAmong returns the relationships among nodes that pass the filter,
// by id.
func (g *graph) edgesAmong(nodes []string, f *kg.GraphFilter, types map[kg.RelationType]bool) []*kg.Relationship {
	in := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		in[n] = true
	}
	seen := map[string]bool{}
	var out []*kg.Relationship
	for _, n := range nodes {
		for rid := range g.adj[n] {
			r := g.rels[rid]
			if seen[rid] || !in[r.SourceID] || !in[r.TargetID] || !edgeOK(r, f, types) {
				continue
			}
			seen[rid] = true
			out = append(out, cloneRel(r))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (g *graph) graphOf(nodes []string, f *kg.GraphFilter, types map[kg.RelationType]bool) *kg.Graph {
	out := &kg.Graph{Nodes: make([]*kg.Entity, len(nodes)), Edges: g.edgesAmong(nodes, f, types)}
	for i, id := range nodes {
		out.Nodes[i] = cloneEntity(g.ents[id])
	}
	if out.Edges == nil {
		out.Edges = []*kg.Relationship{}
	}
	return out
}

// Neighborhood returns the entities within q.Depth hops of q.ID over edges
// that pass the filter: the centre first, then by distance and id.
func (s *Store) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Graph, error) {
	if q.Depth < 1 || q.Depth > kg.MaxNeighborhoodDepth {
		return nil, kg.Errorf(kg.EINVALID, "depth must be between 1 and %d, got %d", kg.MaxNeighborhoodDepth, q.Depth)
	}
	limit, err := checkGraphFilter(&q.GraphFilter)
	if err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if g.ents[q.ID] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.ID)
	}
	types := typeSet(q.Types)
	seen := map[string]bool{q.ID: true}
	nodes := []string{q.ID}
	frontier := []string{q.ID}
	for d := 1; d <= q.Depth && len(nodes) < limit && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for rid := range g.adj[id] {
				r := g.rels[rid]
				if !edgeOK(r, &q.GraphFilter, types) {
					continue
				}
				if o := other(r, id); !seen[o] {
					seen[o] = true
					next = append(next, o)
				}
			}
		}
		sort.Strings(next)
		nodes = append(nodes, next...)
		frontier = next
	}
	if len(nodes) > limit {
		nodes = nodes[:limit]
	}
	return g.graphOf(nodes, &q.GraphFilter, types), nil
}

// Subgraph returns the known entities of q.IDs, in that order without
// duplicates, and the edges among them.
func (s *Store) Subgraph(ctx context.Context, q kg.SubgraphQuery) (*kg.Graph, error) {
	limit, err := checkGraphFilter(&q.GraphFilter)
	if err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	seen := map[string]bool{}
	nodes := []string{}
	for _, id := range q.IDs {
		if len(nodes) == limit {
			break
		}
		if g.ents[id] != nil && !seen[id] {
			seen[id] = true
			nodes = append(nodes, id)
		}
	}
	return g.graphOf(nodes, &q.GraphFilter, typeSet(q.Types)), nil
}

// step is one way on from a node: a neighbour and the edges that reach it,
// by id.
type step struct {
	to    string
	edges []string
}

// Paths returns up to q.First simple paths from q.From to q.To, shortest
// first, then by node ids and edge ids along the path.
func (s *Store) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	if q.MaxDepth < 1 || q.MaxDepth > kg.MaxPathDepth {
		return nil, kg.Errorf(kg.EINVALID, "maxDepth must be between 1 and %d, got %d", kg.MaxPathDepth, q.MaxDepth)
	}
	if err := checkTypes(q.Types); err != nil {
		return nil, err
	}
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	if q.From == q.To {
		return nil, kg.Errorf(kg.EINVALID, "a path needs two different entities, got %q twice", q.From)
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	for _, id := range []string{q.From, q.To} {
		if g.ents[id] == nil {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", id)
		}
	}
	types := typeSet(q.Types)
	steps := map[string][]step{}
	stepsOf := func(id string) []step {
		if st, ok := steps[id]; ok {
			return st
		}
		by := map[string][]string{}
		for rid := range g.adj[id] {
			r := g.rels[rid]
			if types == nil || types[r.Type] {
				o := other(r, id)
				by[o] = append(by[o], rid)
			}
		}
		st := make([]step, 0, len(by))
		for o, es := range by {
			sort.Strings(es)
			st = append(st, step{o, es})
		}
		sort.Slice(st, func(i, j int) bool { return st[i].to < st[j].to })
		steps[id] = st
		return st
	}
	// Distances to q.To bound the search: a node d hops away cannot finish
	// a path in fewer than d more edges.
	dist := map[string]int{q.To: 0}
	frontier := []string{q.To}
	for d := 1; d <= q.MaxDepth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, st := range stepsOf(id) {
				if _, ok := dist[st.to]; !ok {
					dist[st.to] = d
					next = append(next, st.to)
				}
			}
		}
		frontier = next
	}
	d0, ok := dist[q.From]
	if !ok {
		return []kg.Path{}, nil
	}
	var found [][2][]string // node ids, edge ids
	budget := pathBudget
	for length := d0; length <= q.MaxDepth && len(found) < first && budget > 0; length++ {
		onPath := map[string]bool{q.From: true}
		nodes := []string{q.From}
		var hops [][]string
		var walk func(at string, left int)
		walk = func(at string, left int) {
			if len(found) >= first || budget <= 0 {
				return
			}
			for _, st := range stepsOf(at) {
				budget--
				if onPath[st.to] {
					continue
				}
				if st.to == q.To {
					if left != 1 {
						continue
					}
					nodes = append(nodes, st.to)
					hops = append(hops, st.edges)
					expand(nodes, hops, &found, first)
					nodes, hops = nodes[:len(nodes)-1], hops[:len(hops)-1]
					if len(found) >= first {
						return
					}
					continue
				}
				if dd, ok := dist[st.to]; !ok || dd > left-1 || left == 1 {
					continue
				}
				onPath[st.to] = true
				nodes = append(nodes, st.to)
				hops = append(hops, st.edges)
				walk(st.to, left-1)
				nodes, hops = nodes[:len(nodes)-1], hops[:len(hops)-1]
				delete(onPath, st.to)
				if len(found) >= first || budget <= 0 {
					return
				}
			}
		}
		walk(q.From, length)
	}
	if budget <= 0 {
		s.log.Warn("paths search stopped at its budget", "from", q.From, "to", q.To, "maxDepth", q.MaxDepth, "found", len(found))
	}
	out := make([]kg.Path, len(found))
	for i, p := range found {
		out[i].Nodes = make([]*kg.Entity, len(p[0]))
		for j, id := range p[0] {
			out[i].Nodes[j] = cloneEntity(g.ents[id])
		}
		out[i].Edges = make([]*kg.Relationship, len(p[1]))
		for j, id := range p[1] {
			out[i].Edges[j] = cloneRel(g.rels[id])
		}
	}
	return out, nil
}

// expand adds one path per choice of parallel edges along nodes, in edge id
// order, until there are first paths.
func expand(nodes []string, hops [][]string, found *[][2][]string, first int) {
	pick := make([]string, len(hops))
	var rec func(i int)
	rec = func(i int) {
		if len(*found) >= first {
			return
		}
		if i == len(hops) {
			*found = append(*found, [2][]string{append([]string(nil), nodes...), append([]string(nil), pick...)})
			return
		}
		for _, e := range hops[i] {
			pick[i] = e
			rec(i + 1)
			if len(*found) >= first {
				return
			}
		}
	}
	rec(0)
}
