//go:build race

package db_test

// raceEnabled is true when the race detector, which slows every call, is on.
const raceEnabled = true
