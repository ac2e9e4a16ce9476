package graph

import (
	"context"
	"log/slog"
	"sync"

	"github.com/aikg/aikg/kg"
)

// subscriberBuffer is how many events a slow subscriber may fall behind
// before further events for it are dropped (and logged).
const subscriberBuffer = 64

// broker fans relationships added or changed by ingestArticle out to the
// relationshipAdded subscriptions of this process, each with its own
// filter. It sits above the store, so it works with any backend.
type broker struct {
	log  *slog.Logger
	mu   sync.Mutex
	subs map[*subscriber]struct{}
}

type subscriber struct {
	types  map[kg.RelationType]bool
	entity string
	ch     chan *kg.Relationship
}

func newBroker(log *slog.Logger) *broker {
	return &broker{log: log, subs: map[*subscriber]struct{}{}}
}

func (s *subscriber) wants(r *kg.Relationship) bool {
	if len(s.types) > 0 && !s.types[r.Type] {
		return false
	}
	return s.entity == "" || r.SourceID == s.entity || r.TargetID == s.entity
}

// subscribe registers a subscriber until ctx ends; the channel is then
// closed.
func (b *broker) subscribe(ctx context.Context, types []kg.RelationType, entity string) <-chan *kg.Relationship {
	s := &subscriber{entity: entity, ch: make(chan *kg.Relationship, subscriberBuffer)}
	if len(types) > 0 {
		s.types = map[kg.RelationType]bool{}
		for _, t := range types {
			s.types[t] = true
		}
	}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		delete(b.subs, s)
		close(s.ch)
		b.mu.Unlock()
	}()
	return s.ch
}

// publish sends each relationship to the subscribers that want it, never
// blocking on a slow one.
func (b *broker) publish(rels []*kg.Relationship) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		for _, r := range rels {
			if !s.wants(r) {
				continue
			}
			select {
			case s.ch <- r:
			default:
				b.log.Warn("graph: subscriber is too slow; dropped a relationshipAdded event", "relationship", r.ID)
			}
		}
	}
}

// subscribers counts live subscriptions.
func (b *broker) subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}
