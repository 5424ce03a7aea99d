// Package bench compares scoop's extraction speed with the other Go
// extractors, in one process on the same pages: go-trafilatura and
// readeck's go-readability. It is a module of its own so that scoop's own
// go.mod does not carry the baselines' dependencies.
//
//	cd bench && go test -run '^$' -bench . -benchmem
package bench
