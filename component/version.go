package component

import (
	"fmt"
	"regexp"
	"strconv"
)

// Version is an engine release such as nginx 1.27.3 or HAProxy 3.2.
type Version struct{ Major, Minor, Patch int }

var versionPattern = regexp.MustCompile(`^(\d+)\.(\d+)(?:\.(\d+))?$`)

// ParseVersion parses "MAJOR.MINOR" or "MAJOR.MINOR.PATCH".
func ParseVersion(s string) (Version, error) {
	m := versionPattern.FindStringSubmatch(s)
	if m == nil {
		return Version{}, fmt.Errorf("%q is not a version: write MAJOR.MINOR or MAJOR.MINOR.PATCH, such as \"1.30\" or \"1.27.3\"", s)
	}
	var v Version
	v.Major, _ = strconv.Atoi(m[1])
	v.Minor, _ = strconv.Atoi(m[2])
	if m[3] != "" {
		v.Patch, _ = strconv.Atoi(m[3])
	}
	return v, nil
}

// AtLeast reports whether v is the release other or a later one.
func (v Version) AtLeast(other Version) bool {
	if v.Major != other.Major {
		return v.Major > other.Major
	}
	if v.Minor != other.Minor {
		return v.Minor > other.Minor
	}
	return v.Patch >= other.Patch
}

func (v Version) String() string {
	if v.Patch == 0 {
		return fmt.Sprintf("%d.%d", v.Major, v.Minor)
	}
	return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
}
