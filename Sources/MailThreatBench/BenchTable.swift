/// A fixed-width text table for the terminal report: a header row, a rule, then rows;
/// columns padded to their widest cell (counted in Unicode scalars), numbers right-aligned.
///
/// ```swift
/// var table = BenchTable(headers: ["stage", "MB/s"], rightAligned: [1])
/// table.append(["parse", "512.3"])
/// print(table.render())
/// ```
struct BenchTable {
    /// Column titles.
    let headers: [String]
    /// Indices of right-aligned columns.
    let rightAligned: Set<Int>
    private(set) var rows: [[String]] = []

    /// A table with the given column titles.
    init(headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// Adds a row (missing cells are blank, extra cells are dropped).
    mutating func append(_ row: [String]) {
        rows.append((0..<headers.count).map { $0 < row.count ? row[$0] : "" })
    }

    /// The table as lines joined by `\n` (no trailing newline).
    func render(indent: String = "  ") -> String {
        var widths = headers.map { $0.unicodeScalars.count }
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.unicodeScalars.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.unicodeScalars.count)
                parts.append(rightAligned.contains(column) ? padding + cell : cell + padding)
            }
            return indent + parts.joined(separator: "  ").trimmingTrailingBlanks()
        }
        var lines = [line(headers), indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
