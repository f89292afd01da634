import Dispatch

/// Reading the placements array on several cores at once.
///
/// Placements are most of a snapshot's bytes, and each record stands alone, so the
/// array can be cut into pieces read in parallel. Where a piece starts is a guess:
/// the first line, past an even share of the bytes, that begins with `{` after a
/// comma. (A raw newline cannot sit inside a JSON string, so a line start is always
/// between values; it may still be somewhere other than the placements array.) The
/// guess is checked, never trusted: a piece is used only when the main parser,
/// reading every byte before it, arrives exactly at its start between two
/// placements, and each piece must end exactly where the next begins. Anything
/// else (a wrong guess, a syntax error in a piece, a file with no line breaks) and
/// the main parser simply reads on by itself from there, so the result, problems
/// included, is the same as reading on one core.
///
/// A piece's parser does not yet know the homes (they come before the placements and
/// are still being read), so it keeps each placement's home as a packed URN; nor
/// does it report problems: a record with any problem is only noted, and the main
/// parser reads it again when it takes the piece, in order, so every problem is
/// reported exactly as a single pass would.
final class PlacementChunk: @unchecked Sendable {
    /// Offset of the piece's first record.
    let start: Int
    /// Where the next piece starts; nil for the last, which ends with the array.
    let limit: Int?
    var parser: SnapshotParser
    /// Whether the piece ended exactly at `limit`, or (the last) at the array's `]`.
    var finished = false
    /// Records read, including those noted for reading again.
    var records = 0
    /// Offset just past the piece: `limit`, or just past the array's `]`.
    var end = 0
    /// Whether each kept placement's `home` is resolved (-1 where no home has its URN).
    var homesResolved = false

    init(start: Int, limit: Int?, parser: SnapshotParser) {
        self.start = start
        self.limit = limit
        self.parser = parser
    }

    deinit { parser.s.release() }

    /// Reads the piece, then (once the main parser has read the homes) looks up
    /// each placement's home, so the main parser need not.
    func run(homes: PublishedHomes) {
        read()
        guard finished, let urns = homes.wait() else { return }
        parser.resolveHomes(urns)
        homesResolved = true
    }

    private func read() {
        (finished, records, end) = Self.read(&parser, from: start, to: limit)
    }

    /// Reads records from `start` until `limit` (or the array's end, for the last
    /// piece). The parser is passed `inout` so the loop touches no class property:
    /// each such access is a run-time exclusivity check.
    /// How many records a piece reads before judging whether it is among placements.
    static let probe = 8

    private static func read(_ parser: inout SnapshotParser, from start: Int, to limit: Int?)
        -> (finished: Bool, records: Int, end: Int) {
        parser.s.pos = start
        var i = 0
        var finished = false
        do {
            while true {
                try parser.parsePlacement(i)
                i += 1
                // Every one of the first records has a problem: the cut fell outside
                // the placements (among the homes, say), so the main parser will not
                // take this piece. Stop rather than read on for nothing.
                if i == Self.probe, parser.redo.count == i { break }
                guard try parser.s.nextElement() else {
                    finished = limit == nil
                    break
                }
                parser.s.skipWhitespace()
                parser.s.releaseBehind()
                if let limit, parser.s.pos >= limit {
                    finished = parser.s.pos == limit
                    break
                }
            }
        } catch {
            finished = false
        }
        return (finished, i, parser.s.pos)
    }
}

/// The pieces of one file's placements array, read on other cores while the main
/// parser reads the homes and the first piece.
final class PlacementChunks: @unchecked Sendable {
    /// Pieces in file order; the main parser reads everything before the first.
    let chunks: [PlacementChunk]
    private let group = DispatchGroup()
    private var waited = false
    let homes: PublishedHomes

    /// Cuts the bytes from `from` to the end into `pieces` and starts reading all but
    /// the first; nil when the bytes are too few to be worth it or no cut is found.
    static func start(_ main: SnapshotParser, from: Int, pieces: Int, minimumBytes: Int) -> PlacementChunks? {
        let count = main.s.count
        let base = main.s.base
        let span = count - from
        let n = min(pieces, span / max(minimumBytes, 1))
        guard n >= 2 else { return nil }
        // The main parser's share is a little smaller, as it reads the homes (which
        // cost more per byte than placements) and takes the pieces in at the end;
        // 0.9 against 1 came out best on generated national and large files.
        let mainShare = 0.9 / (0.9 + Double(n - 1))
        var starts: [Int] = []
        for k in 1..<n {
            let offset = from + Int(Double(span) * (mainShare + (1 - mainShare) * Double(k - 1) / Double(n - 1)))
            guard let cut = recordStart(after: offset, base: base, count: count),
                  cut > (starts.last ?? from) else { continue }
            starts.append(cut)
        }
        guard !starts.isEmpty else { return nil }
        var chunks: [PlacementChunk] = []
        for (j, start) in starts.enumerated() {
            let limit = j + 1 < starts.count ? starts[j + 1] : nil
            var parser = SnapshotParser(bytes: base, count: count, file: main.file, strict: false, isChunk: true,
                                        expectedBytes: (limit ?? count) - start)
            parser.authorityCodes = main.authorityCodes
            parser.s.releasable = main.s.releasable
            parser.s.progress = main.s.progress
            parser.s.released = start
            chunks.append(PlacementChunk(start: start, limit: limit, parser: parser))
        }
        let all = PlacementChunks(chunks)
        let homes = all.homes
        for chunk in chunks {
            DispatchQueue.global().async(group: all.group) { chunk.run(homes: homes) }
        }
        return all
    }

    private init(_ chunks: [PlacementChunk]) {
        self.chunks = chunks
        homes = PublishedHomes(waiters: chunks.count)
    }

    /// Waits until every piece is read. The pieces read the caller's buffer, so this
    /// must happen before the buffer is freed, whatever else went wrong.
    func wait() {
        guard !waited else { return }
        homes.publish(nil)
        group.wait()
        waited = true
    }

    /// The first line start at or after `offset` that opens an object and follows a
    /// comma: the likely start of an array element.
    static func recordStart(after offset: Int, base: UnsafePointer<UInt8>, count: Int) -> Int? {
        var i = offset
        while i < count {
            if base[i] == 0x0A {
                var j = i + 1
                while j < count, base[j] == 0x20 || base[j] == 0x09 || base[j] == 0x0D || base[j] == 0x0A { j += 1 }
                var b = i - 1
                while b > offset, base[b] == 0x20 || base[b] == 0x09 || base[b] == 0x0D { b -= 1 }
                if j < count, base[j] == UInt8(ascii: "{"), base[b] == UInt8(ascii: ",") { return j }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }
}

/// The main parser's homes, handed to the pieces once read, so each piece can look
/// up its placements' homes on its own core. Published exactly once: with the URN
/// table, or with nil when the homes will not come (an error, or a file in an
/// unusual order), which lets the pieces finish without them.
final class PublishedHomes: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let lock = DispatchSemaphore(value: 1)
    private let waiters: Int
    private var published = false
    private var urns: InternTable?

    init(waiters: Int) { self.waiters = waiters }

    func publish(_ table: InternTable?) {
        lock.wait()
        defer { lock.signal() }
        guard !published else { return }
        published = true
        urns = table
        for _ in 0..<waiters { ready.signal() }
    }

    func wait() -> InternTable? {
        ready.wait()
        lock.wait()
        defer { lock.signal() }
        return urns
    }
}

/// A URN (seven or eight ASCII bytes) packed into one word, zero-extended, so a
/// piece can hold a placement's home until the homes are known.
enum PackedURN {
    @inline(__always) static func pack(_ v: ByteSlice) -> UInt64 { InternTable.prefix(v) }

    static func bytes(_ word: UInt64) -> [UInt8] {
        let n = word >> 56 == 0 ? 7 : 8
        return (0..<n).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
    }

    /// The home's index in `urns`, if there is such a home.
    @inline(__always) static func find(_ word: UInt64, in urns: InternTable) -> Int32? {
        var w = word
        let n = word >> 56 == 0 ? 7 : 8
        return withUnsafeBytes(of: &w) { raw in
            urns.find(ByteSlice(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n))
        }
    }

    static func unknownHome(_ v: ByteSlice) -> String { "no home with URN \(String.quoted(v.buffer)) in $.homes" }

    static func unknownHome(_ word: UInt64) -> String {
        bytes(word).withUnsafeBufferPointer { "no home with URN \(String.quoted($0)) in $.homes" }
    }
}

extension SnapshotParser {
    /// A piece's parser, once taken: its columns are copied out and no longer needed.
    mutating func releaseColumns() {
        placements = []
        pendingHomes = []
        redo = []
        children = InternTable(expectedCount: 0)
    }

    /// A piece's parser, once the homes are known: each kept placement's home, or -1.
    mutating func resolveHomes(_ urns: InternTable) {
        for k in placements.indices {
            placements[k].home = PackedURN.find(pendingHomes[k], in: urns) ?? -1
        }
    }

    /// At a placement that starts a piece read on another core: waits for the pieces
    /// and takes every one that finished, in order, from this one on. Returns how many
    /// records were taken and whether the array is now read to its end; where a piece
    /// did not finish, the cursor is left at its start for this parser to read on.
    mutating func takeChunks(startingAt firstIndex: Int) throws(ParseStop) -> (records: Int, endedArray: Bool) {
        guard let all = chunks else { return (0, false) }
        all.wait()
        guard var j = all.chunks.firstIndex(where: { $0.start == s.pos }) else { return (0, false) }
        var taken = 0
        while j < all.chunks.count {
            let chunk = all.chunks[j]
            guard chunk.finished else {
                s.pos = chunk.start
                return (taken, false)
            }
            try take(chunk, firstIndex: firstIndex + taken)
            chunk.parser.releaseColumns()
            report.placementPieces += 1
            taken += chunk.records
            s.pos = chunk.end
            if chunk.limit == nil { return (taken, true) }
            j += 1
        }
        return (taken, false)
    }

    /// Adds one finished piece's placements as if this parser had read them.
    private mutating func take(_ chunk: PlacementChunk, firstIndex: Int) throws(ParseStop) {
        // Children first, in the piece's order of first appearance: added to this
        // parser's table in that order, they get the indices one pass would give.
        let remap = children.intern(all: chunk.parser.children)
        // Taken out of the class once: each access to its property is a run-time
        // exclusivity check, too dear per record.
        let redo = chunk.parser.redo
        let chunkPlacements = chunk.parser.placements
        let pendingHomes = chunk.parser.pendingHomes
        let homesResolved = chunk.homesResolved
        var r = 0
        var kept = 0
        for local in 0..<chunk.records {
            if r < redo.count && redo[r].index == local {
                s.pos = redo[r].offset
                try parsePlacement(firstIndex + local)
                r += 1
                continue
            }
            var placement = chunkPlacements[kept]
            let urn = pendingHomes[kept]
            kept += 1
            let found = homesResolved ? placement.home : PackedURN.find(urn, in: urns) ?? -1
            guard found >= 0 else {
                // The record was otherwise clean, so its home is all one pass reports.
                var ok = true
                let path = RecordPath(list: "placements", index: firstIndex + local, noun: "placement")
                try reject(path, "home", PackedURN.unknownHome(urn), &ok)
                report.placements.rejected += 1
                continue
            }
            placement.home = found
            placement.child = remap[Int(placement.child)]
            placements.append(placement)
        }
    }
}
