//go:build !unix

package main

import "os"

// lockFile does nothing where flock is not available: do not run two
// crawls with one output file there.
func lockFile(*os.File) error { return nil }
