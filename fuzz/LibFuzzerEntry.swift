// The libFuzzer entry points for the fuzz targets of SurveyFuzz. Not part of the package:
// fuzz/run.sh compiles it with `swiftc -sanitize=fuzzer` against the instrumented modules,
// and libFuzzer supplies `main`. The target comes from SURVEY_FUZZ_TARGET.
import Foundation
import SurveyFuzz

nonisolated(unsafe) private var selectedTarget = FuzzTarget.yaml

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    let name = ProcessInfo.processInfo.environment["SURVEY_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fputs("SURVEY_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n", stderr)
        exit(2)
    }
    selectedTarget = target
    // Seeds for an empty corpus: libFuzzer reads its corpus folders after this returns.
    if let folder = ProcessInfo.processInfo.environment["SURVEY_FUZZ_SEEDS"] {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, seed) in FuzzSeeds.seeds(for: target).enumerated() {
            _ = FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("seed-\(index)"), contents: Data(seed))
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
}
