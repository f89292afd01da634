import Foundation
import HomesData
import Yams

/// The settings file read: every setting that could be read, and a problem (with its
/// line) for each that could not. A wrong value leaves only that setting unset; a file
/// that is not YAML at all leaves every setting unset. Either way homes starts.
public struct SettingsReading: Sendable {
    /// Whether there is a settings file at all.
    public var exists: Bool
    public var settings = Settings()
    public var problems: [SettingsProblem] = []
    /// The parsed document, kept so saving changes only the keys it must.
    nonisolated(unsafe) var root: Node?
    /// Comment lines at the top of the file, kept when it is saved.
    var header = ""

    init(exists: Bool, problems: [SettingsProblem] = []) {
        self.exists = exists
        self.problems = problems
    }

    init(exists: Bool, text: String, file: String, home: String?, folder: String) {
        self.exists = exists
        header = Self.leadingComments(text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            problems = [Self.problem(error, file: file)]
            return
        }
        guard let root else { return }  // an empty file (or only comments)
        guard case .mapping(let mapping) = root else {
            problems = [SettingsProblem(file: file, line: root.mark?.line, column: root.mark?.column,
                                        message: "expected settings as 'key: value' lines (\(SettingsKeyList.words)), found \(Self.kind(root))")]
            return
        }
        self.root = root
        var parser = ValueParser(file: file, home: home, folder: folder)
        for (keyNode, value) in mapping {
            guard let spelled = keyNode.scalar?.string, let key = SettingsKey(spelled: spelled) else {
                let name = keyNode.scalar?.string ?? Self.kind(keyNode)
                parser.problem(keyNode, "unknown setting '\(Printable.text(name))'; the settings are \(SettingsKeyList.words) (see docs/settings.md); it is ignored",
                               warning: true)
                continue
            }
            parser.read(key, value, into: &settings)
        }
        problems = parser.problems
    }

    static func problem(_ error: Error, file: String) -> SettingsProblem {
        guard let yaml = error as? YamlError else { return SettingsProblem(file: file, message: "cannot read: \(error)") }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let also = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return SettingsProblem(file: file, line: mark.line, column: mark.column, message: "not valid YAML: \(problem)\(also)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return SettingsProblem(file: file, line: context.mark.line, column: context.mark.column,
                                   message: "the same setting is given twice: \(duplicates.map { "'\(Printable.text($0))'" }.joined(separator: ", ")); keep one")
        case let .reader(problem, _, _, _):
            return SettingsProblem(file: file, message: "not readable as text: \(problem)")
        default:
            return SettingsProblem(file: file, message: "not valid YAML: \(yaml)")
        }
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let s): "'\(Printable.text(s.string))'"
        case .mapping: "a group of settings"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The comment and blank lines before the first setting.
    static func leadingComments(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.isEmpty || trimmed.hasPrefix("#") else { break }
            out += line + "\n"
        }
        return out.trimmingCharacters(in: .newlines).isEmpty ? "" : out
    }
}

/// The setting names as a sentence, for messages.
enum SettingsKeyList {
    static let words = SettingsKey.allCases.map(\.rawValue).joined(separator: ", ")
}

/// Reads one setting's value, or records why it could not.
struct ValueParser {
    let file: String
    let home: String?
    let folder: String
    var problems: [SettingsProblem] = []

    mutating func problem(_ node: Node, _ message: String, warning: Bool = false) {
        problems.append(SettingsProblem(file: file, line: node.mark?.line, column: node.mark?.column, message: message, isWarning: warning))
    }

    mutating func read(_ key: SettingsKey, _ value: Node, into settings: inout Settings) {
        switch key {
        case .snapshots:
            if let text = text(value, key, expected: "a directory, e.g. snapshots: ~/ofsted") { settings.snapshotDirectory = expand(text) }
        case .sort:
            guard let text = text(value, key, expected: "a column, e.g. sort: rating, or sort: inspected descending") else { return }
            let words = text.split(separator: " ").map { $0.lowercased() }
            guard let column = words.first.flatMap(SortKey.init(rawValue:)), words.count <= 2 else {
                return problem(value, "sort: '\(Printable.text(text))' is not a column; expected one of \(Self.columnNames), optionally followed by ascending or descending")
            }
            if words.count == 2 {
                guard let direction = ["ascending": false, "descending": true][words[1]] else {
                    return problem(value, "sort: '\(Printable.text(words[1]))' is not a direction; expected ascending or descending")
                }
                settings.sortDescending = direction
            }
            settings.sort = column
        case .columns:
            let items: [Node]
            switch value {
            case .sequence(let s): items = Array(s)
            case .scalar(let s): items = s.string.split(separator: ",").map { Node(String($0).trimmingCharacters(in: .whitespaces)) }
            default: return problem(value, "columns: expected a list of columns, e.g. columns: [urn, name, authority, rating]")
            }
            var columns: [SortKey] = []
            for item in items {
                guard let name = item.scalar?.string, let column = SortKey(rawValue: name.lowercased()) else {
                    return problem(item.mark == nil ? value : item,
                                   "columns: \(SettingsReading.kind(item)) is not a column; expected some of \(Self.columnNames)")
                }
                if !columns.contains(column) { columns.append(column) }
            }
            guard !columns.isEmpty else { return problem(value, "columns: the list is empty; name at least one of \(Self.columnNames)") }
            settings.columns = columns
        case .colour:
            if let flag = flag(value, key) { settings.colour = flag }
        case .meeting:
            if let flag = flag(value, key) { settings.meeting = flag }
        case .mouse:
            if let flag = flag(value, key) { settings.mouse = flag }
        case .queries:
            guard case .mapping(let mapping) = value else {
                if case .scalar(let s) = value, s.string.isEmpty, s.style == .plain { settings.savedQueries = []; return }
                return problem(value, "queries: expected one 'name: query' line for each saved query, indented under queries:")
            }
            var saved: [SavedQuery] = []
            for (nameNode, queryNode) in mapping {
                guard let name = nameNode.scalar?.string, !name.trimmingCharacters(in: .whitespaces).isEmpty, !Printable.hasControl(name) else {
                    problem(nameNode, "queries: a saved query's name must be text on one line, found \(SettingsReading.kind(nameNode))")
                    continue
                }
                guard let query = queryNode.scalar?.string, !query.trimmingCharacters(in: .whitespaces).isEmpty, !Printable.hasControl(query) else {
                    problem(queryNode, "queries: '\(Printable.text(name))' must be a query on one line, e.g. \(Printable.text(name)): \"la:leeds rating:inadequate\"")
                    continue
                }
                saved.append(SavedQuery(name: name, query: query.trimmingCharacters(in: .whitespaces)))
            }
            settings.savedQueries = saved
        }
    }

    static let columnNames = SortKey.allCases.map(\.rawValue).joined(separator: ", ")

    mutating func text(_ node: Node, _ key: SettingsKey, expected: String) -> String? {
        guard case .scalar(let s) = node, !s.string.trimmingCharacters(in: .whitespaces).isEmpty, !Printable.hasControl(s.string) else {
            problem(node, "\(key.rawValue): expected \(expected), found \(SettingsReading.kind(node))")
            return nil
        }
        return s.string.trimmingCharacters(in: .whitespaces)
    }

    mutating func flag(_ node: Node, _ key: SettingsKey) -> Bool? {
        guard case .scalar(let s) = node, let flag = ["true": true, "false": false][s.string.lowercased()] else {
            problem(node, "\(key.rawValue): expected true or false, found \(SettingsReading.kind(node))")
            return nil
        }
        return flag
    }

    /// `~/x` is in the home directory; a relative path is beside the settings file.
    func expand(_ path: String) -> String {
        if path == "~" { return home ?? path }
        if path.hasPrefix("~/"), let home { return home + path.dropFirst(1) }
        if path.hasPrefix("/") || path.hasPrefix("~") { return path }
        return URL(fileURLWithPath: folder + "/" + path).standardizedFileURL.path
    }
}

/// Text from the file, made safe to print: control characters become `\u{…}`, so a
/// settings file can never send escape sequences to the terminal through a message.
enum Printable {
    static func hasControl(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }
    }

    static func text(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }
}
