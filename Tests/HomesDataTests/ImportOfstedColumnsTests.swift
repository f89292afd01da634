import Testing
@testable import HomesData

@Suite struct ImportOfstedColumnsTests {
    @Test(arguments: [
        ("Latest full inspection overall experiences and progress of children and young people", OfstedField.overall, InspectionGroup.current),
        ("Inspection overall experiences and progress of children and young people", .overall, .current),
        ("Overall experiences and progress of children and young people", .overall, .current),
        ("Latest full inspectio health services", .health, .current),
        ("Inspection health services", .health, .current),
        ("Health services", .health, .current),
        ("Latest full inspection date", .eventDate, .current),
        ("Inspection date", .eventDate, .current),
        ("Inspection publication date", .publicationDate, .current),
        ("Latest full inspection event number", .eventNumber, .current),
        ("Previous full inspection event number", .eventNumber, .previous),
        ("Previous full inspection the effectiveness of leaders and managers", .leadersAndManagers, .previous),
        ("Short-break-only children's home", .shortBreakOnly, .current),
        ("Short-break-only children’s home", .shortBreakOnly, .current),
        ("Multi-building children's home", .multiBuilding, .current),
        ("  URN ", .urn, .current),
        ("PROVISION TYPE", .provisionType, .current),
        ("Registration status", .status, .current),
        ("Government Office Region", .region, .current),
        ("Organisation which owns the provider", .organisation, .current),
        ("Local authority name", .authorityName, .current),
        ("Overall effectiveness", .authorityOverall, .current),
        ("Experiences and progress of children in care and care leavers", .authorityChildrenInCare, .current),
    ])
    func recognisesHeaderVariants(header: String, field: OfstedField, group: InspectionGroup) {
        #expect(OfstedColumns.meaning(ofHeader: header) == .field(field, group))
    }

    @Test(arguments: ["Web link", "Linked Education URN", "Address 1", "Postcode", "Parliamentary constituency", "", "  "])
    func knowsWhatItIgnores(header: String) {
        #expect(OfstedColumns.meaning(ofHeader: header) == .ignored)
    }

    @Test(arguments: ["Risk rating", "Date of last complaint", "Inspection lead"])
    func reportsWhatItDoesNotKnow(header: String) {
        #expect(OfstedColumns.meaning(ofHeader: header) == .unknown)
    }
}
