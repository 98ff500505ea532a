#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which BLAS this process actually runs: the library's own description when it has one
/// (OpenBLAS's `openblas_get_config`), and the BLAS/LAPACK files the loader mapped, read from
/// `/proc/self/maps` (Debian's `libblas.so.3` is an alternatives symlink, so the mapped file
/// is the truth; the maps show it with symlinks resolved).
///
/// The OpenBLAS entry points are looked up at run time (`dlsym`), never called blindly: with
/// the reference BLAS they do not exist.
///
/// ```swift
/// let blas = BLASLibraryInfo.current()
/// print(blas.summary)   // "OpenBLAS 0.3.21 … (/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3)"
/// ```
struct BLASLibraryInfo: Codable, Sendable, Hashable {
    /// `openblas_get_config()`, when the loaded BLAS is OpenBLAS.
    let openBLASConfig: String?
    /// `openblas_get_corename()` (the CPU kernel set chosen), when available.
    let openBLASCoreName: String?
    /// `openblas_get_num_threads()` at the time of the query, when available.
    let openBLASThreads: Int?
    /// Every mapped file whose name contains `blas` or `lapack`, in map order.
    let mappedFiles: [String]
    /// The path the `libblas.so.3` name resolves to (the alternatives target), when found.
    let libblasTarget: String?

    /// One line for reports.
    var summary: String {
        let name = openBLASConfig.map { config in
            openBLASCoreName.map { "\(config) (core \($0))" } ?? config
        } ?? "reference or other BLAS (no openblas_get_config)"
        let file = mappedFiles.first { $0.contains("libblas") } ?? mappedFiles.first ?? libblasTarget ?? "no BLAS file mapped"
        return "\(name); loaded: \(file)"
    }

    /// Queries the running process.
    static func current() -> BLASLibraryInfo {
        typealias StringFunction = @convention(c) () -> UnsafeMutablePointer<CChar>?
        typealias IntFunction = @convention(c) () -> Int32
        func text(_ symbol: String) -> String? {
            guard let address = dlsym(nil, symbol) else { return nil }
            let function = unsafeBitCast(address, to: StringFunction.self)
            guard let pointer = function() else { return nil }
            return String(cString: pointer).trimmingTrailingBlanks()
        }
        let threads = dlsym(nil, "openblas_get_num_threads").map { Int(unsafeBitCast($0, to: IntFunction.self)()) }
        let mapped = mappedBLASFiles()
        return BLASLibraryInfo(
            openBLASConfig: text("openblas_get_config"),
            openBLASCoreName: text("openblas_get_corename"),
            openBLASThreads: threads,
            mappedFiles: mapped,
            libblasTarget: resolvedLibblas(mapped: mapped))
    }

    /// Files in `/proc/self/maps` whose base name mentions BLAS or LAPACK.
    private static func mappedBLASFiles() -> [String] {
        guard let maps = ProcFile.contents(of: "/proc/self/maps") else { return [] }
        var seen = Set<String>()
        var files: [String] = []
        for line in maps.split(separator: "\n") {
            // address perms offset dev inode path — the path is the sixth column and may hold spaces.
            let columns = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            guard columns.count == 6 else { continue }
            let path = String(columns[5].drop { $0 == " " }).trimmingTrailingBlanks()
            guard path.hasPrefix("/") else { continue }
            let base = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            guard base.contains("blas") || base.contains("lapack") else { continue }
            if seen.insert(path).inserted { files.append(path) }
        }
        return files
    }

    /// `realpath` of the first `libblas.so.3` found in the usual library folders.
    private static func resolvedLibblas(mapped: [String]) -> String? {
        var candidates = ["/usr/lib/x86_64-linux-gnu/libblas.so.3", "/usr/lib/aarch64-linux-gnu/libblas.so.3",
                          "/usr/lib64/libblas.so.3", "/usr/lib/libblas.so.3"]
        candidates.insert(contentsOf: mapped.filter { $0.hasSuffix("libblas.so.3") }, at: 0)
        for candidate in candidates {
            guard let resolved = realpath(candidate, nil) else { continue }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return nil
    }
}

extension String {
    /// The string without trailing spaces, tabs and line ends.
    func trimmingTrailingBlanks() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
