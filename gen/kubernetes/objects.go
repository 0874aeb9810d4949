package kubernetes

// The subset of the Kubernetes API lbgen writes, as YAML-tagged structs
// with the API's own field names. lbgen's module stays free of k8s.io
// modules; the kubetest module decodes every rendered manifest strictly
// into the official types, so a misspelt or misplaced field fails a test.

// object is any top-level manifest.
type object struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   meta   `yaml:"metadata"`
	Spec       any    `yaml:"spec,omitempty"`
	// ConfigMap
	Data map[string]string `yaml:"data,omitempty"`
	// Role
	Rules []policyRule `yaml:"rules,omitempty"`
	// RoleBinding
	RoleRef  *roleRef  `yaml:"roleRef,omitempty"`
	Subjects []subject `yaml:"subjects,omitempty"`
}

type meta struct {
	Name        string            `yaml:"name,omitempty"`
	Namespace   string            `yaml:"namespace,omitempty"`
	Labels      map[string]string `yaml:"labels,omitempty"`
	Annotations map[string]string `yaml:"annotations,omitempty"`
}

type deploymentSpec struct {
	Replicas *int          `yaml:"replicas,omitempty"`
	Selector labelSelector `yaml:"selector"`
	Strategy *strategy     `yaml:"strategy,omitempty"`
	Template podTemplate   `yaml:"template"`
}

type daemonSetSpec struct {
	Selector labelSelector `yaml:"selector"`
	Template podTemplate   `yaml:"template"`
}

type strategy struct {
	Type          string         `yaml:"type"`
	RollingUpdate *rollingUpdate `yaml:"rollingUpdate,omitempty"`
}

type rollingUpdate struct {
	MaxSurge       int `yaml:"maxSurge"`
	MaxUnavailable int `yaml:"maxUnavailable"`
}

type labelSelector struct {
	MatchLabels map[string]string `yaml:"matchLabels"`
}

type podTemplate struct {
	Metadata meta    `yaml:"metadata"`
	Spec     podSpec `yaml:"spec"`
}

type podSpec struct {
	ServiceAccountName           string            `yaml:"serviceAccountName,omitempty"`
	AutomountServiceAccountToken *bool             `yaml:"automountServiceAccountToken,omitempty"`
	EnableServiceLinks           *bool             `yaml:"enableServiceLinks,omitempty"`
	SecurityContext              *podSecurity      `yaml:"securityContext,omitempty"`
	NodeSelector                 map[string]string `yaml:"nodeSelector,omitempty"`
	Affinity                     *affinity         `yaml:"affinity,omitempty"`
	TopologySpreadConstraints    []topologySpread  `yaml:"topologySpreadConstraints,omitempty"`
	Containers                   []container       `yaml:"containers"`
	Volumes                      []volume          `yaml:"volumes,omitempty"`
}

type affinity struct {
	NodeAffinity    *nodeAffinity    `yaml:"nodeAffinity,omitempty"`
	PodAntiAffinity *podAntiAffinity `yaml:"podAntiAffinity,omitempty"`
}

type nodeAffinity struct {
	Required *nodeSelector `yaml:"requiredDuringSchedulingIgnoredDuringExecution"`
}

type nodeSelector struct {
	Terms []nodeSelectorTerm `yaml:"nodeSelectorTerms"`
}

type nodeSelectorTerm struct {
	MatchExpressions []nodeSelectorRequirement `yaml:"matchExpressions"`
}

type nodeSelectorRequirement struct {
	Key      string   `yaml:"key"`
	Operator string   `yaml:"operator"`
	Values   []string `yaml:"values"`
}

type podAntiAffinity struct {
	Required []podAffinityTerm `yaml:"requiredDuringSchedulingIgnoredDuringExecution"`
}

type podAffinityTerm struct {
	LabelSelector labelSelector `yaml:"labelSelector"`
	TopologyKey   string        `yaml:"topologyKey"`
}

type topologySpread struct {
	MaxSkew           int           `yaml:"maxSkew"`
	TopologyKey       string        `yaml:"topologyKey"`
	WhenUnsatisfiable string        `yaml:"whenUnsatisfiable"`
	LabelSelector     labelSelector `yaml:"labelSelector"`
}

type podSecurity struct {
	FSGroup *int `yaml:"fsGroup,omitempty"`
}

type container struct {
	Name            string             `yaml:"name"`
	Image           string             `yaml:"image"`
	Command         []string           `yaml:"command,omitempty"`
	Args            []string           `yaml:"args,omitempty"`
	Ports           []containerPort    `yaml:"ports,omitempty"`
	EnvFrom         []envFromSource    `yaml:"envFrom,omitempty"`
	Env             []envVar           `yaml:"env,omitempty"`
	Resources       *resources         `yaml:"resources,omitempty"`
	VolumeMounts    []volumeMount      `yaml:"volumeMounts,omitempty"`
	StartupProbe    *probe             `yaml:"startupProbe,omitempty"`
	ReadinessProbe  *probe             `yaml:"readinessProbe,omitempty"`
	LivenessProbe   *probe             `yaml:"livenessProbe,omitempty"`
	SecurityContext *containerSecurity `yaml:"securityContext,omitempty"`
}

type containerSecurity struct {
	AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation,omitempty"`
	ReadOnlyRootFilesystem   *bool `yaml:"readOnlyRootFilesystem,omitempty"`
}

type containerPort struct {
	Name          string `yaml:"name"`
	ContainerPort int    `yaml:"containerPort"`
	Protocol      string `yaml:"protocol"`
}

type envVar struct {
	Name      string     `yaml:"name"`
	Value     string     `yaml:"value,omitempty"`
	ValueFrom *envSource `yaml:"valueFrom,omitempty"`
}

type envSource struct {
	SecretKeyRef *keySelector `yaml:"secretKeyRef,omitempty"`
}

type keySelector struct {
	Name string `yaml:"name"`
	Key  string `yaml:"key"`
}

type envFromSource struct {
	SecretRef *nameRef `yaml:"secretRef,omitempty"`
}

type nameRef struct {
	Name string `yaml:"name"`
}

type resources struct {
	Limits   map[string]string `yaml:"limits,omitempty"`
	Requests map[string]string `yaml:"requests,omitempty"`
}

type volumeMount struct {
	Name      string `yaml:"name"`
	MountPath string `yaml:"mountPath"`
	ReadOnly  bool   `yaml:"readOnly,omitempty"`
}

type volume struct {
	Name                  string           `yaml:"name"`
	ConfigMap             *configMapVolume `yaml:"configMap,omitempty"`
	PersistentVolumeClaim *claimVolume     `yaml:"persistentVolumeClaim,omitempty"`
	HostPath              *hostPathVolume  `yaml:"hostPath,omitempty"`
	EmptyDir              *struct{}        `yaml:"emptyDir,omitempty"`
	Projected             *projectedVolume `yaml:"projected,omitempty"`
}

type projectedVolume struct {
	Sources []projection `yaml:"sources"`
}

type projection struct {
	Secret *secretProjection `yaml:"secret,omitempty"`
}

type secretProjection struct {
	Name  string      `yaml:"name"`
	Items []keyToPath `yaml:"items"`
}

type configMapVolume struct {
	Name  string      `yaml:"name"`
	Items []keyToPath `yaml:"items,omitempty"`
}

type keyToPath struct {
	Key  string `yaml:"key"`
	Path string `yaml:"path"`
}

type claimVolume struct {
	ClaimName string `yaml:"claimName"`
}

type hostPathVolume struct {
	Path string `yaml:"path"`
}

type probe struct {
	HTTPGet          *httpGetAction `yaml:"httpGet,omitempty"`
	Exec             *execAction    `yaml:"exec,omitempty"`
	TCPSocket        *tcpAction     `yaml:"tcpSocket,omitempty"`
	PeriodSeconds    int            `yaml:"periodSeconds"`
	TimeoutSeconds   int            `yaml:"timeoutSeconds"`
	FailureThreshold int            `yaml:"failureThreshold"`
}

type httpGetAction struct {
	Path string `yaml:"path"`
	Port string `yaml:"port"`
}

type execAction struct {
	Command []string `yaml:"command"`
}

type tcpAction struct {
	Port string `yaml:"port"`
}

type serviceSpec struct {
	Type      string `yaml:"type,omitempty"`
	ClusterIP string `yaml:"clusterIP,omitempty"`
	// ExternalTrafficPolicy Local keeps the client's address: nodes send
	// outside traffic only to their own pods, without masquerading it.
	ExternalTrafficPolicy string            `yaml:"externalTrafficPolicy,omitempty"`
	Selector              map[string]string `yaml:"selector"`
	Ports                 []servicePort     `yaml:"ports"`
}

type servicePort struct {
	Name       string `yaml:"name"`
	Port       int    `yaml:"port"`
	TargetPort string `yaml:"targetPort"`
	Protocol   string `yaml:"protocol"`
}

type pdbSpec struct {
	MaxUnavailable int           `yaml:"maxUnavailable"`
	Selector       labelSelector `yaml:"selector"`
}

type hpaSpec struct {
	ScaleTargetRef crossVersionRef `yaml:"scaleTargetRef"`
	MinReplicas    int             `yaml:"minReplicas"`
	MaxReplicas    int             `yaml:"maxReplicas"`
	Metrics        []metricSpec    `yaml:"metrics"`
	Behavior       *hpaBehavior    `yaml:"behavior,omitempty"`
}

type crossVersionRef struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Name       string `yaml:"name"`
}

type metricSpec struct {
	Type     string         `yaml:"type"`
	Resource resourceMetric `yaml:"resource"`
}

type resourceMetric struct {
	Name   string       `yaml:"name"`
	Target metricTarget `yaml:"target"`
}

type metricTarget struct {
	Type               string `yaml:"type"`
	AverageUtilization int    `yaml:"averageUtilization"`
}

type claimSpec struct {
	AccessModes []string  `yaml:"accessModes"`
	Resources   resources `yaml:"resources"`
}

type policyRule struct {
	APIGroups []string `yaml:"apiGroups"`
	Resources []string `yaml:"resources"`
	Verbs     []string `yaml:"verbs"`
}

type roleRef struct {
	APIGroup string `yaml:"apiGroup"`
	Kind     string `yaml:"kind"`
	Name     string `yaml:"name"`
}

type subject struct {
	Kind      string `yaml:"kind"`
	Name      string `yaml:"name"`
	Namespace string `yaml:"namespace"`
}

// kustomization is kustomize's kustomization.yaml.
type kustomization struct {
	APIVersion string   `yaml:"apiVersion"`
	Kind       string   `yaml:"kind"`
	Resources  []string `yaml:"resources"`
	Images     []image  `yaml:"images,omitempty"`
}

// image lets `kustomize edit set image` point a built service at the
// registry it was pushed to.
type image struct {
	Name    string `yaml:"name"`
	NewName string `yaml:"newName"`
	NewTag  string `yaml:"newTag,omitempty"`
}
