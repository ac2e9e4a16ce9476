//go:build !unix

package e2e_test

import "os/exec"

// ownGroup leaves cmd as it is where process groups are not available:
// cancelling it kills the direct child only.
func ownGroup(*exec.Cmd) {}
