//go:build !race

package testsite

// raceEnabled is true when the race detector is on.
const raceEnabled = false
