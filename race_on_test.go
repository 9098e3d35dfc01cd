//go:build race

package main

import "time"

// raceEnabled: the race detector is on, which multiplies the resident set
// and slows every request several times.
const raceEnabled = true

// maxHealthz is the slowest /healthz answer the hostile tests accept: the
// issue's 50 ms, times ten under the race detector.
const maxHealthz = 500 * time.Millisecond

// maxProbe is the longest a hostile probe may take to be answered: generous,
// since the machine may be shared; the figures are logged.
const maxProbe = 30 * time.Second
