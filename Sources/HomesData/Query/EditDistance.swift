/// Nearest-spelling suggestions for typos in field names and values.
enum EditDistance {
    /// Optimal string alignment distance (Levenshtein plus adjacent transposition),
    /// so `ratign` is one edit from `rating`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

    /// The candidate nearest to `typed` if it is close enough to be a typo: within
    /// a third of the word's length (at least one edit), or a candidate the typed
    /// text begins. Ties go to the earlier candidate.
    static func nearest(_ typed: String, in candidates: some Sequence<String>) -> String? {
        let t = typed.lowercased()
        guard !t.isEmpty else { return nil }
        var best: (String, Int)?
        for c in candidates {
            let d = distance(t, c)
            if best == nil || d < best!.1 { best = (c, d) }
        }
        if let (c, d) = best, d <= max(1, t.count / 3), d < max(t.count, c.count) { return c }
        for c in candidates where c.lowercased().hasPrefix(t) && t.count >= 2 { return c }
        return nil
    }
}
