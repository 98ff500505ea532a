import ArgumentParser

/// Options shared by the speed subcommands (`parse`, `throughput`).
struct TimingOptions: ParsableArguments {
    @Option(help: "Timed runs per measurement; figures are their median (use at least 5).")
    var runs = 5

    @Option(help: "Untimed warm-up runs before the timed ones.")
    var warmup = 1

    @Flag(help: "Measure one thread only (skip the all-cores figures).")
    var singleThreadOnly = false

    @Flag(help: "No progress on stderr.")
    var quiet = false

    @Option(help: "Also write every figure as JSON to this file.")
    var json: String?

    @Flag(help: "Exit non-zero when a speed floor of the issues is missed.")
    var check = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard warmup >= 0 else { throw ValidationError("--warmup must not be negative") }
    }
}

/// Options for the side-by-side CPython reference.
struct CPythonOptions: ParsableArguments {
    @Flag(name: .customLong("no-cpython"), help: "Skip the CPython email-package reference run.")
    var skipCPython = false

    @Option(help: "The CPython reference script.")
    var cpythonScript = "scripts/cpython-parse-reference.py"

    @Option(help: "The Python interpreter for the reference.")
    var python = "python3"
}
