package swarm

// The stack file as `docker stack deploy` reads it: docker/cli's own loader
// and the legacy Compose 3.x schema, which differs from the Compose
// Specification that compose-go writes (integer ports, CPUs as a string, no
// top-level name, no long depends_on, configs instead of bind mounts).

type stackFile struct {
	Version  string               `yaml:"version"`
	Services map[string]*service  `yaml:"services"`
	Networks map[string]network   `yaml:"networks,omitempty"`
	Volumes  map[string]struct{}  `yaml:"volumes,omitempty"`
	Configs  map[string]fileRef   `yaml:"configs,omitempty"`
	Secrets  map[string]secretRef `yaml:"secrets,omitempty"`
}

type service struct {
	Image       string            `yaml:"image"`
	Command     []string          `yaml:"command,omitempty,flow"`
	Entrypoint  []string          `yaml:"entrypoint,omitempty,flow"`
	Environment []string          `yaml:"environment,omitempty"`
	EnvFile     []string          `yaml:"env_file,omitempty"`
	Secrets     []string          `yaml:"secrets,omitempty"`
	Configs     []configRef       `yaml:"configs,omitempty"`
	Ports       []port            `yaml:"ports,omitempty"`
	Networks    []string          `yaml:"networks,omitempty"`
	Volumes     []volume          `yaml:"volumes,omitempty"`
	Healthcheck *healthcheck      `yaml:"healthcheck,omitempty"`
	Deploy      deploy            `yaml:"deploy"`
	Labels      map[string]string `yaml:"labels,omitempty"`

	User            string         `yaml:"user,omitempty"`
	CapAdd          []string       `yaml:"cap_add,omitempty"`
	CapDrop         []string       `yaml:"cap_drop,omitempty"`
	ReadOnly        bool           `yaml:"read_only,omitempty"`
	Tmpfs           []string       `yaml:"tmpfs,omitempty"`
	StopGracePeriod string         `yaml:"stop_grace_period,omitempty"`
	Ulimits         map[string]int `yaml:"ulimits,omitempty"`
	Logging         *logging       `yaml:"logging,omitempty"`
}

type logging struct {
	Driver  string            `yaml:"driver"`
	Options map[string]string `yaml:"options,omitempty"`
}

type configRef struct {
	Source string `yaml:"source"`
	Target string `yaml:"target"`
}

type port struct {
	Target    uint32 `yaml:"target"`
	Published int    `yaml:"published"`
	Protocol  string `yaml:"protocol"`
	Mode      string `yaml:"mode"`
}

type volume struct {
	Type     string `yaml:"type"`
	Source   string `yaml:"source"`
	Target   string `yaml:"target"`
	ReadOnly bool   `yaml:"read_only,omitempty"`
}

type healthcheck struct {
	Test        []string `yaml:"test,flow"`
	Interval    string   `yaml:"interval,omitempty"`
	Timeout     string   `yaml:"timeout,omitempty"`
	Retries     uint64   `yaml:"retries,omitempty"`
	StartPeriod string   `yaml:"start_period,omitempty"`
}

type deploy struct {
	Mode           string         `yaml:"mode,omitempty"`
	Replicas       *int           `yaml:"replicas,omitempty"`
	Resources      *resources     `yaml:"resources,omitempty"`
	Placement      *placement     `yaml:"placement,omitempty"`
	UpdateConfig   *updateConfig  `yaml:"update_config,omitempty"`
	RollbackConfig *updateConfig  `yaml:"rollback_config,omitempty"`
	RestartPolicy  *restartPolicy `yaml:"restart_policy,omitempty"`
}

type placement struct {
	Constraints []string     `yaml:"constraints,omitempty"`
	Preferences []preference `yaml:"preferences,omitempty"`
	MaxPerNode  uint64       `yaml:"max_replicas_per_node,omitempty"`
}

type preference struct {
	Spread string `yaml:"spread"`
}

type resources struct {
	Limits       *resource `yaml:"limits,omitempty"`
	Reservations *resource `yaml:"reservations,omitempty"`
}

// resource is a limit or reservation; the 3.x schema takes CPUs as a string.
type resource struct {
	CPUs   string `yaml:"cpus,omitempty"`
	Memory string `yaml:"memory,omitempty"`
}

type updateConfig struct {
	Parallelism   int    `yaml:"parallelism"`
	Delay         string `yaml:"delay,omitempty"`
	Order         string `yaml:"order"`
	FailureAction string `yaml:"failure_action,omitempty"`
	Monitor       string `yaml:"monitor,omitempty"`
}

type restartPolicy struct {
	Condition string `yaml:"condition"`
	Delay     string `yaml:"delay,omitempty"`
}

type network struct {
	Driver     string `yaml:"driver"`
	Attachable bool   `yaml:"attachable,omitempty"`
	Internal   bool   `yaml:"internal,omitempty"`
}

type fileRef struct {
	File string `yaml:"file"`
}

// secretRef is a top-level secret: an existing one (external, under
// Name when it differs from the key), or one created from a file.
type secretRef struct {
	Name     string `yaml:"name,omitempty"`
	External bool   `yaml:"external,omitempty"`
	File     string `yaml:"file,omitempty"`
}
