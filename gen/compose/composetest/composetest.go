// Package composetest loads rendered compose files the way Docker Compose
// does, for tests: any error or warning from compose-go fails the test.
package composetest

import (
	"bytes"
	"context"
	"path"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/sirupsen/logrus"
)

// Load loads a compose file with compose-go, the loader Docker Compose
// itself uses, with full schema validation. It fails the test on any error
// or logged warning: compose-go reports deprecations such as the obsolete
// version key only as log lines. name is the file's path in the stack.
func Load(t *testing.T, name string, data []byte) *types.Project {
	t.Helper()
	var logs bytes.Buffer
	logger := logrus.StandardLogger()
	prevOut, prevLevel := logger.Out, logger.Level
	logger.SetOutput(&logs)
	logger.SetLevel(logrus.WarnLevel)
	defer func() {
		logger.SetOutput(prevOut)
		logger.SetLevel(prevLevel)
	}()

	details := types.ConfigDetails{
		WorkingDir:  "/stack/" + path.Dir(name),
		ConfigFiles: []types.ConfigFile{{Filename: "/stack/" + name, Content: data}},
		Environment: types.Mapping{},
	}
	project, err := loader.LoadWithContext(context.Background(), details, func(o *loader.Options) {
		// env_file contents are the user's, not lbgen's output.
		o.SkipResolveEnvironment = true
	})
	if err != nil {
		t.Errorf("compose-go rejects %s: %v", name, err)
	}
	if w := strings.TrimSpace(logs.String()); w != "" {
		t.Errorf("compose-go warns about %s:\n%s", name, w)
	}
	return project
}
