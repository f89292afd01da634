/// What a file given to a loading command is, judged from its first bytes, so that
/// `homes` can open Ofsted's CSVs directly (imported in memory) beside snapshots and
/// tell a user who gives it a workbook or a PDF what to do instead.
public enum InputKind: Sendable, Hashable {
    /// A JSON snapshot: `{` after optional white space and byte-order mark.
    case snapshot
    /// A CSV whose header is one of Ofsted's kinds or SSDA903 episodes.
    case ofstedCSV
    /// Anything else, with what it looks like ("a PDF document", "a CSV file whose
    /// header is not one of Ofsted's: …"), for the error message.
    case other(String)

    /// How much of a file is looked at: Ofsted's longest header row is about 1 KB.
    public static let prefixLength = 16 * 1024

    /// Classifies a file by its first `prefixLength` bytes; never reads further.
    public static func detect(bytes: some Collection<UInt8>) -> InputKind {
        let head = Array(bytes.prefix(prefixLength))
        var body = head[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let firstText = body.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if head.isEmpty { return .other("an empty file") }
        if firstText.isEmpty { return .other("a file holding only white space") }
        if firstText.first == UInt8(ascii: "{") { return .snapshot }
        if let what = notText(head) { return .other(what) }
        if firstText.first == UInt8(ascii: "[") { return .other("JSON that is not a snapshot (it starts with '[', a snapshot with '{')") }
        let decoded = TextDecoding.decode(head)
        guard let header = CSVReader.read(decoded.utf8).records.first else { return .other("a file holding only white space") }
        if ImportFileKind.recognise(header: header.fields) != nil { return .ofstedCSV }
        if header.fields.count < 2 {
            return .other("text that is neither a JSON snapshot nor a CSV file (first line \(CSVReader.printable(header.fields.first ?? "")))")
        }
        let shown = header.fields.prefix(6).map { CSVReader.printable($0) }.joined(separator: ", ")
        return .other("a CSV file whose header is not one of Ofsted's: \(shown)\(header.fields.count > 6 ? ", …" : "")")
    }

    /// File signatures of what people are likely to give by mistake.
    static let magicNumbers: [([UInt8], String)] = [
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (perhaps an .xlsx workbook: save it as CSV)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Excel .xls workbook (save it as CSV)"),
        (Array("%PDF".utf8), "a PDF document"),
        ([0x1F, 0x8B], "gzip-compressed data (decompress it first)"),
    ]

    /// What a file is when it is no text at all (a workbook, a PDF, compressed or
    /// binary data), from its first bytes; nil for text.
    static func notText(_ head: [UInt8]) -> String? {
        for (magic, what) in magicNumbers where head.starts(with: magic) { return what }
        return isBinary(head) ? "binary data, not text" : nil
    }

    /// NUL bytes, or many control characters other than tab and line ends (more than
    /// 8 and over 1%): no CSV or JSON has them. A stray escape or two is text, so
    /// the importer can report it, escaped.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        var control = 0
        for b in bytes {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { control += 1 }
        }
        return control > 8 && control * 100 > bytes.count
    }
}

/// Ofsted's CSVs turned into snapshots in memory, one per register date, so a
/// directory of several years' files loads like several dated snapshots: the newest
/// current, the older ones history.
public enum OfstedSnapshots {
    /// Groups the files by register date and imports each group by exactly the rules
    /// of `homes import ofsted` (`OfstedImport.build`). Every providers-at-a-date file
    /// or places list dates a group; any other file (in-year, closed list, LA level)
    /// joins the first register date on or after its own date, else the newest;
    /// undated files, episodes and files that could not be read or recognised join
    /// the newest group (whose report names them). With no register at all, one
    /// snapshot of everything. Results are oldest first.
    public static func snapshots(from files: [(path: String, bytes: [UInt8])]) -> [(snapshot: Snapshot, report: ImportReport)] {
        var all = OfstedImport()
        for f in files { all.add(path: f.path, bytes: f.bytes) }
        return all.groupedByRegisterDate().map { $0.build() }
    }
}

extension OfstedImport {
    /// One importer per register date, oldest first (see `OfstedSnapshots`).
    func groupedByRegisterDate() -> [OfstedImport] {
        let registerDates = Set(files.compactMap { $0.summary.kind?.isRegister == true ? $0.summary.date : nil }).sorted()
        guard let newest = registerDates.last else { return [self] }
        var groups = registerDates.map { _ in OfstedImport() }
        for f in files {
            let date = f.summary.date.flatMap { d in registerDates.first { $0 >= d } } ?? newest
            let g = registerDates.firstIndex(of: date)!
            groups[g].files.append(f)
            groups[g].fileCount += 1
        }
        let last = groups.count - 1
        groups[last].episodeFiles = episodeFiles
        groups[last].unreadable = unreadable
        groups[last].unreadableProblems = unreadableProblems
        groups[last].fileCount += episodeFiles.count + unreadable.count
        return groups
    }
}
