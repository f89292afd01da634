import CNcursesw
import Glibc
import HomesBrowser

/// Why the terminal could not be opened.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// The real terminal, from set-up to restore, and the loop that feeds a `TerminalProgram`.
///
/// Everything curses is confined here and to the painter, on the one thread that opens
/// the session. Set-up follows what the terminal programs inspectors know (htop, tig,
/// visidata) do: the user's locale, cbreak so Ctrl-C and Ctrl-Z keep their meaning,
/// a 25 ms Esc, the default background kept, and the terminal restored on every exit,
/// including signals and crashes.
public final class TerminalSession {
    /// Whether colours are in use (false under NO_COLOR or on a terminal without them).
    /// Give it to the program so its own non-colour fallback shows in the grid.
    public let colour: Bool
    private var painter: ScreenPainter
    private var screen: OpaquePointer?
    private var open = true
    /// Whether mouse reporting was turned on (never when the user turned the mouse off).
    public let mouse: Bool
    private var clicks = DoubleClicks()

    /// Signals after which the terminal must be put back before the process ends.
    static let restoringSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGINT, SIGTERM, SIGHUP]

    /// True when both standard input and output are a terminal: drawing makes sense.
    public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Whether the user allows colour: NO_COLOR set to anything non-empty forbids it
    /// (https://no-color.org), as does the `--no-color` flag (`allowed: false`).
    public static func colourWanted(allowed: Bool, environment: [String: String]) -> Bool {
        allowed && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Takes over the terminal: alternate screen, no echo, keys decoded, cursor hidden.
    /// `mouse: false` never calls `mousemask`, so the terminal keeps its own text
    /// selection. Throws (with the terminal untouched) when TERM names no usable terminal.
    public init(colour wanted: Bool, mouse mouseWanted: Bool = true) throws(TerminalError) {
        setlocale(LC_ALL, "")
        homes_save_termios(0)
        set_escdelay(25)
        guard let screen = newterm(nil, homes_stdout(), homes_stdin()) else {
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalError(description: "cannot open the terminal: TERM=\"\(term)\" is unknown to this system's terminfo; try TERM=xterm-256color")
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        intrflush(homes_stdscr(), false)
        keypad(homes_stdscr(), true)
        var palette = StylePalette()
        if wanted && has_colors() && start_color() == OK && use_default_colors() == OK {
            palette = StylePalette(colours: homes_colors())
        }
        colour = palette.colour
        painter = ScreenPainter(palette: palette)
        curs_set(0)
        // Presses are reported at once (no click interval): `DoubleClicks` pairs them.
        // endwin turns reporting off (quit, Ctrl-Z) and the next refresh turns it on again.
        mouse = mouseWanted && mousemask(MouseTranslation.buttonsWanted, nil) != 0
        if mouse { mouseinterval(0) }
        Self.prepareSignalRestore(mouse: mouse)
        // Pasted text comes between ESC [200~ and ESC [201~ once asked for (xterm's
        // bracketed paste), so a paste is typed as text and never obeyed as keys.
        define_key(KeyTranslation.pasteStartSequence, KeyTranslation.pasteStartCode)
        define_key(KeyTranslation.pasteEndSequence, KeyTranslation.pasteEndCode)
        Self.bracketedPaste(true)
    }

    /// Turns xterm's bracketed paste on or off. Terminals without it ignore the sequence.
    private static func bracketedPaste(_ on: Bool) {
        fflush(homes_stdout())
        let bytes = on ? KeyTranslation.bracketedPasteOn : KeyTranslation.bracketedPasteOff
        _ = bytes.withCString { write(1, $0, strlen($0)) }
    }

    deinit { close() }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func close() {
        guard open else { return }
        open = false
        endwin()
        Self.bracketedPaste(false)
        homes_release_resize_and_stop()
        for signal in Self.restoringSignals { homes_uninstall_restore_handler(signal) }
        if let screen { delscreen(screen) }
        screen = nil
    }

    /// Runs `program` until it asks to quit or the terminal goes away. The program first
    /// gets a `.resize` with the current size, so it can lay out before the first draw.
    public func run(_ program: inout some TerminalProgram) {
        precondition(open, "run on a closed TerminalSession")
        homes_handle_resize_and_stop_here()
        var size = currentSize()
        if program.handle(.resize(width: size.width, height: size.height)) == .quit { return }
        draw(program, size: size)
        var failures = 0
        while true {
            if homes_take_stop_request() != 0 {
                if suspendAndResume(&program, size: &size) == .quit { return }
                draw(program, size: size)
            }
            let started = Self.now()
            guard let first = nextEvent(waiting: true) else {
                // A timeout or an interrupted read is normal; a read failing at once, again
                // and again, means the terminal is gone (a closed pty without SIGHUP).
                failures = Self.now() - started < 0.001 ? failures + 1 : 0
                if failures > 100 || isatty(0) != 1 { return }
                continue
            }
            failures = 0
            // Drain every key already waiting (held-down arrows, fast typing, a paste the
            // terminal did not bracket) into one batch: the program recomputes once for it
            // and the screen is drawn once. The cap keeps a flood of input from starving
            // the screen: what is left is the next batch.
            var batch = [first]
            while batch.count < Self.batchLimit, let event = nextEvent(waiting: false) { batch.append(event) }
            while !batch.isEmpty {
                let (effect, handled) = apply(batch, to: &program, size: &size)
                batch.removeFirst(max(1, min(handled, batch.count)))
                switch effect {
                case .quit:
                    return
                case .suspend:
                    if suspendAndResume(&program, size: &size) == .quit { return }
                case .none:
                    break
                }
            }
            draw(program, size: size)
        }
    }

    /// Stops as Ctrl-Z does, then tells the program if the size changed meanwhile.
    private func suspendAndResume(_ program: inout some TerminalProgram, size: inout Size) -> Effect {
        suspend()
        let now = currentSize()
        guard now != size else { return .none }
        size = now
        return program.handle(.resize(width: size.width, height: size.height))
    }

    /// Seconds on a monotonic clock.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Most events handled before the screen is drawn again.
    static let batchLimit = 4096

    /// Hands events to the program; the size is the last resize among those it handled.
    private func apply(_ events: [KeyEvent], to program: inout some TerminalProgram, size: inout Size) -> (effect: Effect, handled: Int) {
        let (effect, handled) = program.handle(events)
        for event in events.prefix(handled) {
            if case .resize(let width, let height) = event {
                size = Size(width: width, height: height)
                painter.invalidate()
            }
        }
        return (effect, handled)
    }

    private func nextEvent(waiting: Bool) -> KeyEvent? {
        let window = homes_stdscr()
        // Waiting wakes every half second: a Ctrl-Z or resize that lands between the check
        // above and the read is then seen without waiting for a key.
        wtimeout(window, waiting ? 500 : 0)
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { return nil }
            if status == KEY_CODE_YES, Int32(bitPattern: value) == KeyTranslation.pasteStartCode {
                return .paste(readPaste(window))
            }
            if status == KEY_CODE_YES, Int32(bitPattern: value) == KeyTranslation.pasteEndCode { continue }
            if status == KEY_CODE_YES, Int32(bitPattern: value) == KEY_MOUSE {
                var reported = MEVENT()
                if getmouse(&reported) == OK, let event = MouseTranslation.event(buttons: reported.bstate, x: reported.x, y: reported.y) {
                    return .mouse(clicks.classify(event, at: Self.now()))
                }
                continue  // a release or another button: look for the next event
            }
            if let event = KeyTranslation.event(status: status, value: value, size: { (Int(homes_cols()), Int(homes_lines())) }) {
                return event
            }
            if !waiting { continue }  // an unbound key: look for the next one
        }
    }

    /// The text of a bracketed paste, read up to its end mark. A terminal that never sends
    /// the end (or a paste cut short) ends it after a quiet tenth of a second; a paste
    /// larger than `pasteLimit` characters ends there, the rest arriving as keys.
    private func readPaste(_ window: UnsafeMutablePointer<WINDOW>?) -> String {
        wtimeout(window, 100)
        var text = ""
        var count = 0
        while count < Self.pasteLimit {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(bitPattern: value) == KeyTranslation.pasteEndCode { break }
                if Int32(bitPattern: value) == KEY_ENTER { text.append("\n") }
                continue
            }
            if let character = KeyTranslation.pastedCharacter(value) {
                text.append(character)
                count += 1
            }
        }
        return text
    }

    /// Most characters one paste event carries.
    static let pasteLimit = 1_000_000

    private func draw(_ program: some TerminalProgram, size: Size) {
        let grid = program.draw(width: size.width, height: size.height)
        painter.paint(grid, screenWidth: size.width, screenHeight: size.height)
        let window = homes_stdscr()
        if let cursor = grid.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            // Parked bottom-right for terminals that cannot hide it (vt100).
            wmove(window, Int32(max(0, size.height - 1)), Int32(max(0, size.width - 1)))
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Stops the process as Ctrl-Z does, with the terminal restored meanwhile; on `fg` the
    /// next refresh puts curses' modes back and the whole screen is repainted. curses
    /// learns a size change made while stopped from the SIGWINCH the terminal sends.
    private func suspend() {
        endwin()
        Self.bracketedPaste(false)
        homes_stop_self()
        Self.bracketedPaste(true)
        painter.invalidate()
    }

    private struct Size: Equatable {
        var width: Int
        var height: Int
    }

    private func currentSize() -> Size { Size(width: Int(homes_cols()), height: Int(homes_lines())) }

    /// Prepares the bytes a signal handler writes to undo curses (taken from this
    /// terminal's terminfo, with xterm's sequences where it has none) and installs it.
    private static func prepareSignalRestore(mouse: Bool) {
        // xterm's mouse modes off (normal, button-event, SGR), before the screen is left.
        var bytes: [UInt8] = mouse ? Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) : []
        bytes += Array(KeyTranslation.bracketedPasteOff.utf8)
        for (capability, fallback) in [("rmkx", ""), ("rmcup", "\u{1B}[?1049l"), ("cnorm", "\u{1B}[?25h"), ("sgr0", "\u{1B}[0m")] {
            if let value = tigetstr(capability), Int(bitPattern: value) != -1 {
                bytes += Array(String(cString: value).utf8)
            } else {
                bytes += Array(fallback.utf8)
            }
        }
        bytes += Array("\r\n".utf8)
        homes_set_restore_bytes(bytes, bytes.count)
        for signal in restoringSignals { homes_install_restore_handler(signal) }
    }
}
