import ArgumentParser
import Foundation
import SurveyFuzz

/// Runs a fuzz target without libFuzzer: on given files (to reproduce a finding), or on
/// mutations of its seeds for a given time. fuzz/run.sh uses libFuzzer when the toolchain can
/// build with it, and this otherwise, and in CI's smoke run.
///
/// A crash (trap, stack overflow, broken property) or a hang keeps its input: the signal
/// handler writes it to the crashes folder before the process dies.
@main
struct SurveyFuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey-fuzz",
        abstract: "Run a fuzz target on mutated inputs, or replay inputs.",
        discussion: "Targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")). See README.md, Fuzzing."
    )

    @Argument(help: ArgumentHelp("The target: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))."))
    var target: String

    @Argument(help: "Inputs to run once each (a finding to reproduce); without them, mutate the seeds.")
    var inputs: [String] = []

    @Option(help: "How long to mutate, in seconds.")
    var seconds: Double = 10

    @Option(help: "Folder or file of extra seeds (repeatable).")
    var seeds: [String] = []

    @Option(help: "Folder where a crashing or hanging input is kept.")
    var crashes: String = "fuzz/crashes"

    @Option(help: "Seed of the mutations, so a run can be repeated.")
    var randomSeed: UInt64 = 1

    @Option(help: "Longest time one input may take, in seconds, before it counts as a hang.")
    var timeout: UInt32 = 10

    func run() throws {
        guard let fuzzTarget = FuzzTarget(rawValue: target) else {
            throw ValidationError("No target '\(target)'; the targets are \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        try FileManager.default.createDirectory(atPath: crashes, withIntermediateDirectories: true)
        CrashKeeper.install(folder: crashes, target: target, timeout: timeout)
        if !inputs.isEmpty {
            for path in inputs {
                let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                CrashKeeper.run(data) { fuzzTarget.run(data) }
                print("ok \(path)")
            }
            return
        }
        var corpus = FuzzSeeds.seeds(for: fuzzTarget)
        for path in seeds { corpus += Self.files(at: path) }
        var mutator = FuzzMutator(seed: randomSeed)
        let start = Date()
        var count = 0
        // Every seed as it is first, then mutations until the time is up.
        for seed in corpus {
            CrashKeeper.run(seed) { fuzzTarget.run(seed) }
            count += 1
        }
        while Date().timeIntervalSince(start) < seconds {
            let base = corpus[mutator.below(corpus.count)]
            let input = mutator.mutate(base, corpus: corpus)
            CrashKeeper.run(input) { fuzzTarget.run(input) }
            count += 1
            // Some survivors join the corpus, so mutations build on mutations.
            if mutator.below(64) == 0, corpus.count < 4_096 { corpus.append(input) }
        }
        let elapsed = Date().timeIntervalSince(start)
        print("\(target): \(count) inputs in \(String(format: "%.1f", elapsed)) s (\(Int(Double(count) / max(elapsed, 0.001)))/s), no crash")
    }

    /// The files of a folder (not recursing), or the file itself.
    static func files(at path: String) -> [[UInt8]] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        let paths = isFolder.boolValue
            ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { (path as NSString).appendingPathComponent($0) }
            : [path]
        return paths.compactMap { try? [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
    }
}
