//go:build !race

package main

import "time"

const raceEnabled = false

// maxHealthz is the slowest /healthz answer the hostile tests accept: the
// issue's 50 ms.
const maxHealthz = 50 * time.Millisecond

// maxProbe is the longest a hostile probe may take to be answered: generous,
// since the machine may be shared; the figures are logged.
const maxProbe = 5 * time.Second
