/// One distinct value of an open-ended field (an authority, region, provision type
/// or registered need) as the index knows it.
public struct IndexTerm: Sendable, Equatable {
    /// Display text, in the snapshot's own spelling.
    public let label: String
    /// The bare query token for it (`bristol-city-of`), what the filter panel writes.
    public let token: String
    /// The folded form values are compared with.
    let folded: [UInt8]
    /// Another exact spelling that selects it (an authority's ONS code), folded.
    let code: [UInt8]

    init(label: String, code: String = "") {
        self.label = label
        self.token = TextFolding.slug(label)
        self.folded = TextFolding.fold(label)
        self.code = TextFolding.fold(code)
    }
}

extension SnapshotIndex {
    /// The terms a text field's values are matched against, for the fields that
    /// have a closed vocabulary in the snapshot.
    public func vocabulary(for field: QueryField) -> [IndexTerm]? {
        switch field {
        case .authority: authorityTerms
        case .region: regionTerms
        case .type: typeTerms
        case .needs: needTerms
        default: nil
        }
    }

    /// Which terms a folded value selects: the ones it names exactly (name or code)
    /// if any, else every term containing it. So `la:york` is York alone, while
    /// `la:yorkshire` is all four Yorkshire authorities.
    func matchingTerms(_ folded: [UInt8], in terms: [IndexTerm]) -> [Int] {
        var exact: [Int] = []
        for (i, t) in terms.enumerated() where t.folded == folded || (!t.code.isEmpty && t.code == folded) { exact.append(i) }
        if !exact.isEmpty { return exact }
        var partial: [Int] = []
        for (i, t) in terms.enumerated() where t.folded.contains(subsequence: folded) { partial.append(i) }
        return partial
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence n: [UInt8]) -> Bool {
        guard !n.isEmpty else { return true }
        guard n.count <= count else { return false }
        for i in 0...(count - n.count) where self[i] == n[0] {
            var j = 1
            while j < n.count, self[i + j] == n[j] { j += 1 }
            if j == n.count { return true }
        }
        return false
    }
}
