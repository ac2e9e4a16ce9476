package neo4jstore

import (
	"context"
	"fmt"

	"github.com/aikg/aikg/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// graphFilter validates f and returns the Cypher condition an edge bound
// to variable v must meet, and the node limit.
func graphFilter(f kg.GraphFilter, v string, p map[string]any) (string, int, error) {
	types, err := typeStrings(f.Types)
	if err != nil {
		return "", 0, err
	}
	if f.Limit < 0 || f.Limit > kg.MaxGraphLimit {
		return "", 0, kg.Errorf(kg.EINVALID, "limit must be between 0 and %d, got %d", kg.MaxGraphLimit, f.Limit)
	}
	limit := f.Limit
	if limit == 0 {
		limit = kg.DefaultGraphLimit
	}
	conds := []string{"true"}
	if len(types) > 0 {
		p["types"] = types
		conds = append(conds, fmt.Sprintf("type(%s) IN $types", v))
	}
	conds = dateConds(conds, p, v+".date", f.Since, f.Until, "")
	if f.MinConfidence > 0 {
		p["minConf"] = f.MinConfidence
		conds = append(conds, v+".confidence >= $minConf")
	}
	c := conds[0]
	for _, x := range conds[1:] {
		c += " AND " + x
	}
	return c, limit, nil
}

// edgesAmong is a subquery returning, sorted by id, the relationships
// among the nodes of list ns that pass cond (on variable x).
func edgesAmong(cond string) string {
	return `CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[x]->(b:Entity) WHERE b IN ns AND ` + cond + `
  WITH x ORDER BY x.id
  RETURN collect(` + relProj + `) AS edges
}`
}

func toGraph(nodes, edges any) *kg.Graph {
	g := &kg.Graph{Nodes: []*kg.Entity{}, Edges: []*kg.Relationship{}}
	ns, _ := nodes.([]any)
	for _, n := range ns {
		g.Nodes = append(g.Nodes, toEntity(n))
	}
	es, _ := edges.([]any)
	for _, e := range es {
		g.Edges = append(g.Edges, toRelationship(e))
	}
	return g
}

// Neighborhood returns the entities within q.Depth hops of q.ID, found by
// a breadth-first shortest-path search that only follows edges passing
// the filter, and the edges among them, in one query.
func (s *Store) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Graph, error) {
	if q.Depth < 1 || q.Depth > kg.MaxNeighborhoodDepth {
		return nil, kg.Errorf(kg.EINVALID, "depth must be between 1 and %d, got %d", kg.MaxNeighborhoodDepth, q.Depth)
	}
	p := map[string]any{"id": q.ID}
	cond, limit, err := graphFilter(q.GraphFilter, "x", p)
	if err != nil {
		return nil, err
	}
	p["others"] = limit - 1
	// The hop bound is a validated integer (1..3); Cypher does not take
	// it as a parameter.
	query := fmt.Sprintf(`MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH p = ANY SHORTEST (c)-[x WHERE %s]-{1,%d}(m:Entity)
  WHERE m <> c
  WITH m, length(p) AS d ORDER BY d, m.id
  RETURN collect(m) AS others
}
WITH [c] + others[..$others] AS ns
%s
RETURN [n IN ns | n %s] AS nodes, edges`, cond, q.Depth, edgesAmong(cond), entityProj)
	var g *kg.Graph
	err = s.readSettled(ctx, "cannot read the neighbourhood", query, p, func(recs []*neo4j.Record) []*kg.Relationship {
		g = nil
		if len(recs) == 0 {
			return nil
		}
		g = toGraph(recs[0].Values[0], recs[0].Values[1])
		return g.Edges
	})
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.ID)
	}
	return g, nil
}

// Subgraph returns the known entities of q.IDs, in order, and the edges
// among them.
func (s *Store) Subgraph(ctx context.Context, q kg.SubgraphQuery) (*kg.Graph, error) {
	p := map[string]any{"ids": q.IDs}
	cond, limit, err := graphFilter(q.GraphFilter, "x", p)
	if err != nil {
		return nil, err
	}
	if len(q.IDs) == 0 {
		return &kg.Graph{Nodes: []*kg.Entity{}, Edges: []*kg.Relationship{}}, nil
	}
	p["limit"] = limit
	query := fmt.Sprintf(`UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
WITH n, min(i) AS i ORDER BY i
WITH collect(n)[..$limit] AS ns
%s
RETURN [n IN ns | n %s] AS nodes, edges`, edgesAmong(cond), entityProj)
	g := &kg.Graph{Nodes: []*kg.Entity{}, Edges: []*kg.Relationship{}}
	err = s.readSettled(ctx, "cannot read the subgraph", query, p, func(recs []*neo4j.Record) []*kg.Relationship {
		if len(recs) > 0 {
			g = toGraph(recs[0].Values[0], recs[0].Values[1])
		}
		return g.Edges
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// Paths returns up to q.First simple paths from q.From to q.To, shortest
// first, ties by the node ids then the edge ids along the path.
func (s *Store) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	if q.MaxDepth < 1 || q.MaxDepth > kg.MaxPathDepth {
		return nil, kg.Errorf(kg.EINVALID, "maxDepth must be between 1 and %d, got %d", kg.MaxPathDepth, q.MaxDepth)
	}
	if q.From == q.To {
		return nil, kg.Errorf(kg.EINVALID, "a path needs two different ends, got %q twice", q.From)
	}
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	types, err := typeStrings(q.Types)
	if err != nil {
		return nil, err
	}
	p := map[string]any{"from": q.From, "to": q.To, "first": first, "types": types}
	// Every group of path lengths up to MaxDepth is asked for, so the
	// ordering below sees all simple paths, as the contract requires; the
	// shortest-path search runs from both ends. MaxDepth is a validated
	// integer (1..5).
	query := fmt.Sprintf(`OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = SHORTEST %[1]d GROUPS (a)-[x WHERE size($types) = 0 OR type(x) IN $types]-{1,%[1]d}(b)
  WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
  LIMIT $first
  RETURN collect([[n IN nodes(p) | n %[2]s], [r IN relationships(p) | %[3]s]]) AS paths
}
RETURN a IS NOT NULL, b IS NOT NULL, paths`, q.MaxDepth, entityProj, relProjOf("r"))
	var recs []*neo4j.Record
	err = s.readSettled(ctx, "cannot find paths", query, p, func(r []*neo4j.Record) []*kg.Relationship {
		recs = r
		var all []*kg.Relationship
		for _, rec := range r {
			ps, _ := rec.Values[2].([]any)
			for _, x := range ps {
				all = append(all, toGraph(nil, x.([]any)[1]).Edges...)
			}
		}
		return all
	})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.From)
	}
	v := recs[0].Values
	if ok, _ := v[0].(bool); !ok {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.From)
	}
	if ok, _ := v[1].(bool); !ok {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.To)
	}
	out := []kg.Path{}
	ps, _ := v[2].([]any)
	for _, x := range ps {
		pair := x.([]any)
		g := toGraph(pair[0], pair[1])
		out = append(out, kg.Path{Nodes: g.Nodes, Edges: g.Edges})
	}
	return out, nil
}
