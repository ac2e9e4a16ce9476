package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/aikg/aikg/kg"
)

// Media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// httpTransport serves GraphQL over HTTP as the GraphQL-over-HTTP spec
// says: POST with an application/json body, GET for queries only (other
// operations get 405), responses as application/json or
// application/graphql-response+json by the Accept header. A request that
// is not a well-formed GraphQL-over-HTTP request (a body that is not JSON,
// no query, a parameter of the wrong type) gets 400 whatever the media
// type: the server could not interpret it. A well-formed request whose
// document fails before execution (parse or validation errors, limits)
// gets 400 and no data with graphql-response+json, and 200 with errors
// with application/json, as the spec asks for clients that cannot tell.
type httpTransport struct {
	bodyLimit int64
}

var _ graphql.Transport = httpTransport{}

// Supports implements graphql.Transport.
func (httpTransport) Supports(r *http.Request) bool {
	return (r.Method == http.MethodGet || r.Method == http.MethodPost) && r.Header.Get("Upgrade") == ""
}

// Do implements graphql.Transport.
func (t httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	media, ok := negotiate(r.Header.Get("Accept"))
	ctx := r.Context()
	fail := func(status int, code, msg string) {
		w.Header().Set("Content-Type", media+"; charset=utf-8")
		w.WriteHeader(status)
		writeErrors(w, exec.DispatchError(ctx, gqlerror.List{requestError(code, "%s", msg)}))
	}
	if !ok {
		media = mediaJSON
		fail(http.StatusNotAcceptable, kg.EINVALID, "the Accept header allows neither application/graphql-response+json nor application/json")
		return
	}
	// requestStatus is the status of a well-formed request whose document
	// is rejected before execution.
	requestStatus := http.StatusOK
	if media == mediaGraphQLResponse {
		requestStatus = http.StatusBadRequest
	}

	var params *graphql.RawParams
	var err error
	if r.Method == http.MethodGet {
		params, err = paramsFromQuery(r)
	} else {
		if status, msg := t.checkContentType(r); status != 0 {
			fail(status, kg.EINVALID, msg)
			return
		}
		var body []byte
		body, err = io.ReadAll(http.MaxBytesReader(w, r.Body, t.bodyLimit))
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(http.StatusRequestEntityTooLarge, kg.ELIMIT, "the request body is larger than the limit of "+byteSize(t.bodyLimit))
			return
		}
		if err != nil {
			fail(http.StatusBadRequest, kg.EINVALID, "the request body could not be read")
			return
		}
		params, err = paramsFromBody(body)
	}
	if err != nil {
		fail(http.StatusBadRequest, kg.EINVALID, err.Error())
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}

	w.Header().Set("Content-Type", media+"; charset=utf-8")
	opCtx, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		w.WriteHeader(requestStatus)
		writeErrors(w, exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs))
		return
	}
	switch op := opCtx.Operation.Operation; {
	case r.Method == http.MethodGet && op != ast.Query:
		w.Header().Set("Allow", "POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		writeErrors(w, exec.DispatchError(graphql.WithOperationContext(ctx, opCtx),
			gqlerror.List{requestError(kg.EINVALID, "only queries can be sent with GET; send %ss with POST", op)}))
		return
	case op == ast.Subscription:
		w.WriteHeader(requestStatus)
		writeErrors(w, exec.DispatchError(graphql.WithOperationContext(ctx, opCtx),
			gqlerror.List{requestError(kg.EINVALID, "subscriptions need a websocket (graphql-transport-ws) on this URL")}))
		return
	}
	responses, rctx := exec.DispatchOperation(ctx, opCtx)
	writeResponse(w, responses(rctx))
}

// checkContentType accepts application/json in UTF-8 only.
func (httpTransport) checkContentType(r *http.Request) (int, string) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return http.StatusUnsupportedMediaType, "a POST request needs Content-Type: application/json"
	}
	mt, ps, err := mime.ParseMediaType(ct)
	if err != nil || mt != mediaJSON {
		return http.StatusUnsupportedMediaType, "unsupported Content-Type " + quote(ct) + "; send application/json"
	}
	if cs, ok := ps["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return http.StatusUnsupportedMediaType, "unsupported charset " + quote(cs) + "; send utf-8"
	}
	return 0, ""
}

// negotiate picks the response media type from an Accept header:
// application/json when it is absent or allows anything.
func negotiate(accept string) (string, bool) {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	for _, part := range strings.Split(accept, ",") {
		mt, ps, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || ps["q"] == "0" {
			continue
		}
		switch mt {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse, true
		case mediaJSON, "*/*", "application/*":
			return mediaJSON, true
		}
	}
	return "", false
}

// requestBody is a GraphQL-over-HTTP request; fields are raw so that each
// can be checked for its type.
type requestBody struct {
	Query         json.RawMessage `json:"query"`
	OperationName json.RawMessage `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    json.RawMessage `json:"extensions"`
}

func paramsFromBody(body []byte) (*graphql.RawParams, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errors.New("the request body is empty; send a JSON object with a query")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, errors.New("the request body is not a JSON object")
	}
	var p graphql.RawParams
	if err := stringParam(m["query"], "query", true, &p.Query); err != nil {
		return nil, err
	}
	if err := stringParam(m["operationName"], "operationName", false, &p.OperationName); err != nil {
		return nil, err
	}
	if err := objectParam(m["variables"], "variables", &p.Variables); err != nil {
		return nil, err
	}
	if err := objectParam(m["extensions"], "extensions", &p.Extensions); err != nil {
		return nil, err
	}
	return &p, nil
}

func paramsFromQuery(r *http.Request) (*graphql.RawParams, error) {
	q := r.URL.Query()
	p := graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	if p.Query == "" {
		return nil, errors.New("the query parameter is missing")
	}
	if v := q.Get("variables"); v != "" {
		if err := objectParam(json.RawMessage(v), "variables", &p.Variables); err != nil {
			return nil, err
		}
	}
	if v := q.Get("extensions"); v != "" {
		if err := objectParam(json.RawMessage(v), "extensions", &p.Extensions); err != nil {
			return nil, err
		}
	}
	return &p, nil
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}

func stringParam(raw json.RawMessage, name string, required bool, out *string) error {
	if isNull(raw) {
		if required {
			return errors.New("the " + name + " parameter is missing")
		}
		return nil
	}
	if json.Unmarshal(raw, out) != nil {
		return errors.New("the " + name + " parameter must be a string")
	}
	return nil
}

func objectParam(raw json.RawMessage, name string, out *map[string]any) error {
	if isNull(raw) {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(out) != nil || *out == nil {
		return errors.New("the " + name + " parameter must be a JSON object")
	}
	return nil
}

// writeErrors writes a response to a request that was not executed: errors
// and extensions only, without a data entry (the spec tells clients that
// data is absent exactly when execution did not start).
func writeErrors(w io.Writer, resp *graphql.Response) {
	b, err := json.Marshal(struct {
		Errors     gqlerror.List  `json:"errors"`
		Extensions map[string]any `json:"extensions,omitempty"`
	}{resp.Errors, resp.Extensions})
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`)
	}
	_, _ = w.Write(b)
}

func writeResponse(w io.Writer, resp *graphql.Response) {
	b, err := json.Marshal(resp)
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`)
	}
	_, _ = w.Write(b)
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return itoa(n>>10) + " KiB"
	}
	return itoa(n) + " bytes"
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
