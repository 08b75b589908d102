import Foundation

/// Server-Sent Events for live reload (`/__dti/events`).
///
/// Every stream is served by its own connection thread, which waits here for
/// the next event or, when none comes, for its own heartbeat interval (a
/// comment line that keeps proxies from closing the stream and tells a dead
/// client apart: its write fails and the slot is freed). The number of open
/// streams is capped; one more is answered 503.
///
/// The hub also holds the site's *generation*, the number of the last build
/// the browsers were told about. Each page carries the generation it was
/// served with, and each stream starts with `event: hello` carrying the
/// current one, so a page that missed an event (it loaded while a rebuild
/// was finishing) reloads as soon as it connects.
public final class EventHub: @unchecked Sendable {
    private let condition = NSCondition()
    private var recent: [(id: Int, bytes: [UInt8])] = []
    private var lastID = 0
    private var open = 0
    private var stopped = false
    private var currentGeneration = 0

    /// Most streams open at once.
    public let capacity: Int
    /// Seconds between heartbeats on an idle stream.
    public let heartbeat: Double

    public init(capacity: Int = 32, heartbeat: Double = 15) {
        self.capacity = capacity
        self.heartbeat = heartbeat
    }

    /// The generation pages are served with now.
    public var generation: Int {
        condition.lock(); defer { condition.unlock() }
        return currentGeneration
    }

    /// Streams open now.
    public var openStreams: Int {
        condition.lock(); defer { condition.unlock() }
        return open
    }

    /// Sends `event` to every open stream, with the new generation as its data.
    /// `reload` reloads the page; `css` swaps the stylesheets in place.
    public func publish(_ event: String, generation: Int) {
        condition.lock()
        currentGeneration = generation
        lastID += 1
        recent.append((lastID, Array("id: \(lastID)\nevent: \(event)\ndata: \(generation)\n\n".utf8)))
        if recent.count > 16 { recent.removeFirst(recent.count - 16) }
        condition.broadcast()
        condition.unlock()
    }

    /// Takes a stream slot; false when all are taken (answer 503).
    public func reserve() -> Bool {
        condition.lock(); defer { condition.unlock() }
        guard !stopped, open < capacity else { return false }
        open += 1
        return true
    }

    /// Runs one stream until the client goes away or the hub stops. `send`
    /// writes bytes to the client and returns false once it cannot;
    /// `clientLeft` is asked every second, so that a closed tab frees its
    /// slot at once rather than at the next heartbeat. Frees the slot taken
    /// by `reserve()`.
    public func stream(send: ([UInt8]) -> Bool, clientLeft: () -> Bool = { false }) {
        condition.lock()
        var seen = lastID
        let hello = "retry: 1000\nevent: hello\ndata: \(currentGeneration)\n\n"
        condition.unlock()
        defer {
            condition.lock(); open -= 1; condition.unlock()
        }
        guard send(Array(hello.utf8)) else { return }
        while true {
            condition.lock()
            let heartbeatAt = Date(timeIntervalSinceNow: heartbeat)
            var left = false
            while lastID == seen && !stopped && Date() < heartbeatAt {
                let slice = min(heartbeatAt, Date(timeIntervalSinceNow: 1))
                if !condition.wait(until: slice) {
                    condition.unlock()
                    left = clientLeft()
                    condition.lock()
                    if left { break }
                }
            }
            if stopped || left { condition.unlock(); return }
            let pending = recent.filter { $0.id > seen }.flatMap(\.bytes)
            seen = lastID
            condition.unlock()
            guard send(pending.isEmpty ? Array(": heartbeat\n\n".utf8) : pending) else { return }
        }
    }

    /// Ends every stream and refuses new ones.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
