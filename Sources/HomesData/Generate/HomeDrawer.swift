/// Draws one made-up home at a time: provision type, sector, owner, authority and
/// regions, places, registration and closure, registered-for needs, and a URN.
///
/// Proportions follow Ofsted's 2022 and 2023 provider files: mostly children's homes,
/// about four in five run privately, a third of children's homes published with no
/// name (REDACTED), places from 1 to 12 averaging about four.
struct HomeDrawer {
    enum Provision: Int, CaseIterable {
        case childrensHome, childrensHomeCapitalised, secure, schoolRegisteredAsHome,
             residentialSpecialSchool, familyCentre, holidayScheme

        var ofstedName: String {
            switch self {
            case .childrensHome: "Children's home"
            case .childrensHomeCapitalised: "Children's Home"
            case .secure: "Secure children's home"
            case .schoolRegisteredAsHome: "Residential special school (registered as a children's home)"
            case .residentialSpecialSchool: "Residential Special School"
            case .familyCentre: "Residential Family Centre"
            case .holidayScheme: "Residential Holiday Scheme for Disabled Children"
            }
        }
        static let weights: [Double] = [86.0, 0.6, 0.6, 3.0, 5.3, 3.0, 0.5]

        /// Relative weights of local authority, private, voluntary, academy, health authority.
        var sectorWeights: [Double] {
            switch self {
            case .childrensHome, .childrensHomeCapitalised: [11.5, 84, 4.2, 0, 0.3]
            case .secure: [1, 0, 0, 0, 0]
            case .schoolRegisteredAsHome: [5, 74, 21, 0, 0]
            case .residentialSpecialSchool: [38, 18, 25, 19, 0]
            case .familyCentre: [0, 90, 10, 0, 0]
            case .holidayScheme: [0, 50, 50, 0, 0]
            }
        }

        /// Relative weights of 1…12 places.
        var placeWeights: [Double] {
            switch self {
            case .childrensHome, .childrensHomeCapitalised: [6, 17, 24, 22, 12, 8, 4, 2.5, 1.5, 1, 0.5, 1.5]
            case .secure: [0, 0, 0, 0, 0, 2, 2, 3, 2, 3, 2, 4]
            case .schoolRegisteredAsHome, .residentialSpecialSchool: [0, 1, 2, 3, 3, 3, 2, 2, 1, 1, 0.5, 0.5]
            case .familyCentre: [0, 3, 4, 4, 3, 2, 0, 0, 0, 0, 0, 0]
            case .holidayScheme: [0, 0, 0, 0, 0, 2, 2, 3, 2, 2, 1, 2]
            }
        }

        var isChildrensHome: Bool { self == .childrensHome || self == .childrensHomeCapitalised }
    }

    static let needs = ["EBD", "LD", "PD", "SI", "MH", "DA"]

    let authorities: [EnglishAuthority]
    let snapshotDate: Day
    let authorityTable: WeightedTable
    let provisionTable = WeightedTable(Provision.weights)
    let placeTables: [WeightedTable]
    let sectorTables: [WeightedTable]
    let privateOwners: [String]
    let charityOwners: [String]
    var usedURNs: Set<Int> = []

    init(authorities: [EnglishAuthority], snapshotDate: Day, homeCount: Int, random: inout SyntheticRandom) {
        self.authorities = authorities
        self.snapshotDate = snapshotDate
        // Some authorities host far more homes than others (the North West and the
        // West Midlands most, London least), as in the real files.
        let regionFactor: [String: Double] = [
            "North West": 1.7, "West Midlands": 1.4, "East Midlands": 1.1, "Yorkshire and the Humber": 1.0,
            "North East": 1.0, "South East": 0.9, "East of England": 0.8, "South West": 0.8, "London": 0.45,
        ]
        authorityTable = WeightedTable(authorities.map { a in
            (0.25 + 3 * random.unit() * random.unit()) * (regionFactor[a.region] ?? 1)
        })
        placeTables = Provision.allCases.map { WeightedTable($0.placeWeights) }
        sectorTables = Provision.allCases.map { WeightedTable($0.sectorWeights) }
        // A few large groups own many homes and most own a handful: a pool drawn with a skew.
        let names = SyntheticNames.self
        var owners: [String] = []
        let poolSize = min(names.organisationWords.count * names.organisationKinds.count * names.organisationForms.count,
                           max(6, homeCount / 5))
        owners.reserveCapacity(poolSize)
        for i in 0..<poolSize {
            let w = names.organisationWords[i % names.organisationWords.count]
            let k = names.organisationKinds[(i / names.organisationWords.count) % names.organisationKinds.count]
            let f = names.organisationForms[(i / (names.organisationWords.count * names.organisationKinds.count))
                % names.organisationForms.count]
            owners.append("\(w) \(k) \(f)")
        }
        random.shuffle(&owners, range: 0..<owners.count)
        privateOwners = owners
        var charities: [String] = []
        for f in names.charityForms { for w in names.organisationWords { charities.append("\(w) \(f)") } }
        random.shuffle(&charities, range: 0..<charities.count)
        charityOwners = Array(charities.prefix(max(4, min(charities.count, homeCount / 15))))
    }

    mutating func draw(_ random: inout SyntheticRandom) -> Home {
        let provision = Provision(rawValue: provisionTable.pick(&random))!
        let sector = Sector(rawValue: UInt8(1 + sectorTables[provision.rawValue].pick(&random)))!
        let authorityIndex = authorityTable.pick(&random)
        let authority = authorities[authorityIndex]
        let places = Int32(1 + placeTables[provision.rawValue].pick(&random))

        // Registration: skewed towards recent years (the private sector has grown), with
        // the cluster of February 2002 when the Care Standards Act registrations began.
        let latest = snapshotDate.adding(days: -30)
        var registration: Day
        if random.chance(0.05), let early = Day(iso: "2002-02-11"), early < latest {
            registration = early.adding(days: random.below(14))
        } else {
            let u = random.unit()
            let years = 28.0 * u * (0.25 + 0.75 * u)  // mean 10.5 years, most recent
            registration = latest.adding(days: -Int(years * 365.25))
        }
        registration = Weekdays.onOrAfter(registration)
        if registration > latest { registration = latest }

        var status = RegistrationStatus.active
        var closure: Day?
        let open = latest - registration
        if open > 120 {
            let r = random.unit()
            if r < 0.05 { status = .resigned } else if r < 0.056 { status = .cancelled } else if r < 0.06 { status = .closed }
            if status != .active {
                closure = Weekdays.onOrAfter(registration.adding(days: 90 + random.below(open - 89)))
                if closure! > latest { closure = latest }
            }
        }

        var name: String? = nil
        let first = random.element(of: SyntheticNames.homeFirstWords)
        switch provision {
        case .childrensHome, .childrensHomeCapitalised:
            if !random.chance(1.0 / 3) { name = "\(first) \(random.element(of: SyntheticNames.homeSuffixes))" }
        case .secure: name = random.chance(0.5) ? "\(first) Secure Centre" : "\(first) House"
        case .schoolRegisteredAsHome, .residentialSpecialSchool:
            name = "\(first) \(random.element(of: SyntheticNames.schoolSuffixes))"
        case .familyCentre: name = "\(first) Family Centre"
        case .holidayScheme: name = "\(first) Holidays"
        }

        let organisation: String
        switch sector {
        case .localAuthority:
            switch authority.councilType {
            case "County": organisation = "\(authority.name) County Council"
            case "London Borough": organisation = "London Borough of \(authority.name)"
            default: organisation = "\(authority.name) Council"
            }
        case .privateSector:
            let u = random.unit()
            organisation = privateOwners[min(privateOwners.count - 1, Int(Double(privateOwners.count) * u * u * (0.5 + 0.5 * u)))]
        case .voluntary:
            let u = random.unit()
            organisation = charityOwners[min(charityOwners.count - 1, Int(Double(charityOwners.count) * u * u))]
        case .academy: organisation = "\(random.element(of: SyntheticNames.organisationWords)) Academy Trust"
        case .healthAuthority: organisation = "\(random.element(of: SyntheticNames.organisationWords)) NHS Foundation Trust"
        }

        let shortBreak = provision.isChildrensHome && random.chance(0.045)
        var needs: [String] = []
        let chances: [Double]
        switch provision {
        case .childrensHome, .childrensHomeCapitalised:
            chances = shortBreak ? [0, 0.85, 0.5, 0.2, 0.05, 0] : [0.86, 0.25, 0.06, 0.03, 0.22, 0.04]
        case .secure: chances = [0.95, 0.1, 0, 0, 0.4, 0.2]
        case .schoolRegisteredAsHome, .residentialSpecialSchool: chances = [0.5, 0.6, 0.3, 0.2, 0.1, 0]
        case .holidayScheme: chances = [0, 0.9, 0.6, 0.3, 0, 0]
        case .familyCentre: chances = [0, 0, 0, 0, 0, 0]
        }
        for (i, p) in chances.enumerated() where random.chance(p) { needs.append(Self.needs[i]) }
        if needs.isEmpty, provision != .familyCentre { needs.append(shortBreak ? "LD" : "EBD") }

        return Home(
            urn: nextURN(&random), name: name, provisionType: provision.ofstedName, sector: sector,
            organisation: organisation, localAuthority: Int32(authorityIndex),
            ofstedRegion: RegionWording.ofstedRegion(onsRegion: authority.region),
            region: RegionWording.governmentOfficeRegion(onsRegion: authority.region),
            places: places, registrationDate: registration, status: status, closureDate: closure,
            shortBreakOnly: shortBreak, multiBuilding: provision.isChildrensHome && random.chance(0.003),
            registeredFor: needs)
    }

    /// Mostly `SC` and six digits, about one in seven the newer seven-digit shape; never repeated.
    mutating func nextURN(_ random: inout SyntheticRandom) -> String {
        while true {
            let sevenDigit = random.chance(0.15)
            let n = sevenDigit ? 1_000_000 + random.below(2_000_000) : 10_000 + random.below(990_000)
            let key = sevenDigit ? n : -n
            if usedURNs.insert(key).inserted {
                return sevenDigit ? String(n) : "SC" + Self.zeroPadded(n, width: 6)
            }
        }
    }

    static func zeroPadded(_ n: Int, width: Int) -> String {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var v = n, i = width - 1
        while v > 0, i >= 0 { digits[i] = UInt8(48 + v % 10); v /= 10; i -= 1 }
        return String(decoding: digits, as: UTF8.self)
    }
}
