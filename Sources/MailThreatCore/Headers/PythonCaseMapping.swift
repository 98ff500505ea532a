/// Python's `str.lower()`: the full Unicode lower-case mapping, with the context-dependent
/// final sigma (Σ becomes ς at the end of a word), as the address normalisation of README 4.4
/// requires.
enum PythonCaseMapping {
    /// `s.lower()`.
    static func lowercased(_ string: String) -> String {
        let scalars = Array(string.unicodeScalars)
        var out = String.UnicodeScalarView()
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar.value == 0x3A3 {
                out.append(isFinalSigma(scalars, at: index) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// CPython's `handle_capital_sigma`: cased, case-ignorable*, Σ, not (case-ignorable*, cased).
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }
}
