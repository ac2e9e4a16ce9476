package graph_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/gorilla/websocket"

	"github.com/aikg/aikg/graph"
)

type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// relationshipAdded over a real websocket speaking graphql-transport-ws:
// events come from ingestArticle, filtered per subscriber.
func TestSubscriptionOverWebsocket(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := newEnv(t, b, nil, func(c *graph.Config) {
			c.APIKey = "k"
			c.Ingester = &lineIngester{w: c.Store}
		})
		srv := httptest.NewServer(e.h)
		defer srv.Close()
		dialer := websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}}
		conn, resp, err := dialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql", nil)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		defer conn.Close()
		if p := resp.Header.Get("Sec-Websocket-Protocol"); p != "graphql-transport-ws" {
			t.Fatalf("negotiated subprotocol %q", p)
		}
		send := func(m wsMsg) {
			if err := conn.WriteJSON(m); err != nil {
				t.Fatalf("write: %v", err)
			}
		}
		// One reader goroutine owns the connection: a read deadline that
		// expires would break a gorilla/websocket connection for good, so
		// waiting happens on the channel instead.
		msgs := make(chan wsMsg, 64)
		go func() {
			defer close(msgs)
			for {
				var m wsMsg
				if err := conn.ReadJSON(&m); err != nil {
					return
				}
				if m.Type == "ping" || m.Type == "pong" || m.Type == "ka" {
					continue
				}
				msgs <- m
			}
		}()
		// read returns the next message that is not a keep-alive ping, or
		// nil when none comes within wait (or the connection ended).
		read := func(wait time.Duration) *wsMsg {
			select {
			case m, ok := <-msgs:
				if !ok {
					return nil
				}
				return &m
			case <-time.After(wait):
				return nil
			}
		}
		send(wsMsg{Type: "connection_init", Payload: json.RawMessage(`{}`)})
		if m := read(5 * time.Second); m == nil || m.Type != "connection_ack" {
			t.Fatalf("no connection_ack: %+v", m)
		}
		send(wsMsg{ID: "1", Type: "subscribe", Payload: json.RawMessage(`{"query":"subscription { relationshipAdded(types: [INVESTS_IN], entity: \"target\") { id type source { name } target { name } amount { usd } } }"}`)})

		auth := client.AddHeader("Authorization", "Bearer k")
		ingest := func(i int, body string) {
			e.mustQuery(ingestMutation, map[string]any{"in": article(fmt.Sprintf("https://t.example/ws/%d", i), body)}, nil, auth)
		}
		// The subscription registers asynchronously; ingest until its first
		// event arrives.
		var first *wsMsg
		for i := 0; i < 50 && first == nil; i++ {
			ingest(i, fmt.Sprintf("Fund%d INVESTS_IN Target %d", i, 1000+i))
			first = read(200 * time.Millisecond)
		}
		if first == nil || first.Type != "next" || first.ID != "1" {
			t.Fatalf("no event for the subscription: %+v", first)
		}
		// Events the filter rejects are not sent; matching ones are, in
		// order.
		ingest(100, "Other INVESTS_IN Elsewhere 5")
		ingest(101, "Fund101 PARTNERS_WITH Target")
		ingest(102, "Fund102 INVESTS_IN Target 7000000")
		// Read until Fund102's event; everything before it must pass the
		// filter (late events of the registration loop may come first).
		for {
			m := read(5 * time.Second)
			if m == nil || m.Type != "next" {
				t.Fatalf("no event after matching ingest: %+v", m)
			}
			var ev struct {
				Data struct {
					RelationshipAdded struct {
						ID, Type string
						Source   struct{ Name string }
						Target   struct{ Name string }
						Amount   struct{ USD float64 }
					}
				}
			}
			if err := json.Unmarshal(m.Payload, &ev); err != nil {
				t.Fatal(err)
			}
			r := ev.Data.RelationshipAdded
			if r.Type != "INVESTS_IN" || r.Target.Name != "Target" {
				t.Fatalf("event %+v passed the filter", r)
			}
			if r.Source.Name == "Fund102" {
				if r.Amount.USD != 7e6 {
					t.Errorf("event %+v, want amount 7e6", r)
				}
				break
			}
		}
		send(wsMsg{ID: "1", Type: "complete"})
	})
}
