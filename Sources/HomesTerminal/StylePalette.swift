import CNcursesw
import HomesBrowser

/// Maps a cell's `Style` to curses attributes and a colour pair.
///
/// Pairs keep the terminal's own background (-1, after `use_default_colors`), so a light
/// or dark theme stays as the user chose. Without colour (NO_COLOR, a terminal without
/// colours, or one that cannot keep its default background) every pair is 0 and the
/// browser core's own fallback (bold, reverse, symbols) carries the meaning.
struct StylePalette {
    /// Pair number per `Style.Colour` raw value; 0 means "no colour pair".
    private var pairs: [Int16] = Array(repeating: 0, count: 8)
    /// Attributes added for a colour the terminal cannot show (grey on 8 colours → dim).
    private var extra: [attr_t] = Array(repeating: 0, count: 8)
    let colour: Bool

    /// Without colour: attributes only.
    init() { colour = false }

    /// Sets up the pairs; call after `start_color` and `use_default_colors` succeeded.
    init(colours: Int32) {
        colour = true
        let table: [(Style.Colour, Int16)] = [
            (.green, Int16(COLOR_GREEN)), (.blue, Int16(COLOR_BLUE)), (.yellow, Int16(COLOR_YELLOW)),
            (.red, Int16(COLOR_RED)), (.cyan, Int16(COLOR_CYAN)), (.magenta, Int16(COLOR_MAGENTA)),
        ]
        var next: Int16 = 1
        for (colour, foreground) in table {
            init_pair(next, foreground, -1)
            pairs[Int(colour.rawValue)] = next
            next += 1
        }
        if colours >= 16 {
            init_pair(next, 8, -1)  // bright black: grey on 16- and 256-colour terminals
            pairs[Int(Style.Colour.grey.rawValue)] = next
        } else {
            extra[Int(Style.Colour.grey.rawValue)] = homes_a_dim()
        }
    }

    func attributes(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = homes_a_normal()
        if style.bold { attributes |= homes_a_bold() }
        if style.reverse { attributes |= homes_a_reverse() }
        if style.underline { attributes |= homes_a_underline() }
        if style.dim { attributes |= homes_a_dim() }
        guard colour else { return (attributes, 0) }
        let index = Int(style.foreground.rawValue)
        return (attributes | extra[index], pairs[index])
    }
}
