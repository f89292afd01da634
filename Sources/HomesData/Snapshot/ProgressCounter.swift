import CAtomicCounter

/// How far a long piece of work has got, for a progress line: how much is done and how
/// much is expected (0 when unknown, as for a snapshot read from a pipe). The loader
/// counts bytes, adding every couple of megabytes where the scanner already gives pages
/// back; the generator counts homes. A display polls it from another thread: nothing in
/// the hot loops waits for it or calls out, and nil counts nothing.
public final class ProgressCounter: @unchecked Sendable {
    /// [0] done, [1] expected.
    let slots: UnsafeMutablePointer<Int64>

    public init() {
        slots = .allocate(capacity: 2)
        slots.initialize(repeating: 0, count: 2)
    }

    deinit { slots.deallocate() }

    public var done: Int64 { homes_counter_load(slots) }
    public var expected: Int64 { homes_counter_load(slots + 1) }

    var doneCounter: UnsafeMutablePointer<Int64> { slots }

    public func expect(_ n: Int64) { homes_counter_store(slots + 1, n) }
    public func add(_ n: Int) { homes_counter_add(slots, Int64(n)) }
}
