import ArgumentParser

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
