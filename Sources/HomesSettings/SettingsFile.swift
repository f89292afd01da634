import Foundation
import HomesData
import Yams

/// The settings file: `$XDG_CONFIG_HOME/homes/settings.yaml`, else
/// `~/.config/homes/settings.yaml` (configuration, in the XDG sense; the query history is
/// state and lives elsewhere). YAML, because people edit it by hand and because its
/// parser knows the line of every value, so a wrong one is reported where it is.
///
/// homes never creates the file to start: it is written only when the user saves
/// something (a query, a default), and never while it holds a problem homes cannot read
/// past, so nothing the user wrote is overwritten silently.
public struct SettingsFile: Sendable {
    public static let fileName = "settings.yaml"
    public let url: URL
    /// The home directory `~/` stands for in paths inside the file.
    let home: String?

    public init(url: URL, home: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.url = url
        self.home = home
    }

    /// The standard place for this environment, or nil when neither XDG_CONFIG_HOME nor
    /// HOME is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SettingsFile? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return SettingsFile(url: URL(fileURLWithPath: config).appendingPathComponent("homes/\(fileName)"), home: home)
        }
        guard let home else { return nil }
        return SettingsFile(url: URL(fileURLWithPath: home).appendingPathComponent(".config/homes/\(fileName)"), home: home)
    }

    /// What the file holds: the settings homes could read, and what it could not. A
    /// missing file is no problem (nothing has been saved yet).
    public func read() -> SettingsReading {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { return SettingsReading(exists: false) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            return SettingsReading(exists: true, problems: [SettingsProblem(file: path, message: "cannot read: \(Self.reason(error))")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return SettingsReading(exists: true, problems: [SettingsProblem(file: path, message: "is not UTF-8 text; save it as UTF-8")])
        }
        return SettingsReading(exists: true, text: text, file: path, home: home, folder: url.deletingLastPathComponent().path)
    }

    /// Reads the file, lets `edit` change the settings, and writes them back. Keys homes
    /// does not know are kept; comments at the top of the file are kept, others are not
    /// (the YAML writer drops them). Throws without writing when the file has a problem
    /// other than an unknown key.
    public func update(_ edit: (inout Settings) -> Void) throws(SettingsSaveError) {
        let reading = read()
        let blocking = reading.problems.filter { !$0.isWarning }
        if !blocking.isEmpty { throw .fileHasProblems(blocking) }
        var settings = reading.settings
        edit(&settings)
        let text = SettingsWriter.text(settings, before: reading.settings, over: reading.root, keepingHeader: reading.header, home: home)
        try write(text)
    }

    /// Saves the queries (name → query, in order) in place of those saved before; the
    /// other settings stay as they are. For the browser's saved-query store.
    public func saveQueries(_ queries: [(name: String, query: String)]) throws(SettingsSaveError) {
        try update { $0.savedQueries = queries.isEmpty ? nil : queries.map { SavedQuery(name: $0.name, query: $0.query) } }
    }

    /// Written whole to a temporary file beside it and renamed over the old one, so a
    /// crash or a second homes never leaves half a file.
    private func write(_ text: String) throws(SettingsSaveError) {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(Self.fileName).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw .cannotWrite(file: url.path, reason: Self.reason(error))
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno)).lowercased()
            try? manager.removeItem(at: temporary)
            throw .cannotWrite(file: url.path, reason: reason)
        }
    }

    static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return error.localizedDescription
    }
}
