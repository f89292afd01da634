import Testing
@testable import HomesData

/// A file's date from its name, in each spelling Ofsted uses.
@Suite struct ImportFileDateTests {
    @Test(arguments: [
        ("Provider_level_at_31_Aug_2023.csv", "2023-08-31"),
        ("Providers_places_at_31_Aug_2023.csv", "2023-08-31"),
        ("Closed_childrens_homes_31Mar23.csv", "2023-03-31"),
        ("dir/Closed_childrens_homes_30Sept2024.csv", "2024-09-30"),
        ("LA_level_at_31_March_2022.csv", "2022-03-31"),
        ("snapshot-2023-08-31.csv", "2023-08-31"),
        ("Provider_level_in_year_2022-23.csv", nil),
        ("Closed_childrens_homes_31Feb23.csv", nil),
        ("Closed_childrens_homes.csv", nil),
    ] as [(String, String?)])
    func readsTheDateInTheName(name: String, iso: String?) {
        #expect(FileDate.fromName(name) == iso.flatMap { Day(iso: $0) })
    }
}
