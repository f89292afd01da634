/// A reproducible stream of random events for soaking the browser: keys from the keymap
/// table (every key bound anywhere), typed text, pastes, Enter and Esc, clicks and the
/// wheel, and resizes from tiny to wide. `homes-bench soak` and the random-walk test
/// drive `BrowserApp` with it; the same seed gives the same events, so a failure is
/// reported as a seed and a step and replayed exactly.
///
/// Nothing that would export is sent (no key bound to exporting, no typed letter that
/// exports on the screen showing): the soak must never write files where it runs.
public struct SoakEvents {
    private var state: UInt64
    private let bound: [KeyEvent]
    private static let typed = Array("abcdefghijklmnopqrstuvwxyz leeds:rating,>=<!0123456789\"-é東")

    public init(seed: UInt64) {
        state = seed
        var keys: [KeyEvent] = []
        for binding in Keymap.bindings where binding.action != .export {
            for key in binding.keys where !keys.contains(key) { keys.append(key) }
        }
        let exporting = Set(Keymap.bindings.filter { $0.action == .export }.flatMap(\.keys))
        bound = keys.filter { !exporting.contains($0) }
    }

    /// The next number of a SplitMix64 sequence.
    private mutating func random() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { Int(random() % UInt64(n)) }

    /// The next event for `app`: drawn again while it would export there (an `e` typed on
    /// the list is a key, not text).
    public mutating func next(for app: BrowserApp) -> KeyEvent {
        while true {
            let event = next()
            if case .mouse = event { return event }
            if case .paste = event { return event }
            if app.action(for: event) != .export { return event }
        }
    }

    mutating func next() -> KeyEvent {
        switch below(100) {
        case 0..<55: return bound[below(bound.count)]
        case 55..<80: return .character(Self.typed[below(Self.typed.count)])
        case 80..<86: return .enter
        case 86..<92: return .escape
        case 92..<94: return .backspace
        case 94..<95:
            // Mostly sizes a laptop has, sometimes too small to draw in.
            let sizes = [(80, 24), (120, 40), (250, 70), (60, 12), (40, 10), (200, 50)]
            let (w, h) = sizes[below(sizes.count)]
            return .resize(width: w, height: h)
        case 95..<96:
            let length = below(40)
            return .paste(String((0..<length).map { _ in Self.typed[below(Self.typed.count)] }) + (below(2) == 0 ? "\n" : ""))
        default:
            let kinds: [MouseEvent.Kind] = [.press, .doubleClick, .wheelUp, .wheelDown]
            return .mouse(MouseEvent(kinds[below(kinds.count)], x: below(100), y: below(40)))
        }
    }
}
