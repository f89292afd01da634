import CNcursesw
import HomesBrowser

/// Placeholder until the ncurses adapter is built; proves the module links.
public enum TerminalInfo {
    public static var ncursesVersion: String { String(cString: curses_version()) }
}
