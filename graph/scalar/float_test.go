package scalar_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strconv"
	"testing"

	"github.com/aikg/aikg/graph/scalar"
	"github.com/aikg/aikg/kg"
)

func TestMarshalFloat(t *testing.T) {
	cases := []struct {
		in   float64
		want string
	}{
		{13e9, "13000000000"},
		{100e9, "100000000000"},
		{4.5, "4.5"},
		{0.85, "0.85"},
		{0, "0"},
		{math.Copysign(0, -1), "-0"},
		{-2.5e6, "-2500000"},
		{1e-7, "0.0000001"},
		{1.0 / 3, "0.3333333333333333"},
		{1e21, "1000000000000000000000"},
		{math.MaxFloat64, strconv.FormatFloat(math.MaxFloat64, 'f', -1, 64)},
	}
	for _, tc := range cases {
		var b bytes.Buffer
		if err := scalar.MarshalFloat(tc.in).MarshalGQLContext(context.Background(), &b); err != nil {
			t.Errorf("MarshalFloat(%g): %v", tc.in, err)
			continue
		}
		if b.String() != tc.want {
			t.Errorf("MarshalFloat(%g) = %s, want %s", tc.in, b.String(), tc.want)
		}
		// The output is a JSON number that reads back to the same value.
		var back float64
		if err := json.Unmarshal(b.Bytes(), &back); err != nil || back != tc.in {
			t.Errorf("MarshalFloat(%g) = %s reads back as %v (%v)", tc.in, b.String(), back, err)
		}
	}
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		var b bytes.Buffer
		err := scalar.MarshalFloat(bad).MarshalGQLContext(context.Background(), &b)
		if kg.ErrorCode(err) != kg.EINTERNAL || b.Len() != 0 {
			t.Errorf("MarshalFloat(%v) = %q, %v; want nothing written and an INTERNAL error", bad, b.String(), err)
		}
	}
}

func TestUnmarshalFloat(t *testing.T) {
	cases := []struct {
		in   any
		want float64
		code string
	}{
		{json.Number("13000000000"), 13e9, ""},
		{json.Number("1.3e10"), 13e9, ""},
		{json.Number("0.5"), 0.5, ""},
		{float64(0.25), 0.25, ""},
		{int64(7), 7, ""},
		{int(-3), -3, ""},
		{json.Number("1e400"), 0, kg.EINVALID},
		{"12", 0, kg.EINVALID},
		{"NaN", 0, kg.EINVALID},
		{math.NaN(), 0, kg.EINVALID},
		{math.Inf(1), 0, kg.EINVALID},
		{true, 0, kg.EINVALID},
		{[]any{1.0}, 0, kg.EINVALID},
		{map[string]any{}, 0, kg.EINVALID},
		{nil, 0, kg.EINVALID},
	}
	for _, tc := range cases {
		got, err := scalar.UnmarshalFloat(context.Background(), tc.in)
		if code := kg.ErrorCode(err); code != tc.code {
			t.Errorf("UnmarshalFloat(%#v): error %v, want code %q", tc.in, err, tc.code)
			continue
		}
		if err == nil && got != tc.want {
			t.Errorf("UnmarshalFloat(%#v) = %v, want %v", tc.in, got, tc.want)
		}
		if err != nil && kg.ErrorMessage(err) == "" {
			t.Errorf("UnmarshalFloat(%#v): error without a message", tc.in)
		}
	}
}
