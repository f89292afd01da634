import HomesData

/// Type-to-jump in the filter panel: 153 authorities are too many to scroll, so letters
/// typed there move the cursor to the first value beginning with them, as in a file
/// manager. Compared folded (case, accents and punctuation ignored) and without spaces,
/// so `northy` finds "North Yorkshire"; failing a value that begins so, one with a word
/// that does (`york` finds "East Riding of Yorkshire" only when no value begins "york").
enum FilterJump {
    static func row(for typed: String, in values: [FacetCount]) -> Int? {
        let key = squeezed(TextFolding.fold(typed))
        guard !key.isEmpty else { return nil }
        if let row = values.firstIndex(where: { squeezed(TextFolding.fold($0.label)).starts(with: key) }) { return row }
        return values.firstIndex { value in
            TextFolding.fold(value.label).split(separator: 0x20).contains { $0.starts(with: key) }
        }
    }

    static func squeezed(_ folded: [UInt8]) -> [UInt8] { folded.filter { $0 != 0x20 } }
}
