package schemas

import (
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"500ms", 500 * time.Millisecond, true},
		{"10s", 10 * time.Second, true},
		{"1m30s", 90 * time.Second, true},
		{"200h", 200 * time.Hour, true},
		{"15d", 15 * 24 * time.Hour, true},
		{"2w", 14 * 24 * time.Hour, true},
		{"", 0, false},
		{"10", 0, false},
		{"s", 0, false},
		{"10x", 0, false},
		{"1.5s", 0, false},
		{"0s", 0, false},
		{"-1s", 0, false},
		{"99999999999999999999s", 0, false},
		{"9999999999w", 0, false},
	} {
		got, err := ParseDuration(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"512M", 512 << 20, true},
		{"512m", 512 << 20, true},
		{"1g", 1 << 30, true},
		{"256MiB", 256 << 20, true},
		{"1024", 1024, true},
		{"0", 0, false},
		{"512Q", 0, false},
		{"lots", 0, false},
	} {
		got, err := ParseSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseSize(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestParseCPUs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0.5", 0.5, true},
		{"2", 2, true},
		{"0", 0, false},
		{"-1", 0, false},
		{"half", 0, false},
		{"NaN", 0, false},
	} {
		got, err := ParseCPUs(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseCPUs(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
