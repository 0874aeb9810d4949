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

// Env is the environment Load interpolates with: values for the variables
// rendered files require (`${NAME:?...}`), as `docker compose up` would
// read them from the shell.
var Env = types.Mapping{"STATS_USER": "stats", "STATS_PASSWORD": "test-only", "COOKIE_KEY": "test-only"}

// Load loads a compose file with compose-go, the loader Docker Compose
// itself uses, with full schema validation and Env as the environment. It
// fails the test on any error or logged warning: compose-go reports
// deprecations such as the obsolete version key only as log lines. name is
// the file's path in the stack.
func Load(t *testing.T, name string, data []byte) *types.Project {
	t.Helper()
	project, err := LoadEnv(t, name, data, Env)
	if err != nil {
		t.Errorf("compose-go rejects %s: %v", name, err)
	}
	return project
}

// LoadEnv loads a compose file as Load does, with env as the environment
// of `docker compose up`, and returns compose-go's error; a logged warning
// still fails the test.
func LoadEnv(t *testing.T, name string, data []byte, env types.Mapping) (*types.Project, error) {
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
		Environment: env,
	}
	project, err := loader.LoadWithContext(context.Background(), details, func(o *loader.Options) {
		// env_file contents are the user's, not lbgen's output.
		o.SkipResolveEnvironment = true
		// A hand-written file without name: is named after its directory,
		// as docker compose names it.
		o.SetProjectName(path.Base(details.WorkingDir), false)
	})
	if w := strings.TrimSpace(logs.String()); w != "" {
		t.Errorf("compose-go warns about %s:\n%s", name, w)
	}
	return project, err
}
