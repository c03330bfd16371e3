/// Security Council resolutions are numbered consecutively across years, so a citation without its
/// year ("Security Council resolution 1325", "resolutions 2712, 2720 (2023) and 2728") still names one
/// resolution. The table holds, for each year, the lowest and highest resolution number that UN editors'
/// links and transcriptions in the corpus pair with that year; numbers in the gaps between two years get
/// no year rather than a guess. `SecurityCouncilTests` checks it against every dated citation it can find.
enum SecurityCouncil {
    static let yearRanges: [(year: Int, numbers: ClosedRange<Int>)] = [
        (1946, 1...13), (1947, 19...37), (1948, 39...61), (1949, 67...73),
        (1950, 79...85), (1951, 91...91), (1952, 97...97), (1953, 103...103),
        (1955, 109...109), (1956, 115...121), (1958, 127...127), (1960, 133...157),
        (1961, 163...169), (1962, 175...175), (1963, 181...181), (1964, 186...199),
        (1965, 205...217), (1966, 223...229), (1967, 235...242), (1968, 247...259),
        (1969, 265...271), (1970, 277...289), (1971, 295...307), (1972, 313...319),
        (1973, 325...343), (1974, 349...361), (1975, 367...379), (1976, 385...397),
        (1977, 403...421), (1978, 425...439), (1979, 445...457), (1980, 463...481),
        (1981, 487...499), (1982, 505...523), (1983, 529...541), (1984, 547...559),
        (1985, 565...577), (1986, 583...589), (1987, 595...601), (1988, 607...625),
        (1989, 631...643), (1990, 649...679), (1991, 685...721), (1992, 727...799),
        (1993, 805...889), (1994, 895...904), (1995, 984...1031), (1996, 1088...1088),
        (1998, 1196...1209), (1999, 1244...1267), (2000, 1296...1333), (2001, 1359...1379),
        (2002, 1390...1452), (2003, 1455...1518), (2004, 1526...1576), (2005, 1591...1651),
        (2006, 1658...1738), (2007, 1743...1785), (2008, 1806...1857), (2009, 1860...1904),
        (2010, 1908...1966), (2011, 1970...2024), (2012, 2033...2083), (2013, 2086...2127),
        (2014, 2133...2195), (2015, 2198...2259), (2016, 2265...2336), (2017, 2340...2397),
        (2018, 2399...2451), (2019, 2452...2502), (2020, 2504...2560), (2021, 2561...2616),
        (2022, 2618...2671), (2023, 2672...2721), (2024, 2722...2767), (2025, 2771...2811),
        (2026, 2812...2815),
    ]

    static func year(of number: Int) -> Int? {
        var lo = 0, hi = yearRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = yearRanges[mid].numbers
            if r.contains(number) { return yearRanges[mid].year }
            if number < r.lowerBound { hi = mid - 1 } else { lo = mid + 1 }
        }
        return nil
    }

    /// Whether resolution `n` can date from `year`: its own year when the table knows it, else a number
    /// between the years around it.
    static func fits(_ n: Int, year: Int) -> Bool {
        if let known = self.year(of: n) { return known == year }
        let near = yearRanges.filter { abs($0.year - year) <= 1 }
        guard let lo = near.map(\.numbers.lowerBound).min(), let hi = near.map(\.numbers.upperBound).max() else { return true }
        return (lo - 10...hi + 10).contains(n)
    }
}
