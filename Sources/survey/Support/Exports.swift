// What every subcommand shares with `survey-web`: diagnostics output, input loading, options.
@_exported public import SurveyCommandSupport
