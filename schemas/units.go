package schemas

import (
	"fmt"
	"strconv"
	"time"

	"github.com/docker/go-units"
)

// durationUnits are the units a spec duration may use. Days and weeks are
// accepted because Prometheus retention is usually written that way.
var durationUnits = map[string]time.Duration{
	"ms": time.Millisecond,
	"s":  time.Second,
	"m":  time.Minute,
	"h":  time.Hour,
	"d":  24 * time.Hour,
	"w":  7 * 24 * time.Hour,
}

// ParseDuration parses a positive duration such as "500ms", "10s", "1m30s"
// or "15d": whole numbers, each followed by one of ms, s, m, h, d, w.
func ParseDuration(s string) (time.Duration, error) {
	if s == "" {
		return 0, fmt.Errorf("empty duration")
	}
	var total time.Duration
	for rest := s; rest != ""; {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 {
			return 0, fmt.Errorf("%q is not a duration: expected a whole number at %q", s, rest)
		}
		n, err := strconv.ParseInt(rest[:i], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration: %w", s, err)
		}
		rest = rest[i:]
		j := 0
		for j < len(rest) && (rest[j] < '0' || rest[j] > '9') {
			j++
		}
		unit, ok := durationUnits[rest[:j]]
		if !ok {
			return 0, fmt.Errorf("%q is not a duration: unit %q is not one of ms, s, m, h, d, w", s, rest[:j])
		}
		if n > int64(1<<62)/int64(unit) {
			return 0, fmt.Errorf("%q is too long a duration", s)
		}
		total += time.Duration(n) * unit
		rest = rest[j:]
	}
	if total <= 0 {
		return 0, fmt.Errorf("%q is not a positive duration", s)
	}
	return total, nil
}

// ParseSize parses a memory size as Docker does: "512M", "1g", "256MiB"
// (binary multiples).
func ParseSize(s string) (int64, error) {
	n, err := units.RAMInBytes(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size: use a number with an optional unit b, k, m, g (for example 512M)", s)
	}
	if n <= 0 {
		return 0, fmt.Errorf("%q is not a positive size", s)
	}
	return n, nil
}

// ParseCPUs parses a CPU count such as "0.5" or "2".
func ParseCPUs(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !(f > 0 && f <= 1024) { // written so NaN fails too
		return 0, fmt.Errorf("%q is not a CPU count: use a positive number such as \"0.5\" or \"2\"", s)
	}
	return f, nil
}
