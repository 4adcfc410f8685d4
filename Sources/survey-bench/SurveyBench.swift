import ArgumentParser
import Foundation

/// Benchmarks that print their figures; never run as timed unit tests.
@main
struct SurveyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey-bench",
        abstract: "Measure the survey tools' speed, memory and coding quality.",
        subcommands: [CheckSpeed.self, CoderSwedish.self, CoderQuality.self, CoderThemes.self, CoderScale.self, FillStartup.self,
                      HostileInputSpeed.self, CoderLearning.self, CoderLastYear.self, ReviewEffort.self,
                      ServeLoad.self]
    )
}

extension SurveyBench {
    /// The numbers of a comma-separated option ("11,12,13", "50, 300"); what is no number is left out.
    static func numbers<Number: LosslessStringConvertible>(_ list: String) -> [Number] {
        list.split(separator: ",").compactMap { Number(String($0).trimmingCharacters(in: .whitespaces)) }
    }
}
