import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where and how a benchmark ran: build configuration, compiler, machine, BLAS. Printed above
/// every report and stored in every JSON file, since speed figures mean nothing without it.
struct BenchEnvironment: Codable, Sendable, Hashable {
    /// `release` or `debug` (from the `DEBUG` compilation condition).
    let buildConfiguration: String
    /// The Swift compiler the benchmark was built with.
    let compiler: String
    /// Kernel name, release and machine (`uname`).
    let operatingSystem: String
    /// CPU model from `/proc/cpuinfo`.
    let cpuModel: String
    /// Cores the process may use.
    let logicalCores: Int
    /// The BLAS actually loaded.
    let blas: BLASLibraryInfo
    /// OpenBLAS threads used while measuring (the benchmark pins it to 1), when controllable.
    let blasThreadsWhileMeasuring: Int?
    /// The unit behind every MB figure.
    let megabyte: String

    /// Describes this process now.
    static func current(blasThreadsWhileMeasuring: Int?) -> BenchEnvironment {
        BenchEnvironment(
            buildConfiguration: buildConfigurationName, compiler: compilerVersion,
            operatingSystem: unameText(), cpuModel: cpuModelName(),
            logicalCores: ProcessInfo.processInfo.activeProcessorCount,
            blas: BLASLibraryInfo.current(), blasThreadsWhileMeasuring: blasThreadsWhileMeasuring,
            megabyte: "1 MB = 1,000,000 bytes of raw input message")
    }

    /// Lines for the top of a text report.
    var reportLines: [String] {
        [
            "build: \(buildConfiguration) (\(compiler)); \(operatingSystem); \(cpuModel), \(logicalCores) cores",
            "BLAS: \(blas.summary)"
                + (blasThreadsWhileMeasuring.map { "; BLAS threads while measuring: \($0)" } ?? ""),
        ]
    }

    private static var buildConfigurationName: String {
        #if DEBUG
            return "debug"
        #else
            return "release"
        #endif
    }

    private static var compilerVersion: String {
        #if compiler(>=6.4)
            return "Swift compiler ≥ 6.4"
        #elseif compiler(>=6.3)
            return "Swift compiler 6.3"
        #elseif compiler(>=6.2)
            return "Swift compiler 6.2"
        #elseif compiler(>=6.1)
            return "Swift compiler 6.1"
        #else
            return "Swift compiler < 6.1"
        #endif
    }

    private static func unameText() -> String {
        var name = utsname()
        guard uname(&name) == 0 else { return "unknown OS" }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return "\(field(name.sysname)) \(field(name.release)) \(field(name.machine))"
    }

    private static func cpuModelName() -> String {
        guard let info = ProcFile.contents(of: "/proc/cpuinfo") else { return "unknown CPU" }
        for line in info.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown CPU"
    }
}
