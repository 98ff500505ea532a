/// A plain fixed-width text table: a header row, a rule, then the rows, columns separated by
/// two spaces. Widths are counted in Characters; control characters in cells become `?` so
/// hostile text (paths, reasons) cannot break the layout or the terminal.
struct EvaluationTextTable {
    enum Alignment { case left, right }

    let headers: [String]
    let alignments: [Alignment]
    private(set) var rows: [[String]] = []

    init(headers: [String], alignments: [Alignment]) {
        self.headers = headers.map(EvaluationTextTable.clean)
        self.alignments = alignments
    }

    mutating func append(_ row: [String]) {
        rows.append(row.map(EvaluationTextTable.clean))
    }

    func render(indent: String = "") -> String {
        let columnCount = headers.count
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.prefix(columnCount).enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for index in 0..<columnCount {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                let alignment = index < alignments.count ? alignments[index] : .left
                parts.append(alignment == .right ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return indent + text
        }
        var lines = [line(headers)]
        lines.append(indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows { lines.append(line(row)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Replaces control characters (C0, DEL, C1) with `?`.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars { result.unicodeScalars.append(isControl(scalar) ? "?" : scalar) }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }
}
