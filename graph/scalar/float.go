package scalar

import (
	"context"
	"encoding/json"
	"io"
	"math"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/aikg/aikg/kg"
)

// MarshalFloat writes a Float in plain decimal notation, so that a client
// reading the JSON by eye (curl) sees 13000000000 rather than gqlgen's
// default %g output 1.3e+10. The digits are the shortest that read back to
// the same float64. JSON has no NaN or Infinity: such a value is a bug in
// the server, reported as an INTERNAL error on the field (and null in its
// place) rather than as invalid JSON.
func MarshalFloat(f float64) graphql.ContextMarshaler {
	return graphql.ContextWriterFunc(func(_ context.Context, w io.Writer) error {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return kg.Wrap(kg.EINTERNAL, errNotFinite(f), "internal error: a Float field has no finite value")
		}
		var buf [32]byte
		_, err := w.Write(strconv.AppendFloat(buf[:0], f, 'f', -1, 64))
		return err
	})
}

type notFinite float64

func (n notFinite) Error() string {
	return "scalar: cannot write " + strconv.FormatFloat(float64(n), 'g', -1, 64) + " as a JSON number"
}

func errNotFinite(f float64) error { return notFinite(f) }

// UnmarshalFloat reads a Float argument or variable the way the GraphQL
// spec coerces input: an Int or a Float, never a string (gqlgen's default
// also parses strings, so "1e3" and "NaN" would slip in). Non-finite values
// and numbers beyond float64 are rejected.
func UnmarshalFloat(_ context.Context, v any) (float64, error) {
	var f float64
	switch v := v.(type) {
	case json.Number:
		var err error
		f, err = strconv.ParseFloat(string(v), 64)
		if err != nil {
			return 0, kg.Errorf(kg.EINVALID, "Float cannot represent %s: it is out of range", string(v))
		}
	case float64:
		f = v
	case float32:
		f = float64(v)
	case int:
		f = float64(v)
	case int64:
		f = float64(v)
	case int32:
		f = float64(v)
	case nil:
		return 0, kg.Errorf(kg.EINVALID, "Float cannot be null here")
	case string:
		return 0, kg.Errorf(kg.EINVALID, "Float must be a number, not the string %s", strconv.Quote(v))
	default:
		return 0, kg.Errorf(kg.EINVALID, "Float must be a number, got %s", kind(v))
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, kg.Errorf(kg.EINVALID, "Float must be a finite number")
	}
	return f, nil
}

// kind names a decoded JSON value's type for error messages.
func kind(v any) string {
	switch v.(type) {
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return "a value of another type"
}
