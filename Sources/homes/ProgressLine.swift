import Dispatch
import Foundation
#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// One line on stderr that says how far a long piece of work has got, redrawn at most
/// ten times a second and erased when the work ends, as other terminal tools do. Only
/// on a terminal (never into a file or a pipe), and only once the work has taken long
/// enough to notice, so quick runs print nothing.
///
/// While it is up, Ctrl-C erases it and ends homes at once (exit 130): the browser has
/// not started, so the terminal is still as the shell left it.
final class ProgressLine: @unchecked Sendable {
    /// The longest wait shown as nothing.
    static let delay = 0.4
    static let interval = 0.1

    /// The line's words, given the seconds since the start; nil draws nothing this time.
    private let describe: @Sendable (Double) -> String?
    private let start = DispatchTime.now()
    private let queue = DispatchQueue(label: "homes.progress")
    private var timer: DispatchSourceTimer?
    /// Touched only on `queue`.
    private var drawn = false
    /// What Ctrl-C did before the line went up, put back when it goes.
    private var previousInterrupt: sighandler_t?

    /// Whether a line can be shown: stderr is a terminal that can erase a line.
    static var wanted: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    private init(describe: @escaping @Sendable (Double) -> String?) {
        self.describe = describe
    }

    /// Shows the line while `work` runs; when stderr is not a terminal, only runs it.
    static func around<T, E: Error>(_ describe: @escaping @Sendable (Double) -> String?, _ work: () throws(E) -> T) throws(E) -> T {
        guard wanted else { return try work() }
        let line = ProgressLine(describe: describe)
        line.begin()
        defer { line.end() }
        return try work()
    }

    private func begin() {
        previousInterrupt = signal(SIGINT) { _ in
            let erase: [UInt8] = Array("\r\u{1B}[K".utf8)
            _ = erase.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            _exit(130)
        }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + Self.delay, repeating: Self.interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    private func draw() {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        guard let text = describe(elapsed) else { return }
        Self.emit("\r\u{1B}[K" + Self.fitted(text))
        drawn = true
    }

    private func end() {
        timer?.cancel()
        queue.sync {
            if drawn { Self.emit("\r\u{1B}[K") }
        }
        signal(SIGINT, previousInterrupt ?? SIG_DFL)
    }

    /// Cut to the terminal's width, so the line never wraps (a wrapped line cannot be
    /// erased with one carriage return).
    static func fitted(_ text: String) -> String {
        var size = winsize()
        let width = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        return text.count < width ? text : String(text.prefix(max(1, width - 2))) + "…"
    }

    private static func emit(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// The words of a progress line, kept apart from the drawing so they can be tested.
enum ProgressWording {
    /// "Reading snapshots: 312.0 MB of 822.0 MB (38%) · about 2 s left"; without a
    /// known total (a pipe), only what has been read and for how long.
    static func reading(read: Int64, expected: Int64, elapsed: Double, what: String = "snapshots") -> String {
        guard expected > 0 else { return "Reading \(what): \(ValidateCommand.formatBytes(Int(read))) · \(seconds(elapsed))" }
        let done = min(read, expected)
        let percent = Int(Double(done) * 100 / Double(expected))
        var line = "Reading \(what): \(ValidateCommand.formatBytes(Int(done))) of \(ValidateCommand.formatBytes(Int(expected))) (\(percent)%)"
        if done > 0, done < expected, elapsed >= 0.3 {
            let left = elapsed * Double(expected - done) / Double(done)
            line += " · about \(seconds(left)) left"
        } else if done >= expected {
            line += " · putting the register together"
        }
        return line
    }

    /// "n of N things (p%) · about t left", for work counted in items.
    static func counting(_ done: Int, of total: Int, _ things: String, elapsed: Double, doing: String) -> String {
        let percent = total > 0 ? min(100, done * 100 / total) : 0
        var line = "\(doing): \(done.formatted(.number.grouping(.automatic))) of \(total.formatted(.number.grouping(.automatic))) \(things) (\(percent)%)"
        if done > 0, done < total, elapsed >= 0.3 { line += " · about \(seconds(elapsed * Double(total - done) / Double(done))) left" }
        return line
    }

    static func seconds(_ s: Double) -> String {
        s < 10 ? String(format: "%.1f s", s) : s < 120 ? "\(Int(s.rounded())) s" : "\(Int((s / 60).rounded())) min"
    }
}
