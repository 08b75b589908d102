// Shared by every fuzz target (see .ci/fuzz).

/// Stops with `message` when `condition` fails. Unlike `precondition`,
/// whose message an optimized build drops, the reason reaches the log.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant: " + message()) }
}
