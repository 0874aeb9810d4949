// Package lint will hold lbgen's rule engine for specs and hand-written
// compose, nginx, HAProxy and Prometheus files. It is empty until the lint
// issue lands; `lbgen lint` does not exist yet.
package lint
