import Testing
@testable import HomesData

/// Open or closed on a date, and the words that say so.
@Suite struct RegisterHomeRegistrationTests {
    static let day = Day(iso: "2023-08-31")!

    @Test(arguments: [
        (RegistrationStatus?.some(.active), nil as String?, nil as String?, true, nil as String?),
        (.suspended, nil, nil, true, nil),
        (nil, nil, nil, true, nil),                              // unknown status: not known to be closed
        (.resigned, "2023-03-01", nil, false, "closed 2023-03-01"),
        (.cancelled, nil, nil, false, "closed"),                 // closed, date unknown
        (.closed, nil, nil, false, "closed"),
        (.resigned, "2023-08-31", nil, false, "closed 2023-08-31"), // closed on the day itself
        (.resigned, "2023-11-30", nil, true, nil),               // closed later: open on the day
        (.active, "2023-01-01", nil, false, "closed 2023-01-01"), // a closure date outranks a stale status
        (.active, nil, "2023-09-01", false, "registered 2023-09-01"), // not yet registered
        (.active, nil, "2023-08-31", true, nil),
    ])
    func openOnADate(status: RegistrationStatus?, closure: String?, registered: String?, open: Bool, wording: String?) {
        let home = Home(urn: "SC000001", provisionType: "Children's home", registrationDate: registered.flatMap { Day(iso: $0) },
                        status: status, closureDate: closure.flatMap { Day(iso: $0) })
        #expect(home.isOpen(on: Self.day) == open)
        #expect(home.closedWording(on: Self.day) == wording)
    }
}

/// One owner spelt two ways is one owner; two owners are two.
@Suite struct RegisterOwnerNameTests {
    @Test(arguments: [
        ("Hexagon Care Services Ltd", "Hexagon Care Services Limited", true),
        ("KESWICK CARE LTD", "Keswick Care Limited", true),
        ("Witherslack Group", "Witherslack Group Ltd", true),
        ("Calderdale Metropolitan Borough Council", "Calderdale Council", true),
        ("Cheshire West And Chester Council", "Cheshire West and Chester LA", true),
        ("Smooth Stone Care & Education Ltd", "Smoothstone Care & Education Limited", true),
        ("Care 4 Children Residential Services Limited", "Your Chapter LTD", false),
        ("Keys BR Limited", "Keys Child Care Ltd", false),
        ("Leeds City Council", "Bradford City Council", false),
    ])
    func sameOwner(a: String, b: String, same: Bool) {
        #expect(OwnerName.same(a, b) == same)
    }
}
