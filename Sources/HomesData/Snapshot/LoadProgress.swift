import CAtomicCounter

/// How far a load has got, for a progress line: bytes read so far and bytes expected
/// (the files' sizes; 0 when unknown, as for a pipe). The loader's threads add to it
/// every couple of megabytes (where the scanner already gives pages back), and a
/// display polls it: nothing in the hot loops waits for it or calls out.
public final class LoadProgress: @unchecked Sendable {
    /// [0] bytes read, [1] bytes expected.
    let slots: UnsafeMutablePointer<Int64>

    public init() {
        slots = .allocate(capacity: 2)
        slots.initialize(repeating: 0, count: 2)
    }

    deinit { slots.deallocate() }

    public var bytesRead: Int64 { homes_counter_load(slots) }
    public var bytesExpected: Int64 { homes_counter_load(slots + 1) }

    var readCounter: UnsafeMutablePointer<Int64> { slots }

    func expect(_ bytes: Int64) { homes_counter_store(slots + 1, bytes) }
    func add(_ bytes: Int) { homes_counter_add(slots, Int64(bytes)) }
}
