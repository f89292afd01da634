import HomesData
import Yams

/// Settings as the file's text. Only the settings that changed are rewritten: the others
/// keep the node they were read from (a relative path stays relative, an unknown key
/// stays where it was), and the comments at the top of the file are kept.
enum SettingsWriter {
    static let header = "# homes settings: see docs/settings.md. homes rewrites this file when you save a query or a default.\n"

    static func text(_ settings: Settings, before: Settings, over root: Node?, keepingHeader kept: String, home: String?) -> String {
        var pairs: [(Node, Node)] = []
        if case .mapping(let mapping)? = root { pairs = mapping.map { ($0.key, $0.value) } }
        for key in SettingsKey.allCases where value(of: key, in: settings) != value(of: key, in: before) || !has(key, pairs) {
            let index = pairs.firstIndex { $0.0.scalar.flatMap { SettingsKey(spelled: $0.string) } == key }
            guard let node = node(for: key, in: settings, home: home) else {
                if let index { pairs.remove(at: index) }
                continue
            }
            if let index { pairs[index].1 = node } else { pairs.append((Node(key.rawValue), node)) }
        }
        // Yams's composer records a sequence's style from its end event, which carries
        // none, so a kept `columns: [urn, name]` would come back as a block list: keep the
        // one-line form homes documents and writes.
        pairs = pairs.map { key, value in
            guard case .sequence(var sequence) = value, sequence.style == .any else { return (key, value) }
            sequence.style = .flow
            return (key, .sequence(sequence))
        }
        if pairs.isEmpty { return kept.isEmpty ? header : kept }
        let body = (try? Yams.serialize(node: .mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)) ?? ""
        return (kept.isEmpty ? header : kept) + body
    }

    static func has(_ key: SettingsKey, _ pairs: [(Node, Node)]) -> Bool {
        pairs.contains { $0.0.scalar.flatMap { SettingsKey(spelled: $0.string) } == key }
    }

    /// A comparable form of one setting, to tell which changed.
    static func value(of key: SettingsKey, in s: Settings) -> String? {
        switch key {
        case .snapshots: s.snapshotDirectory
        case .sort: s.sort.map { sortText($0, s.sortDescending) }
        case .columns: s.columns.map { $0.map(\.rawValue).joined(separator: ",") }
        case .colour: s.colour.map(String.init)
        case .meeting: s.meeting.map(String.init)
        case .mouse: s.mouse.map(String.init)
        case .queries: s.savedQueries.map { $0.map { "\($0.name)\u{0}\($0.query)" }.joined(separator: "\u{1}") }
        }
    }

    static func sortText(_ key: SortKey, _ descending: Bool?) -> String {
        key.rawValue + (descending.map { $0 ? " descending" : " ascending" } ?? "")
    }

    static func node(for key: SettingsKey, in s: Settings, home: String?) -> Node? {
        switch key {
        case .snapshots:
            guard var path = s.snapshotDirectory else { return nil }
            if let home, path.hasPrefix(home + "/") { path = "~" + path.dropFirst(home.count) }
            return Node(path)
        case .sort:
            return s.sort.map { Node(sortText($0, s.sortDescending)) }
        case .columns:
            return s.columns.map { Node($0.map { Node($0.rawValue) }, .implicit, .flow) }
        case .colour:
            return s.colour.map { Node(String($0)) }
        case .meeting:
            return s.meeting.map { Node(String($0)) }
        case .mouse:
            return s.mouse.map { Node(String($0)) }
        case .queries:
            guard let saved = s.savedQueries, !saved.isEmpty else { return nil }
            return .mapping(Node.Mapping(saved.map { (Node($0.name), Node($0.query, .implicit, .doubleQuoted)) }))
        }
    }
}
