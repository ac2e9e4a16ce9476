package neo4jstore

// WriteQueries exposes the write statements to the plan test.
var WriteQueries = writeQueries

// Counters returns the update counters summed over committed writes.
func (s *Store) Counters() (nodesCreated, relsCreated, propsSet, deleted int64) {
	c := &s.counters
	return c.nodesCreated.Load(), c.relsCreated.Load(), c.propsSet.Load(), c.nodesDeleted.Load() + c.relsDeleted.Load()
}
