import ArgumentParser

@main
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "survey", abstract: "Survey forms")
}
